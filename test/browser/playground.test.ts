import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground } from '../../scripts/start';
import { launch } from './browser';

let browser: Browser;
let page: Page;
let stop: () => Promise<void>;
let url: string;

beforeAll(async () => {
  ({ url, stop } = await startPlayground(0));
  browser = await launch();
  page = await browser.newPage({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${url}?lang=en`);
  await page.getByLabel('A1', { exact: true }).waitFor();
  expect(errors).toEqual([]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stop?.();
});

const cell = (address: string) => page.getByLabel(address, { exact: true });

async function typeInto(address: string, text: string) {
  await cell(address).click();
  await cell(address).fill(text);
  await cell(address).press('Enter');
}

describe('the playground', () => {
  it('computes a formula typed into a cell', async () => {
    await typeInto('H1', '=ROP_BONUS(1.1)');
    await expect.poll(() => cell('H1').inputValue()).toBe('2');
    await typeInto('H2', '=ROP_BONUS(0.9)');
    await expect.poll(() => cell('H2').inputValue()).toBe('1');
  });

  it('computes a formula entered in the formula bar', async () => {
    await cell('H3').click();
    const bar = page.getByLabel('Formula', { exact: true });
    await bar.fill('=CHURN_RATE(12, 240)');
    await bar.press('Enter');
    await expect.poll(() => cell('H3').inputValue()).toBe('0.05');
  });

  it('spills the seed decomposition row from SALES_DECOMPOSE', async () => {
    const row = await Promise.all(
      ['B9', 'C9', 'D9', 'E9', 'F9'].map((address) => cell(address).inputValue()),
    );
    expect(row).toEqual(['2,812,500 ₽', '1,125', '3,215', '6,430', '129']);
  });

  it('recalculates the decomposition when an input changes', async () => {
    await typeInto('B7', '100');
    await expect.poll(() => cell('F9').inputValue()).toBe('65');
    await typeInto('B7', '50');
    await expect.poll(() => cell('F9').inputValue()).toBe('129');
  });

  it('shows a bad input as an error with its message', async () => {
    await typeInto('H4', '=ROP_BONUS("abc")');
    await expect.poll(() => cell('H4').inputValue()).toBe('#VALUE!');
    expect(await cell('H4').getAttribute('title')).toContain('fulfillment must be a number');
  });

  it('previews the seed decomposition in the English wizard, reading "450,000" as English writes it', async () => {
    const preview = page.locator('#wizard .preview-table');
    await expect.poll(() => preview.innerText()).toContain('2,812,500 ₽');
    expect(await page.locator('#wizard').getByLabel('Target, RUB', { exact: true }).inputValue()).toBe(
      '450,000',
    );
    const text = await preview.innerText();
    for (const value of ['6,430', '3,215', '1,125']) expect(text).toContain(value);
  });
});
