/** One playground server and one headless Chromium per test file, and the page's cells by address. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { localeOf } from '../../core/lang';
import { startPlayground } from '../../scripts/start';
import { launch } from './browser';

export interface Playground {
  page: Page;
  url: string;
  errors: string[];
}

export function usePlayground(lang: 'ru' | 'en'): Playground {
  const context = { errors: [] as string[] } as Playground;
  let browser: Browser;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    const server = await startPlayground(0);
    stop = server.stop;
    context.url = `${server.url}?lang=${lang}`;
    browser = await launch();
    context.page = await browser.newPage({ locale: localeOf(lang), viewport: { width: 1400, height: 900 } });
    context.page.on('pageerror', (error) => context.errors.push(error.message));
    await context.page.goto(context.url);
    await context.page.getByLabel('A1', { exact: true }).waitFor();
  }, 180_000);
  afterAll(async () => {
    expect(context.errors).toEqual([]);
    await browser?.close();
    await stop?.();
  });
  return context;
}

export const cell = (page: Page, address: string) => page.getByLabel(address, { exact: true });

export async function typeInto(page: Page, address: string, text: string): Promise<void> {
  // The grid draws only the cells around the view: a cell far from it is reached through the name box.
  if ((await cell(page, address).count()) === 0) await goTo(page, address);
  await cell(page, address).click();
  await cell(page, address).fill(text);
  await cell(page, address).press('Enter');
}

/** Every cell value the grid shows, for a check that none is an error. */
export async function gridErrors(page: Page): Promise<string[]> {
  return page.$$eval('.grid-frame input[aria-label]', (inputs) =>
    (inputs as HTMLInputElement[])
      .filter((input) => /^#[A-ZА-Я/0!?]+/.test(input.value))
      .map((input) => `${input.getAttribute('aria-label')}: ${input.value} ${input.title}`),
  );
}

/** Moves the cursor to a cell anywhere on the sheet through the name box, as a user would. */
export async function goTo(page: Page, address: string): Promise<void> {
  const box = page.locator('.bar .name-box');
  await box.click();
  await box.fill(address);
  await box.press('Enter');
  await expect.poll(() => box.inputValue()).toBe(address);
}

/** Russian number formatting groups thousands with no-break spaces; the tests compare plain ones. */
export const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

export const shown = async (locator: { inputValue(): Promise<string> }) => plain(await locator.inputValue());
