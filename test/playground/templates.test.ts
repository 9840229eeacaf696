import { describe, expect, it } from 'vitest';
import { catalogue } from '../../.generated/catalogue';
import { TEMPLATES, insertTemplate } from '../../core/templates/registry';
import type { Lang } from '../../core/templates/model';
import { createEngine } from '../../playground/engine';
import { PlaygroundWorkbook } from '../../playground/workbook';
import { rendered, sheetOf } from './rendered';

describe('every template in the playground engine', () => {
  for (const lang of ['ru', 'en'] as Lang[]) {
    for (const template of TEMPLATES) {
      it(`renders ${template.id} (${lang}) with no error in any cell`, async () => {
        const sheet = await rendered(template.id, lang);
        expect(sheet.name).toBe(template.sheet[lang]);
        expect(sheet.errors()).toEqual([]);
      });
    }
  }

  it('renders the English sheets with the same numbers', async () => {
    const ru = await rendered('salary-benchmark', 'ru');
    const en = await rendered('salary-benchmark', 'en');
    expect(en.values('A5:B6')).toEqual([
      ['Region', 'Moscow'],
      ['Segment', 'companies'],
    ]);
    expect(en.values('B11:C13')).toEqual(ru.values('B11:C13'));
    expect(en.values('B18:D29')).toEqual(ru.values('B18:D29'));
  });
});

describe('the playground workbook', () => {
  it('keeps formats, input styles, notes, drop-downs, frozen rows and widths for the grid to show', async () => {
    const sheet = await rendered('decomposition');
    const meta = sheet.workbook.sheetMetadata(sheet.name)!;
    expect(meta.formats.get('B5')).toBe('money');
    expect(meta.formats.get('B6')).toBe('percent');
    expect(meta.formats.get('F15')).toBe('integer');
    expect(meta.styles.get('B5')).toBe('input');
    expect(meta.styles.get('A1')).toBe('title');
    expect(meta.styles.get('B15')).toBeUndefined();
    expect(meta.notes.get('B6')).toBe('16% — из каждых 100 ₽ выручки 16 ₽ прибыли.');
    expect(meta.frozenRows).toBe(1);
    expect(meta.columnWidths[0]).toBe(390);
  });

  it('defines the named inputs as workbook names usable from another sheet', async () => {
    const sheet = await rendered('decomposition');
    const { engine } = sheet;
    const other = engine.getSheetId(engine.addSheet('Свод'))!;
    engine.setCellContents({ sheet: other, row: 0, col: 0 }, [['=decomp_profit_target/decomp_margin']]);
    expect(engine.getCellValue({ sheet: other, row: 0, col: 0 })).toBe(2812500);
  });
});

describe('inserting a template twice', () => {
  it('puts the second copy on "(2)" with suffixed names, and leaves the first sheet as it was', async () => {
    const workbook = new PlaygroundWorkbook(createEngine(catalogue));
    const first = sheetOf(workbook, await insertTemplate('sales-plan', workbook, 'ru'));
    first.set('F19', 2700000);
    const before = workbook.engine.getSheetSerialized(workbook.engine.getSheetId(first.name)!);
    const valuesBefore = first.values('A1:L39');

    const second = sheetOf(workbook, await insertTemplate('sales-plan', workbook, 'ru'));
    expect(second.name).toBe('План продаж (2)');
    expect(workbook.engine.getSheetSerialized(workbook.engine.getSheetId(first.name)!)).toEqual(before);
    expect(first.values('A1:L39')).toEqual(valuesBefore);
    expect(workbook.engine.listNamedExpressions()).toEqual(
      expect.arrayContaining(['plan_year_target', 'plan_year_target_2']),
    );
    expect(workbook.engine.getNamedExpressionFormula('plan_year_target_2')).toBe("='План продаж (2)'!$B$5");

    // Each copy is live on its own inputs.
    second.set('B5', 48000000);
    expect(second.value('D27')).toBe(48000000);
    expect(first.value('D27')).toBe(36000000);
    expect(second.errors()).toEqual([]);
  });

  it('numbers a third copy (3) and keeps every copy free of errors', async () => {
    const workbook = new PlaygroundWorkbook(createEngine(catalogue));
    const names = [];
    for (let i = 0; i < 3; i++) names.push(await insertTemplate('motivation', workbook, 'ru'));
    expect(names).toEqual(['Мотивация', 'Мотивация (2)', 'Мотивация (3)']);
    for (const name of names) expect(sheetOf(workbook, name).errors()).toEqual([]);
    expect(workbook.engine.listNamedExpressions()).toContain('motiv_multiplier_3');
  });
});

describe('a bad input in «План продаж»', () => {
  it('turns every cell that depends on it into an error, none keeps its last number', async () => {
    const sheet = await rendered('sales-plan');
    const { engine } = sheet;
    const id = engine.getSheetId(sheet.name)!;
    const dependents = new Map<string, { sheet: number; row: number; col: number }>();
    type Dependent = ReturnType<typeof engine.getCellDependents>[number];
    const seen = new Set<string>();
    const visit = (address: Dependent) => {
      for (const next of engine.getCellDependents(address)) {
        const key = JSON.stringify(next);
        if (seen.has(key)) continue;
        seen.add(key);
        if (!('row' in next) || next.sheet !== id) {
          visit(next);
          continue;
        }
        dependents.set(key, next);
        visit(next);
      }
    };
    visit({ sheet: id, row: 4, col: 1 });
    expect(sheet.value('B11')).toBe(36000000);
    sheet.set('B5', 'абв');
    const cells = [...dependents.values()].filter((address) => engine.getCellValue(address) !== null);
    expect(cells.length).toBeGreaterThan(20);
    const stale = cells.filter((address) => {
      const value = engine.getCellValue(address);
      // `=B5` (the realistic version) shows the text itself, as in Excel: not a stale number.
      return value !== 'абв' && !(value !== null && typeof value === 'object' && 'value' in value);
    });
    expect(stale.map((address) => engine.simpleCellAddressToString(address, id))).toEqual([]);
  });
});
