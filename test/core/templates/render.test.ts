import { describe, expect, it } from 'vitest';
import { TEMPLATES, insertTemplate, templateById } from '../../../core/templates/registry';
import { renderTemplate } from '../../../core/templates/render';
import type { CellContent, Workbook } from '../../../core/templates/workbook';

type Call = [method: string, ...args: unknown[]];

/** A host that records what it is asked to do, with Excel's prefix. */
function recordingWorkbook(sheets: string[] = [], names: string[] = []): Workbook & { calls: Call[] } {
  const calls: Call[] = [];
  const record =
    (method: string) =>
    async (...args: unknown[]) => {
      calls.push([method, ...args]);
    };
  return {
    calls,
    functionPrefix: 'KPI.',
    sheetNames: async () => sheets,
    rangeNames: async () => names,
    addSheet: record('addSheet'),
    writeBlock: record('writeBlock'),
    setNumberFormat: record('setNumberFormat'),
    setStyle: record('setStyle'),
    setNotes: record('setNotes'),
    setValidationList: record('setValidationList'),
    addNamedRanges: record('addNamedRanges'),
    freezeRows: record('freezeRows'),
    setColumnWidths: record('setColumnWidths'),
    addChart: record('addChart'),
    commit: record('commit'),
  };
}

const blocksWritten = (calls: Call[]) =>
  calls
    .filter(([method]) => method === 'writeBlock')
    .map(([, , anchor, rows]) => [anchor, rows] as [string, CellContent[][]]);

describe('renderTemplate', () => {
  it('adds a new sheet, writes each block in one rectangular call, and commits once at the end', async () => {
    for (const template of TEMPLATES) {
      const workbook = recordingWorkbook();
      expect(await renderTemplate(template, workbook, 'ru')).toBe(template.sheet.ru);
      const { calls } = workbook;
      expect(calls[0]).toEqual(['addSheet', template.sheet.ru]);
      expect(calls[calls.length - 1]).toEqual(['commit']);
      expect(calls.filter(([method]) => method === 'commit')).toHaveLength(1);
      const blocks = blocksWritten(calls);
      expect(blocks.map(([anchor]) => anchor)).toEqual(template.blocks.map((block) => block.anchor));
      for (const [, rows] of blocks) expect(new Set(rows.map((row) => row.length)).size).toBe(1);
      // A handful of calls per template, never one per cell.
      expect(calls.length).toBeLessThan(25);
    }
  });

  it('writes labels, inputs and formulas, with Excel’s prefix on ROP Kit functions only', async () => {
    const workbook = recordingWorkbook();
    await renderTemplate(templateById('sales-plan')!, workbook, 'ru');
    const [, months] = blocksWritten(workbook.calls).find(([anchor]) => anchor === 'A14')!;
    expect(months[1].slice(0, 4)).toEqual([
      'Январь',
      0.07,
      { formula: '=KPI.PLAN_SPLIT(B10,B15:B26,B6)' },
      { formula: '=KPI.PLAN_SPLIT(B11,B15:B26,B6)' },
    ]);
    // Spilled cells are left empty; December's fact so far is a sample input.
    expect(months[2].slice(2, 5)).toEqual([null, null, null]);
    expect(months[12][5]).toBe(380000);
    expect(months[13][6]).toEqual({ formula: '=B47' });
    // The report date is an input holding =TODAY() until the user types a date; standard functions stay bare.
    const [, current] = blocksWritten(workbook.calls).find(([anchor]) => anchor === 'A29')!;
    expect(current[1][1]).toEqual({ formula: '=TODAY()' });
    expect(current[4][1]).toEqual({ formula: '=KPI.WORKDAYS_RU(DATE(YEAR(B30),MONTH(B30),1),B30)' });
    expect(current[9][1]).toEqual({ formula: '=KPI.PACE(B35,B34,B30)' });
  });

  it('formats, styles and annotates ranges gathered into rectangles', async () => {
    const workbook = recordingWorkbook();
    await renderTemplate(templateById('decomposition')!, workbook, 'en');
    const { calls } = workbook;
    expect(calls).toContainEqual(['setNumberFormat', 'Decomposition', 'percent', ['B6', 'B8:B9', 'B26:F26']]);
    expect(calls).toContainEqual([
      'setNumberFormat',
      'Decomposition',
      'integer',
      expect.arrayContaining(['C15:F15', 'C16:E16', 'B19:B21', 'B27:G27']),
    ]);
    const inputs = calls.find(([method, , style]) => method === 'setStyle' && style === 'input')!;
    expect(inputs[3]).toEqual(['B5:B11', 'C12', 'B25:G25', 'B26:F26']);
    const [, , notes] = calls.find(([method]) => method === 'setNotes')!;
    expect(notes).toContainEqual({ cell: 'B6', text: '16%: 16 RUB of profit in every 100 RUB of revenue.' });
    expect(calls).toContainEqual(['freezeRows', 'Decomposition', 1]);
    expect(calls).toContainEqual([
      'addChart',
      'Decomposition',
      {
        type: 'bar',
        title: 'Sales funnel: what is needed',
        categories: 'A19:A21',
        series: [{ name: 'Needed', values: 'B19:B21' }],
        anchor: 'I4',
        width: 480,
        height: 300,
      },
    ]);
  });

  it('picks a free sheet name and free range names when the template is already there', async () => {
    const workbook = recordingWorkbook(['Лист1', 'Мотивация'], ['motiv_multiplier']);
    expect(await insertTemplate('motivation', workbook, 'ru')).toBe('Мотивация (2)');
    const [, sheet, names] = workbook.calls.find(([method]) => method === 'addNamedRanges')!;
    expect(sheet).toBe('Мотивация (2)');
    expect(names).toContainEqual({ name: 'motiv_multiplier_2', range: 'B9' });
    expect(names).toContainEqual({ name: 'motiv_thresholds_2', range: 'B7:C7' });
  });

  it('offers drop-down values in the sheet’s language', async () => {
    const workbook = recordingWorkbook();
    await renderTemplate(templateById('salary-benchmark')!, workbook, 'en');
    expect(workbook.calls).toContainEqual(['setValidationList', 'Salaries', 'B6', ['companies', 'agencies']]);
    const [, , , regions] = workbook.calls.find(
      ([method, , range]) => method === 'setValidationList' && range === 'B5',
    )!;
    expect(regions).toEqual(expect.arrayContaining(['Moscow', 'Saint Petersburg', 'Kazan']));
  });
});
