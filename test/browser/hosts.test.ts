/**
 * The built task pane (dist/addin/taskpane.html) and sidebar (dist/appsscript/Sidebar.html) in
 * Chromium: served from dist/ by request routing, with office.js from the npm package in place of
 * Microsoft's CDN, and a stand-in for `google.script.run` that records the server calls.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../hosts/bundles';
import { TEMPLATES } from '../../core/templates/registry';
import { launch } from './browser';

const ORIGIN = 'https://rop-kit.test';
/** What Microsoft's CDN serves under /lib/1/hosted/, from the npm package of the same files. */
const OFFICE_JS = new URL('../../node_modules/@microsoft/office-js/dist/', import.meta.url);
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
}, 60_000);
afterAll(() => browser?.close());

async function open(
  path: string,
  locale: string,
  init?: () => void,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ locale, viewport: { width: 420, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Nothing leaves the machine: whatever is not served below (office.js asks for more) is refused.
  await page.route('**/*', (route) => route.abort());
  await page.route('https://appsforoffice.microsoft.com/lib/1/hosted/**', (route) => {
    const file = new URL(new URL(route.request().url()).pathname.replace('/lib/1/hosted/', ''), OFFICE_JS);
    return existsSync(file)
      ? route.fulfill({ body: readFileSync(file), contentType: 'text/javascript' })
      : route.abort();
  });
  await page.route(`${ORIGIN}/**`, (route) => {
    const file = new URL(route.request().url()).pathname;
    route.fulfill({
      body: readFileSync(`${DIST}${file}`),
      contentType: file.endsWith('.html') ? 'text/html' : 'text/javascript',
    });
  });
  if (init) await page.addInitScript(init);
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'domcontentloaded' });
  return { page, errors };
}

describe('the Excel task pane outside Excel', () => {
  it('shows the wizard, the templates and a searchable reference in the browser’s language', async () => {
    const { page, errors } = await open('/addin/taskpane.html', 'ru-RU');
    await page.getByRole('tab', { name: 'Мастер' }).waitFor();
    expect(await page.getByRole('note').innerText()).toBe(
      'Эта панель работает внутри Excel: откройте её там (Главная → Надстройки → ROP Kit). Здесь можно посмотреть мастер, шаблоны и справочник функций, но вставлять их некуда.',
    );
    expect(await page.locator('#panel-wizard h2').innerText()).toBe('Мастер декомпозиции');
    await page.getByRole('button', { name: 'Вставить в выделенную ячейку' }).click();
    await expect
      .poll(() => page.locator('#panel-wizard [role=status]').innerText())
      .toBe('Не удалось вставить: Вставка работает, когда панель открыта в Excel.');
    await page.getByRole('tab', { name: 'Шаблоны' }).click();
    expect(await page.locator('.template h3').allInnerTexts()).toEqual(
      TEMPLATES.map((template) => template.sheet.ru),
    );
    await page.getByRole('button', { name: 'Вставить: Мотивация' }).click();
    await expect
      .poll(() => page.locator('#panel-templates [role=status]').innerText())
      .toBe('Не удалось вставить: Вставка работает, когда панель открыта в Excel.');
    await page.getByRole('tab', { name: 'Функции' }).click();
    await page.getByLabel('Найти функцию').fill('коэффициент бонуса');
    const visible = await page.locator('article.fn:visible h3').allInnerTexts();
    expect(visible).toEqual(['KPI.ROP_BONUS(fulfillment, [bonus_base], [thresholds], [coefficients])']);
    expect(errors).toEqual([]);
  });

  it('opens on a function’s entry from its help link, in English for an English Excel', async () => {
    const { page, errors } = await open('/addin/taskpane.html#SALES_DECOMPOSE', 'en-US');
    await page.locator('#SALES_DECOMPOSE').waitFor();
    expect(await page.locator('#panel-reference').isVisible()).toBe(true);
    expect(await page.locator('#SALES_DECOMPOSE').innerText()).toContain(
      '=KPI.SALES_DECOMPOSE(450000, 0.16, 2500, 0.35, 0.5, 50)',
    );
    expect(errors).toEqual([]);
  });
});

