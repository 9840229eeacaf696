/**
 * The playground's grid in Russian, driven as a user drives it: mouse and keyboard only, reading what
 * the grid shows. Each test starts from where the previous one left the sample sheet «Лист1».
 */
import { describe, expect, it } from 'vitest';
import { cell, goTo, gridErrors, shown, typeInto, usePlayground } from './fixture';

const playground = usePlayground('ru');
const page = () => playground.page;
const bar = () => page().getByLabel('Формула', { exact: true });
const nameBox = () => page().locator('.bar .name-box');
const message = () => page().locator('.cell-message');
const keys = async (...presses: string[]) => {
  for (const key of presses) await page().keyboard.press(key);
};

describe('editing as in Excel and Sheets', () => {
  it('replaces a cell’s content when the user types into it, and Enter moves down', async () => {
    await cell(page(), 'B2').click();
    await page().keyboard.type('500000');
    await keys('Enter');
    await expect.poll(() => shown(cell(page(), 'B2'))).toBe('500 000 ₽');
    expect(await nameBox().inputValue()).toBe('B3');
    // 500 000 / 16% = 3 125 000 revenue.
    expect(await shown(cell(page(), 'B9'))).toBe('3 125 000 ₽');
  });

  it('moves with the arrows and Tab, edits in place with F2, and Escape cancels', async () => {
    await keys('ArrowDown', 'ArrowUp', 'ArrowUp');
    expect(await nameBox().inputValue()).toBe('B2');
    await keys('Tab');
    expect(await nameBox().inputValue()).toBe('C2');
    await keys('ArrowLeft', 'ArrowDown', 'ArrowDown');
    expect(await nameBox().inputValue()).toBe('B4');
    await keys('F2');
    await page().keyboard.type('0');
    await keys('Enter');
    // F2 keeps 2500 and appends: 25 000.
    await expect.poll(() => shown(cell(page(), 'B4'))).toBe('25 000 ₽');
    await cell(page(), 'B4').click();
    await page().keyboard.type('999');
    await keys('Escape');
    expect(await shown(cell(page(), 'B4'))).toBe('25 000 ₽');
    await cell(page(), 'B4').dblclick();
    await keys('End', 'Backspace', 'Enter');
    await expect.poll(() => shown(cell(page(), 'B4'))).toBe('2 500 ₽');
  });

  it('clears with Delete, undoes with Ctrl+Z and redoes with Ctrl+Y', async () => {
    await cell(page(), 'B7').click();
    await keys('Delete');
    await expect.poll(() => shown(cell(page(), 'B7'))).toBe('');
    // Without calls a day the days are blank (SPEC: "" when calls_per_day is empty).
    expect(await shown(cell(page(), 'F9'))).toBe('');
    await keys('Control+z');
    await expect.poll(() => shown(cell(page(), 'B7'))).toBe('50');
    // 500 000 / 16% / 2 500 = 1 250 deals → 3 572 leads → 7 144 calls; / 50 a day = 142.9 → 143 days.
    expect(await shown(cell(page(), 'F9'))).toBe('143');
    await keys('Control+y');
    await expect.poll(() => shown(cell(page(), 'B7'))).toBe('');
    await keys('Control+z');
    await expect.poll(() => shown(cell(page(), 'F9'))).toBe('143');
  });

  it('copies and pastes a formula with its references shifted', async () => {
    await typeInto(page(), 'H2', '=B2*2');
    await expect.poll(() => shown(cell(page(), 'H2'))).toBe('1 000 000');
    await cell(page(), 'H2').click();
    await keys('Control+c');
    await cell(page(), 'H4').click();
    await keys('Control+v');
    // B4 is the average check, 2 500: twice that is 5 000.
    await expect.poll(() => shown(cell(page(), 'H4'))).toBe('5 000');
    expect(await bar().inputValue()).toBe('=B4*2');
  });

  it('shows a spilled cell’s source formula in the formula bar, in Russian syntax', async () => {
    await cell(page(), 'D9').click();
    expect(await bar().inputValue()).toBe('=SALES_DECOMPOSE(B2; B3; B4; B5; B6; B7)');
    expect(await bar().getAttribute('title')).toBe('Результат формулы из B9');
  });
});

