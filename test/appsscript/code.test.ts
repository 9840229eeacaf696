import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../.generated/catalogue';
import { menuCommand } from '../../appsscript/menu';
import { runInSheets } from '../../appsscript/run';
import { TEMPLATES } from '../../core/templates/registry';
import { loadSheets, outcome, read } from '../hosts/bundles';
import { asSheets, broadcasts, columnArgs, expectedExample } from '../hosts/cases';
import { exampleArgs } from '../../scripts/examples';
import { FakeSpreadsheet, fakeAppsScript } from './fakeSpreadsheetApp';
import { defaultInputs } from '../../core/wizard/inputs';
import { expectError } from '../core/expectError';
import { runFormula } from '../../core/runner';
import type { RuleId } from '../../core/messages';
import { catalogueById } from '../../core/catalogue';

const sheets = loadSheets();
const specs = catalogueById(catalogue);
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
      expect(jsdoc, spec.id).toContain(`Справка / Help: https://localhost:3000/taskpane.html#${spec.id}`);
      for (const param of spec.params) {
        expect(jsdoc, `${spec.id} ${param.name}`).toMatch(
          new RegExp(`@param \\{[^}]+\\} \\[?${param.name}\\]?`),
        );
      }
    }
  });

  it('types every argument that takes a range as a value or a range, as Google documents for custom functions', () => {
    const typeOf = (id: string, name: string) =>
      new RegExp(`@param \\{([^}]+)\\} \\[?${name}\\]?`).exec(jsdocOf(id))![1];
    expect(typeOf('ROP_BONUS', 'fulfillment')).toBe('number|Array<Array<number>>');
    expect(typeOf('ROP_BONUS', 'thresholds')).toBe('number|Array<Array<number>>');
    expect(typeOf('SALARY_BAND', 'region')).toBe('string|Array<Array<string>>');
    expect(typeOf('SALES_DECOMPOSE', 'exact')).toBe('boolean|Array<Array<boolean>>');
    // A table function takes scalars only (SPEC.md §1), lists aside.
    expect(typeOf('COMMISSION_EXPLAIN', 'revenue')).toBe('number');
    expect(typeOf('COMMISSION_EXPLAIN', 'rates')).toBe('number|Array<Array<number>>');
  });

  it('gives every formula’s documented example result', () => {
    for (const spec of catalogue) {
      expect(sheets[spec.id](...exampleArgs(spec.example.formula)), spec.example.formula).toEqual(
        asSheets(spec, expectedExample(spec)),
      );
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
      expect(
        rows[1].every((cell) => cell === ''),
        `${spec.id} blank row`,
      ).toBe(true);
      expect(String(rows[2][0]), `${spec.id} text row`).toMatch(/^#(VALUE!|N\/A) /);
    }
  });

  it('throws a lone error as Error("#KIND message") so the cell shows it on hover, the core’s message', () => {
    const cases: [string, unknown[], RuleId, string[]][] = [
      ['ROP_BONUS', ['abc'], 'notNumber', ['fulfillment']],
      ['ROP_BONUS', [-0.5], 'negative', ['fulfillment']],
      ['CHURN_RATE', [3, 0], 'zero', ['total_clients']],
      ['SALARY_BAND', ['Марс', 'компании', 1], 'unknownRegion', ['region']],
      // Sheets passes a date cell as a Date: refused where a number is expected.
      ['ROP_BONUS', [new Date(2024, 0, 1)], 'notNumber', ['fulfillment']],
    ];
    for (const [id, args, rule, about] of cases) {
      const core = expectError(runFormula(specs[id], args), rule, ...about);
      const { thrown } = outcome(() => sheets[id](...args));
      expect((thrown as Error).message, id).toBe(`${core.kind} ${core.message}`);
    }
  });
});

/** Code.js over a fake spreadsheet, with the services an add-on gets. */
function services(locale = 'ru') {
  const apps = fakeAppsScript(new FakeSpreadsheet(), locale);
  return { ...apps, globals: loadSheets(apps.globals) };
}

describe('the Sheets add-on shell', () => {
  it('adds the menu in the user’s language on open and on install', () => {
    const ru = services('ru');
    ru.globals.onOpen();
    expect(ru.ui.items()).toEqual([
      ['Мастер декомпозиции', 'showSidebar'],
      ...TEMPLATES.map((template) => [template.sheet.ru, menuCommand(template.id)]),
      ['Справочник функций', 'showSidebar'],
    ]);
    expect(ru.ui.menus[0].items[1]).toMatchObject({ title: 'Вставить шаблон' });
    const en = services('en_US');
    en.globals.onInstall();
    expect(en.ui.items()).toContainEqual(['Decomposition wizard', 'showSidebar']);
    expect(en.ui.items()).toContainEqual(['Sales plan', 'insertTemplate_sales_plan']);
    expect(en.ui.menus[0].items[1]).toMatchObject({ title: 'Insert template' });
  });

  it('still adds the menu, in Russian, when reading the user’s locale fails', () => {
    const apps = fakeAppsScript(new FakeSpreadsheet(), 'ru');
    const Session = {
      getActiveUserLocale: () => {
        throw new Error('Exception: You do not have permission to call Session.getActiveUserLocale');
      },
    };
    const globals = loadSheets({ ...apps.globals, Session });
    globals.onOpen();
    expect(apps.ui.items()).toContainEqual(['Мастер декомпозиции', 'showSidebar']);
    expect(apps.ui.items()).toContainEqual(['Справочник функций', 'showSidebar']);
  });

  it('opens Sidebar.html, and every menu item names a top-level function', () => {
    const { globals, ui } = services('ru');
    globals.onOpen();
    globals.showSidebar();
    expect(ui.sidebar).toMatchObject({ file: 'Sidebar', title: 'ROP Kit' });
    for (const [, fn] of ui.items()) expect(typeof globals[fn], fn).toBe('function');
  });

  it('ships Sidebar.html as one file with its script inlined', () => {
    const html = read('appsscript/Sidebar.html');
    expect(html).toContain('<script>');
    expect(html).not.toMatch(/<script[^>]+src=/);
  });

  it('asks for exactly the two scopes of SPEC.md §4', () => {
    const manifest = JSON.parse(read('appsscript/appsscript.json'));
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(manifest.runtimeVersion).toBe('V8');
    expect(JSON.parse(readFileSync('appsscript/appsscript.json', 'utf8'))).toEqual(manifest);
  });
});