describe('the Sheets sidebar outside Google Sheets', () => {
  it('renders, and says in plain words that it runs inside Google Sheets', async () => {
    const { page, errors } = await open('/appsscript/Sidebar.html', 'en-US');
    expect(await page.getByRole('note').innerText()).toBe(
      'This sidebar runs inside Google Sheets: open it there (Extensions → ROP Kit). Here you can look through the wizard, the templates and the function reference, but there is no spreadsheet to insert them into.',
    );
    await page.getByRole('tab', { name: 'Templates' }).click();
    await page.getByRole('button', { name: 'Insert: Sales plan' }).click();
    await expect
      .poll(() => page.locator('#panel-templates [role=status]').innerText())
      .toBe('Could not insert: Inserting works when the sidebar is open in Google Sheets.');
    await page.getByRole('tab', { name: 'Functions' }).click();
    expect(await page.locator('#ROP_BONUS h3').innerText()).toBe(
      'ROP_BONUS(fulfillment, [bonus_base], [thresholds], [coefficients])',
    );
    expect(errors).toEqual([]);
  });
});

describe('the Sheets sidebar', () => {
  /** The stand-in records every server call and answers as Code.js would. */
  function fakeServer() {
    const calls: unknown[][] = [];
    const answers: Record<string, (...args: unknown[]) => unknown> = {
      getUserLocale: () => 'ru',
      insertTemplate: () => 'План продаж (2)',
      insertWizard: () => ({ status: 'inserted', sheet: 'Лист1', range: 'B2:E16' }),
      loadWizardInputs: () => null,
      saveWizardInputs: () => undefined,
    };
    const runner = (success?: (value: unknown) => void): unknown =>
      new Proxy(
        {},
        {
          get: (_, name: string) => {
            if (name === 'withSuccessHandler') return (handler: (value: unknown) => void) => runner(handler);
            if (name === 'withFailureHandler') return () => runner(success);
            return (...args: unknown[]) => {
              calls.push([name, ...args]);
              setTimeout(() => success?.(answers[name]?.(...args)), 0);
            };
          },
        },
      );
    Object.assign(window, { google: { script: { run: runner() } }, serverCalls: calls });
  }

  it('inserts templates and the wizard through the Code.js functions', async () => {
    const { page, errors } = await open('/appsscript/Sidebar.html', 'en-US', fakeServer);
    expect(await page.getByRole('note').count()).toBe(0);
    await page.getByRole('tab', { name: 'Шаблоны' }).click();
    await page.getByRole('button', { name: 'Вставить: План продаж' }).click();
    await expect
      .poll(() => page.locator('#panel-templates [role=status]').innerText())
      .toBe('Вставлено на новый лист «План продаж (2)»');
    await page.getByRole('tab', { name: 'Мастер' }).click();
    await page.getByRole('button', { name: 'Вставить в выделенную ячейку' }).click();
    await expect
      .poll(() => page.locator('#panel-wizard [role=status]').innerText())
      .toBe('Вставлено формулами: лист «Лист1», B2:E16');
    const calls = (await page.evaluate(
      () => (window as unknown as { serverCalls: unknown[][] }).serverCalls,
    )) as [string, ...unknown[]][];
    expect(calls.map((call) => call[0])).toEqual([
      'getUserLocale',
      'loadWizardInputs',
      'insertTemplate',
      'insertWizard',
      'saveWizardInputs',
    ]);
    expect(calls[2]).toEqual(['insertTemplate', 'sales-plan']);
    expect(calls[3][2]).toBe('selection');
    expect((calls[3][1] as { target: number }).target).toBe(450000);
    expect(errors).toEqual([]);
  });
});