describe('Russian formulas and numbers', () => {
  it('reads «;» between arguments and a decimal comma', async () => {
    await typeInto(page(), 'H6', '=ROP_BONUS(1,1)');
    // 110 % lies in the 100–120 % tier: coefficient 2.
    await expect.poll(() => shown(cell(page(), 'H6'))).toBe('2');
    await typeInto(page(), 'H7', '=ROP_BONUS(1,1; 50000)');
    await expect.poll(() => shown(cell(page(), 'H7'))).toBe('100 000');
    await cell(page(), 'H7').click();
    expect(await bar().inputValue()).toBe('=ROP_BONUS(1,1; 50000)');
  });

  it('reads numbers typed the Russian way, and 20 in a percent cell as 20 %', async () => {
    await typeInto(page(), 'I2', '2 900 000');
    await typeInto(page(), 'I3', '1 234,5');
    await typeInto(page(), 'I4', '=SUM(I2:I3)');
    await expect.poll(() => shown(cell(page(), 'I4'))).toBe('2 901 234,5');
    await typeInto(page(), 'I5', '35%');
    await expect.poll(() => shown(cell(page(), 'I5'))).toBe('35,0 %');
    await typeInto(page(), 'B3', '20');
    await expect.poll(() => shown(cell(page(), 'B3'))).toBe('20,0 %');
    // 500 000 / 20 % = 2 500 000.
    expect(await shown(cell(page(), 'B9'))).toBe('2 500 000 ₽');
    await typeInto(page(), 'B3', '16%');
  });
});

