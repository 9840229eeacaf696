/** The playground's grid in English: English syntax and numbers, English messages and hints. */
import { describe, expect, it } from 'vitest';
import { cell, shown, typeInto, usePlayground } from './fixture';

const playground = usePlayground('en');
const page = () => playground.page;
const bar = () => page().getByLabel('Formula', { exact: true });
const message = () => page().locator('.cell-message');

describe('the grid in English', () => {
  it('replaces a cell’s content when typed into, and undoes it with Ctrl+Z', async () => {
    await cell(page(), 'B2').click();
    await page().keyboard.type('500000');
    await page().keyboard.press('Enter');
    await expect.poll(() => cell(page(), 'B2').inputValue()).toBe('500,000 ₽');
    await cell(page(), 'B2').click();
    await page().keyboard.press('Control+z');
    await expect.poll(() => cell(page(), 'B2').inputValue()).toBe('450,000 ₽');
  });

  it('reads English syntax and numbers written the English way', async () => {
    await typeInto(page(), 'H1', '=ROP_BONUS(1.1, 50000)');
    // 110 % → coefficient 2, times the base 50 000.
    await expect.poll(() => shown(cell(page(), 'H1'))).toBe('100,000');
    await typeInto(page(), 'H2', '1,234.5');
    await typeInto(page(), 'H3', '=H2*2');
    await expect.poll(() => shown(cell(page(), 'H3'))).toBe('2,469');
    await typeInto(page(), 'B5', '20');
    await expect.poll(() => shown(cell(page(), 'B5'))).toBe('20.0%');
    await typeInto(page(), 'B5', '35%');
  });

  it('turns a failing spill and its readers into errors, with the message in English', async () => {
    await typeInto(page(), 'C23', '1');
    await typeInto(page(), 'D23', '=PLAN_SPLIT(1000,{1;1;1},C23)');
    await typeInto(page(), 'E23', '=INDEX(D23:D25,2)');
    await expect.poll(() => shown(cell(page(), 'E23'))).toBe('333');
    await typeInto(page(), 'C23', '0');
    for (const address of ['D23', 'D24', 'D25', 'E23'])
      await expect.poll(() => shown(cell(page(), address)), { message: address }).toBe('#DIV/0!');
    await cell(page(), 'D24').click();
    expect(await bar().inputValue()).toBe('=PLAN_SPLIT(1000,{1;1;1},C23)');
    expect(await message().innerText()).toBe(
      '#DIV/0! PLAN_SPLIT: step cannot be zero: the calculation divides by it',
    );
  });

  it('gives the answer its hint promises', async () => {
    const hint = await page().locator('.hint-formula').innerText();
    expect(hint).toBe('=ROP_BONUS(1.1)');
    await typeInto(page(), 'H9', hint);
    await expect.poll(() => shown(cell(page(), 'H9'))).toBe('2');
    expect(await page().getByRole('button', { name: 'Hide panel ▸' }).isVisible()).toBe(true);
    expect(await page().locator('.saved-note').innerText()).toBe(
      'The workbook is kept in this browser and survives a reload.',
    );
  });
});
