import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../.generated/catalogue';
import { runInSheets } from '../../appsscript/run';
import { loadSheets, outcome, read } from '../hosts/bundles';
import { broadcasts, columnArgs, expectedExample } from '../hosts/cases';
import { exampleArgs } from '../hosts/examples';

const sheets = loadSheets();
const code = read('appsscript/Code.js');

function jsdocOf(id: string): string {
  const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${id}\\(`).exec(code);
  return match ? match[1] : '';
}

describe('Code.js, the Sheets bundle', () => {
  it('declares every formula as a top-level function with a @customfunction JSDoc naming every argument', () => {
    for (const spec of catalogue) {
      expect(typeof sheets[spec.id], spec.id).toBe('function');
      const jsdoc = jsdocOf(spec.id);
      expect(jsdoc, spec.id).toContain('@customfunction');
      expect(jsdoc, spec.id).toContain(spec.ru.split(' ').slice(0, 3).join(' '));
      for (const param of spec.params) {
        expect(jsdoc, `${spec.id} ${param.name}`).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${param.name}\\]?`));
      }
    }
  });

  it('gives every formula’s documented example result', () => {
    for (const spec of catalogue) {
      expect(sheets[spec.id](...exampleArgs(spec.example.formula)), spec.example.formula).toEqual(expectedExample(spec));
    }
  });

  it('gives the same results as the core over a column with a blank and bad values, errors as text in place', () => {
    for (const spec of catalogue.filter(broadcasts)) {
      const args = columnArgs(spec);
      const built = outcome(() => sheets[spec.id](...args));
      const source = outcome(() => runInSheets(spec, args));
      expect(built, spec.id).toEqual(source);
      const rows = built.value as unknown[][];
      expect(rows, spec.id).toHaveLength(4);
      expect(rows[1].every((cell) => cell === ''), `${spec.id} blank row`).toBe(true);
      expect(String(rows[2][0]), `${spec.id} text row`).toMatch(/^#(VALUE!|N\/A) /);
    }
  });

  it('throws a lone error as Error("#KIND message") so the cell shows it on hover', () => {
    const cases: [string, unknown[], string][] = [
      ['ROP_BONUS', ['abc'], '#VALUE! ROP_BONUS: «выполнение плана» (fulfillment) — ожидается число, получен текст «abc» | ROP_BONUS: fulfillment must be a number, got the text "abc"'],
      ['ROP_BONUS', [-0.5], '#NUM! ROP_BONUS: «выполнение плана» (fulfillment) не может быть отрицательным (-0.5) | ROP_BONUS: fulfillment cannot be negative (-0.5)'],
      ['CHURN_RATE', [3, 0], '#DIV/0! CHURN_RATE: «всего клиентов» (total_clients) не может быть нулём: на него делится расчёт | CHURN_RATE: total_clients cannot be zero: the calculation divides by it'],
    ];
    for (const [id, args, message] of cases) {
      const { thrown } = outcome(() => sheets[id](...args));
      expect((thrown as Error).message).toBe(message);
    }
    const { thrown } = outcome(() => sheets.SALARY_BAND('Марс', 'компании', 1));
    expect((thrown as Error).message).toMatch(/^#N\/A Регион «Марс» не найден в таблице зарплат; есть: Москва, Санкт-Петербург/);
  });

  it('accepts Sheets date cells nowhere a number is expected', () => {
    const { thrown } = outcome(() => sheets.ROP_BONUS(new Date(2024, 0, 1)));
    expect((thrown as Error).message).toContain('#VALUE!');
    expect((thrown as Error).message).toContain('got a date');
  });
});

describe('the Sheets add-on shell', () => {
  function services(locale: string) {
    const menu: { items: [string, string][]; added: boolean } = { items: [], added: false };
    const shown: { title?: string; file?: string } = {};
    const addonMenu = {
      addItem(label: string, fn: string) {
        menu.items.push([label, fn]);
        return addonMenu;
      },
      addSeparator: () => addonMenu,
      addToUi() {
        menu.added = true;
      },
    };
    const ui = { createAddonMenu: () => addonMenu, showSidebar: (html: { title: string }) => (shown.title = html.title) };
    const globals = loadSheets({
      Session: { getActiveUserLocale: () => locale },
      SpreadsheetApp: { getUi: () => ui },
      HtmlService: {
        createHtmlOutputFromFile(file: string) {
          shown.file = file;
          const output = { title: '', setTitle: (title: string) => ({ ...output, title }) };
          return output;
        },
      },
    });
    return { globals, menu, shown };
  }

  it('adds the menu in the user’s language on open and on install', () => {
    const ru = services('ru');
    ru.globals.onOpen();
    expect(ru.menu.added).toBe(true);
    expect(ru.menu.items).toContainEqual(['Справочник функций', 'showSidebar']);
    const en = services('en_US');
    en.globals.onInstall();
    expect(en.menu.items).toContainEqual(['Function reference', 'showSidebar']);
  });

  it('opens Sidebar.html, and every menu item names a top-level function', () => {
    const { globals, menu, shown } = services('ru');
    globals.onOpen();
    globals.showSidebar();
    expect(shown).toEqual({ file: 'Sidebar', title: 'ROP Kit' });
    for (const [, fn] of menu.items) expect(typeof globals[fn], fn).toBe('function');
  });

  it('ships Sidebar.html as one file with its script inlined', () => {
    const html = read('appsscript/Sidebar.html');
    expect(html).toContain('<script>');
    expect(html).not.toMatch(/<script[^>]+src=/);
  });

  it('asks for exactly the two scopes of SPEC.md §4', () => {
    const manifest = JSON.parse(read('appsscript/appsscript.json'));
    expect(manifest.oauthScopes).toEqual(['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui']);
    expect(manifest.runtimeVersion).toBe('V8');
    expect(JSON.parse(readFileSync('appsscript/appsscript.json', 'utf8'))).toEqual(manifest);
  });
});
