import { describe, expect, it } from 'vitest';
import { cell, plain, shown, typeInto, usePlayground } from './fixture';

const playground = usePlayground('ru');
const wizard = () => playground.page.locator('#wizard');
const field = (label: string) => wizard().getByLabel(label, { exact: true });
const button = (name: string) => wizard().getByRole('button', { name, exact: true });
const status = () => wizard().locator('.wizard-status');

describe('the decomposition wizard in the playground', () => {
  it('previews the seed decomposition for the month typed, its working days from the calendar', async () => {
    // The default is next month; December 2026 has 22 working days.
    await field('Месяц плана (ММ.ГГГГ)').fill('12.2026');
    const preview = wizard().locator('.preview-table');
    await expect.poll(() => preview.locator('tr[data-key="working-days"] td').innerText()).toBe('22');
    await expect.poll(() => preview.innerText().then(plain)).toContain('2 812 500');
    const text = plain(await preview.innerText());
    for (const value of ['6 430', '3 215', '1 125', '293']) expect(text).toContain(value);
    // 6 430 calls at 50 a day in 22 working days: 5.85 → 6 managers.
    expect(plain(await preview.locator('tr[data-key="managers-needed"] td').innerText())).toBe('6');
  });

  it('says what is wrong with a field and keeps the user on the step', async () => {
    await field('Цель, ₽').fill('много');
    await expect
      .poll(() => wizard().locator('#wizard-target-error').innerText())
      .toBe('Введите число, например 450 000 или 2 500,50');
    expect(await field('Цель, ₽').getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => wizard().locator('.wizard-preview').innerText())
      .toContain('Исправьте отмеченные поля');
    await button('Далее').click();
    expect(await wizard().locator('.wizard-step h3').innerText()).toBe('Цель');
    await field('Цель, ₽').fill('450 000');
    await expect.poll(() => wizard().locator('#wizard-target-error').innerText()).toBe('');
  });

  it('walks the steps, with a stage added to the funnel and then removed', async () => {
    await button('Далее').click();
    await field('Маржа — доля прибыли в выручке').fill('160%');
    await expect
      .poll(() => wizard().locator('#wizard-margin-error').innerText())
      .toContain('введите 35% или 0,35');
    await field('Маржа — доля прибыли в выручке').fill('16%');
    await button('Далее').click();
    await button('+ Добавить этап').click();
    await expect.poll(() => wizard().locator('.stage').count()).toBe(3);
    await expect.poll(() => wizard().locator('.preview-table tr').count()).toBe(8);
    await wizard().getByRole('button', { name: 'Убрать этап 3' }).click();
    await expect.poll(() => wizard().locator('.stage').count()).toBe(2);
    await button('Далее').click();
    expect(await wizard().locator('.wizard-step h3').innerText()).toBe('Команда');
    expect(await field('В день на менеджера: Звонки').inputValue()).toBe('50');
  });

  it('refuses to write over cells that are not empty, and changes nothing', async () => {
    const { page } = playground;
    await cell(page, 'A1').click();
    await button('Вставить в выделенную ячейку').click();
    await expect.poll(() => status().innerText()).toContain('не пусты — ничего не изменено');
    await cell(page, 'B2').click();
    expect(await shown(cell(page, 'A1'))).toBe('Декомпозиция (пример из источника)');
  });

  it('inserts live formulas at an empty selection that reproduce the seed and recalculate', async () => {
    const { page } = playground;
    await cell(page, 'A24').click();
    await button('Вставить в выделенную ячейку').click();
    await expect.poll(() => status().innerText()).toBe('Вставлено формулами: лист «Лист1», A24:D38');
    expect(await shown(cell(page, 'B33'))).toBe('22');
    expect(await shown(cell(page, 'B34'))).toBe('2 812 500 ₽');
    expect(await Promise.all(['B36', 'C36', 'D36'].map((address) => shown(cell(page, address))))).toEqual([
      '6 430',
      '3 215',
      '1 125',
    ]);
    expect(await shown(cell(page, 'B37'))).toBe('6');
    await cell(page, 'B36').click();
    expect(await page.getByLabel('Формула', { exact: true }).inputValue()).toBe(
      '=REVERSE_FUNNEL(B34/B27;B28:B29)',
    );
    await typeInto(page, 'B31', '100');
    await expect.poll(() => shown(cell(page, 'B37'))).toBe('3');
  });

  it('inserts into a new sheet on request, and remembers the last inputs', async () => {
    const { page } = playground;
    await wizard().getByRole('button', { name: /^1\./ }).click();
    await field('Цель, ₽').fill('900 000');
    await button('Вставить на новый лист').click();
    await expect.poll(() => status().innerText()).toBe('Вставлено формулами: лист «Декомпозиция», A1:D15');
    expect(await page.locator('.tab.current').innerText()).toBe('Декомпозиция');
    expect(await shown(cell(page, 'B11'))).toBe('5 625 000 ₽');
    await page.reload();
    await page.getByLabel('A1', { exact: true }).waitFor();
    expect(await shown(field('Цель, ₽'))).toBe('900 000');
  });
});