describe('no stale values', () => {
  it('turns a spill and everything reading it into errors when its input goes bad (the issue’s repro)', async () => {
    await typeInto(page(), 'C23', '1');
    await typeInto(page(), 'D23', '=PLAN_SPLIT(1000;{1;1;1};C23)');
    await typeInto(page(), 'E23', '=INDEX(D23:D25;2)');
    // 1000 in three equal parts, step 1: 334, 333, 333.
    await expect.poll(() => shown(cell(page(), 'E23'))).toBe('333');
    expect(await shown(cell(page(), 'D25'))).toBe('333');
    await typeInto(page(), 'C23', '0');
    for (const address of ['D23', 'D24', 'D25', 'E23'])
      await expect.poll(() => shown(cell(page(), address)), { message: address }).toBe('#DIV/0!');
  });

  it('shows the whole ROP Kit message of the selected error cell, in Russian', async () => {
    await cell(page(), 'E23').click();
    expect(await message().innerText()).toBe(
      '#DIV/0! PLAN_SPLIT: значение «шаг» (step) не может быть нулём: на него делится расчёт',
    );
    await typeInto(page(), 'H8', '=NO_SUCH(1)');
    await cell(page(), 'H8').click();
    expect(await message().innerText()).toBe('#NAME? Нет функции с именем NO_SUCH.');
  });

  it('in «План продаж», typing «абв» into the annual plan turns every cell computed from it into an error', async () => {
    await page().selectOption('#template-picker', 'sales-plan');
    await page().getByRole('button', { name: 'Вставить шаблон' }).click();
    await expect.poll(() => page().locator('.tab.current').innerText()).toBe('План продаж');
    expect(await shown(cell(page(), 'D27'))).not.toMatch(/^#/);
    await typeInto(page(), 'B5', 'абв');
    // The cells the issue saw keep their old plan (the versions, the monthly plan, the totals), and the
    // month's plan, PACE and the year to date below them.
    for (const address of [
      'B10',
      'B12',
      'C15',
      'D15',
      'E15',
      'D27',
      'E27',
      'B34',
      'B38',
      'D39',
      'B46',
      'B47',
    ])
      await expect.poll(() => shown(cell(page(), address)), { message: address }).toBe('#VALUE!');
    await cell(page(), 'B5').click();
    await keys('Control+z');
    await expect.poll(() => shown(cell(page(), 'D27'))).toBe('36 000 000 ₽');
    expect(await gridErrors(page())).toEqual([]);
  });
});

describe('the sheet and the page', () => {
  it('has at least 1 000 rows and 52 columns, and renders only the cells in view', async () => {
    await page().getByRole('button', { name: 'Лист1', exact: true }).click();
    await goTo(page(), 'AZ1000');
    await typeInto(page(), 'AZ1000', '=ROW()*2');
    await expect.poll(() => shown(cell(page(), 'AZ1000'))).toBe('2 000');
    // 1 000 × 52 is 52 000 cells; the grid draws those around the view, a tenth of that at most.
    expect(await page().locator('.grid-frame input[aria-label]').count()).toBeLessThan(5200);
    expect(
      await page()
        .locator('.row-head', { hasText: /^1000$/ })
        .isVisible(),
    ).toBe(true);
    await goTo(page(), 'A1');
  });

  it('collapses the side panel and gives the grid the room', async () => {
    const frame = page().locator('.grid-frame');
    const before = (await frame.boundingBox())!.width;
    await page().getByRole('button', { name: 'Скрыть панель ▸' }).click();
    expect(await page().locator('#side').isVisible()).toBe(false);
    expect((await frame.boundingBox())!.width).toBeGreaterThan(before + 300);
    await page().getByRole('button', { name: '◂ Показать панель' }).click();
    expect(await page().locator('#side').isVisible()).toBe(true);
  });

  it('gives the answer every hint on the page promises, typed as shown', async () => {
    const hint = await page().locator('.hint-formula').innerText();
    expect(hint).toBe('=ROP_BONUS(1,1)');
    await typeInto(page(), 'H9', hint);
    await expect.poll(() => shown(cell(page(), 'H9'))).toBe('2');
    await page().getByRole('button', { name: 'Справочник функций' }).click();
    const examples = await page()
      .locator('#reference article.fn')
      .evaluateAll((articles) =>
        articles.map((article) => {
          const line = article.querySelector('code.example')!.parentElement!.textContent!;
          return {
            formula: article.querySelector('code.example')!.textContent!,
            result: line.slice(line.indexOf('→') + 1).trim(),
          };
        }),
      );
    expect(examples.length).toBeGreaterThanOrEqual(23);
    for (const [i, { formula, result }] of examples.entries()) {
      const row = 40 + i * 8;
      await goTo(page(), `K${row}`);
      await typeInto(page(), `K${row}`, formula);
      const expected = result.split(' ; ').map((line) => line.split(' | '));
      const got = [];
      for (const [r, line] of expected.entries()) {
        const cells = [];
        for (let c = 0; c < line.length; c++)
          cells.push(await shown(cell(page(), `${String.fromCharCode(75 + c)}${row + r}`)));
        got.push(cells);
      }
      expect(got, formula).toEqual(expected.map((line) => line.map((text) => text.replace(/\u00a0/g, ' '))));
    }
    await page().getByRole('button', { name: 'Мастер декомпозиции' }).click();
  }, 240_000);

  it('keeps the workbook through a reload, and resets it on a confirmed request', async () => {
    await page().getByRole('button', { name: 'Лист1', exact: true }).click();
    expect(await page().locator('.saved-note').innerText()).toBe(
      'Книга хранится в этом браузере и переживёт перезагрузку.',
    );
    await page().waitForTimeout(400);
    await page().reload();
    await cell(page(), 'A1').waitFor();
    expect(await page().locator('.tab').allInnerTexts()).toEqual(['Лист1', 'План продаж']);
    expect(await shown(cell(page(), 'B2'))).toBe('500 000 ₽');
    expect(await shown(cell(page(), 'H6'))).toBe('2');
    const reset = page().locator('button.danger');
    await reset.click();
    expect(await reset.innerText()).toBe('Точно сбросить? Нажмите ещё раз');
    await Promise.all([page().waitForEvent('load'), reset.click()]);
    await cell(page(), 'A1').waitFor();
    expect(await page().locator('.tab').allInnerTexts()).toEqual(['Лист1']);
    expect(await shown(cell(page(), 'B2'))).toBe('450 000 ₽');
  });
});
