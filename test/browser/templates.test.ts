import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../core/templates/registry';
import { cell, gridErrors, shown, typeInto, usePlayground } from './fixture';
import { screenshotPath } from './screenshots';

const playground = usePlayground('ru');

async function insert(id: string) {
  const { page } = playground;
  await page.selectOption('#template-picker', id);
  await page.getByRole('button', { name: 'Вставить шаблон' }).click();
}

describe('templates in the playground', () => {
  it.each(TEMPLATES.map((template) => [template.id, template.sheet.ru]))(
    'inserts %s into a new sheet «%s» with no error cells',
    async (id, sheet) => {
      const { page } = playground;
      await insert(id);
      await expect.poll(() => page.locator('.tab.current').innerText()).toBe(sheet);
      expect(await gridErrors(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`${id}.png`), fullPage: true });
    },
  );

  it('inserts a second copy under a new name and leaves the first as it was', async () => {
    const { page } = playground;
    await page.getByRole('button', { name: 'Декомпозиция', exact: true }).click();
    await typeInto(page, 'B5', '900000');
    await insert('decomposition');
    await expect.poll(() => page.locator('.tab.current').innerText()).toBe('Декомпозиция (2)');
    expect(await shown(cell(page, 'B5'))).toBe('450 000 ₽');
    await page.getByRole('button', { name: 'Декомпозиция', exact: true }).click();
    expect(await shown(cell(page, 'B5'))).toBe('900 000 ₽');
  });

  it('keeps the decomposition template live: an input change recalculates the funnel', async () => {
    const { page } = playground;
    await page.getByRole('button', { name: 'Декомпозиция (2)', exact: true }).click();
    expect(
      await Promise.all(['B15', 'C15', 'D15', 'E15', 'F15'].map((address) => shown(cell(page, address)))),
    ).toEqual(['2 812 500 ₽', '1 125', '3 215', '6 430', '22']);
    // Six managers at 100 calls a day: 6 430 / 600 = 10.7 → 11 days.
    await typeInto(page, 'B10', '100');
    await expect.poll(() => shown(cell(page, 'F15'))).toBe('11');
  });

  it('screenshots the wizard for the README', async () => {
    const { page } = playground;
    await page.locator('#wizard').getByRole('button', { name: /^3\./ }).click();
    expect(await page.locator('#wizard .wizard-step h3').innerText()).toBe('Воронка');
    expect(await page.locator('#wizard svg.funnel text').count()).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: screenshotPath('wizard.png') });
  });
});

describe('the playground at 1024 px', () => {
  it('gives «Мотивация» the whole width once the side panel is collapsed', async () => {
    const { page } = playground;
    await page.setViewportSize({ width: 1024, height: 768 });
    await insert('motivation');
    await expect.poll(() => page.locator('.tab.current').innerText()).toMatch(/^Мотивация/);
    await page.getByRole('button', { name: 'Скрыть панель ▸' }).click();
    const frame = (await page.locator('.grid-frame').boundingBox())!;
    expect(frame.width).toBeGreaterThan(980);
    // Every column of the managers' table up to the pay is on screen, not under the panel.
    for (const address of ['A12', 'B12', 'C12', 'D12', 'E12']) {
      const box = (await cell(page, address).boundingBox())!;
      expect(box.x + box.width, address).toBeLessThanOrEqual(frame.x + frame.width);
    }
    await page.screenshot({ path: screenshotPath('motivation-1024.png') });
    await page.getByRole('button', { name: '◂ Показать панель' }).click();
    await page.setViewportSize({ width: 1400, height: 900 });
  });
});

describe('what the user typed reaches the page as text only', () => {
  const attack = '<img src=x onerror="window.__xss = 1">';

  it('in a cell, a stage name and the wizard’s status', async () => {
    const { page } = playground;
    await typeInto(page, 'H1', attack);
    expect(await shown(cell(page, 'H1'))).toBe(attack);
    const wizard = page.locator('#wizard');
    await wizard.getByRole('button', { name: /^3\./ }).click();
    await wizard.getByLabel('Этап 1', { exact: true }).fill(attack);
    await expect.poll(() => wizard.locator('.preview-table').innerText()).toContain(attack);
    await expect.poll(() => wizard.locator('svg.funnel').textContent()).toContain(attack);
    await wizard.getByRole('button', { name: 'Вставить на новый лист', exact: true }).click();
    await expect.poll(() => page.locator('.tab.current').innerText()).toMatch(/^Декомпозиция/);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  });
});