describe('inserting templates from Code.js', () => {
  it('inserts every template with insertTemplate(id), returning the new sheet’s name, and "(2)" the second time', () => {
    const { globals, spreadsheet } = services();
    for (const template of TEMPLATES) {
      expect(globals.insertTemplate(template.id)).toBe(template.sheet.ru);
      expect(globals.insertTemplate(template.id)).toBe(`${template.sheet.ru} (2)`);
    }
    expect(spreadsheet.getSheets()).toHaveLength(1 + 2 * TEMPLATES.length);
    const decomposition = spreadsheet.sheet('Декомпозиция (2)');
    expect(decomposition.cells.get('B15')?.formula).toBe('=SALES_DECOMPOSE(B5,B6,B7,B8,B9,B10,B11)');
    expect(decomposition.cells.get('B6')).toMatchObject({ value: 0.16, numberFormat: '0.0%' });
    expect(spreadsheet.namedRanges.has('decomp_margin_2')).toBe(true);
  });

  it('writes the user’s language', () => {
    const { globals, spreadsheet } = services('en_GB');
    expect(globals.insertTemplate('salary-benchmark')).toBe('Salaries');
    expect(spreadsheet.sheet('Salaries').contents('A5:B5')).toEqual([['Region', 'Moscow']]);
  });

  it('refuses an unknown template by name', () => {
    const { globals } = services();
    expect(() => globals.insertTemplate('forecast')).toThrow('Unknown template: forecast');
  });

  it('inserts from each menu item and shows the new sheet', () => {
    const { globals, spreadsheet, ui } = services();
    globals.onOpen();
    const items = ui.items().filter(([, fn]) => fn.startsWith('insertTemplate_'));
    expect(items).toHaveLength(TEMPLATES.length);
    items.forEach(([label, fn]) => {
      globals[fn]();
      expect(spreadsheet.getActiveSheet().getName()).toBe(label);
    });
    globals.insertTemplate_sales_plan();
    expect(spreadsheet.getActiveSheet().getName()).toBe('План продаж (2)');
  });
});

describe('the sidebar wizard’s server functions in Code.js', () => {
  const inputs = defaultInputs('ru');

  it('inserts live formulas at an empty selection, synchronously, and returns where', () => {
    const { globals, spreadsheet } = services();
    spreadsheet.select('Лист1', 'B2');
    expect(globals.insertWizard(inputs, 'selection')).toEqual({
      status: 'inserted',
      sheet: 'Лист1',
      range: 'B2:E16',
    });
    const sheet = spreadsheet.sheet('Лист1');
    expect(sheet.cells.get('C3')?.value).toBe(450000);
    expect(sheet.cells.get('C12')?.formula).toBe('=C3/C4');
    expect(sheet.cells.get('C11')?.formula).toBe('=MONTH_WORKDAYS_RU(C10)');
    expect(sheet.cells.get('C14')?.formula).toBe('=REVERSE_FUNNEL(C12/C5,C6:C7)');
    expect(sheet.cells.get('C15')?.formula).toBe('=MANAGERS_NEEDED(C14,C9,C11)');
  });

  it('refuses a selection that is not empty and writes nothing', () => {
    const { globals, spreadsheet } = services();
    spreadsheet
      .sheet('Лист1')
      .getRange('D9')
      .setValues([['мои данные']]);
    spreadsheet.select('Лист1', 'B2');
    const calls = spreadsheet.calls.length;
    expect(globals.insertWizard(inputs, 'selection')).toEqual({
      status: 'occupied',
      sheet: 'Лист1',
      range: 'B2:E16',
    });
    expect(spreadsheet.calls.length).toBe(calls);
    expect(spreadsheet.sheet('Лист1').cells.get('D9')?.value).toBe('мои данные');
    expect(globals.insertWizard(inputs, 'new-sheet')).toEqual({
      status: 'inserted',
      sheet: 'Декомпозиция',
      range: 'A1:D15',
    });
  });

  it('remembers the last inputs in the spreadsheet itself', () => {
    const { globals, spreadsheet } = services();
    expect(globals.loadWizardInputs()).toBeNull();
    globals.saveWizardInputs(JSON.stringify(inputs));
    globals.saveWizardInputs(JSON.stringify({ ...inputs, target: 900000 }));
    expect(JSON.parse(globals.loadWizardInputs() as string).target).toBe(900000);
    expect([...spreadsheet.metadata.keys()]).toEqual(['ropkit.wizard']);
  });
});
