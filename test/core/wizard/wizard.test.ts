import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../.generated/catalogue';
import { defaultInputs, readForm, toForm, type WizardInputs } from '../../../core/wizard/inputs';
import { preview } from '../../../core/wizard/preview';
import { insertWizard, wizardTemplate } from '../../../core/wizard/sheet';
import { createEngine } from '../../../playground/engine';
import { PlaygroundWorkbook } from '../../../playground/workbook';

function workbook() {
  const engine = createEngine(catalogue);
  engine.addSheet('Лист1');
  const book = new PlaygroundWorkbook(engine);
  book.adopt('Лист1');
  book.selected = { sheet: 'Лист1', anchor: 'B2' };
  return {
    engine,
    book,
    value: (sheet: string, cell: string) =>
      engine.getCellValue(engine.simpleCellAddressFromString(cell, engine.getSheetId(sheet)!)!),
  };
}

describe('the wizard’s inputs', () => {
  it('reads what the user typed, as the formulas read text', () => {
    const form = {
      ...toForm(defaultInputs('ru'), 'ru'),
      target: '450 000',
      margin: '16%',
      avgCheck: '2\u00a0500',
    };
    expect(readForm(form, 'ru').inputs).toEqual(defaultInputs('ru'));
  });

  it('reads back what it shows, in either language', () => {
    for (const lang of ['ru', 'en'] as const)
      expect(readForm(toForm(defaultInputs(lang), lang), lang).inputs, lang).toEqual(defaultInputs(lang));
  });

  it('reads numbers as the UI language writes them', () => {
    const en = { ...toForm(defaultInputs('en'), 'en'), target: '1,250,000.50', avgCheck: '2,500' };
    expect(readForm(en, 'en').inputs).toMatchObject({ target: 1250000.5, avgCheck: 2500 });
    const ru = { ...toForm(defaultInputs('ru'), 'ru'), target: '1 250 000,50', margin: '0,16' };
    expect(readForm(ru, 'ru').inputs).toMatchObject({ target: 1250000.5, margin: 0.16 });
  });

  it('says what to enter for every wrong field, in the UI language', () => {
    const form = toForm(defaultInputs('en'), 'en');
    form.target = 'lots';
    form.margin = '160%';
    form.stages[1].conversion = '0';
    form.stages[0].name = ' ';
    form.workingDays = '21.5';
    const { inputs, errors } = readForm(form, 'en');
    expect(inputs).toBeUndefined();
    expect(errors).toEqual({
      target: 'Enter a number, e.g. 450,000 or 2,500.50',
      margin: 'A share from 0 to 100%: enter 35% or 0.35',
      'stages.1.conversion': 'A share from 0 to 100%: enter 35% or 0.35',
      'stages.0.name': 'Name the stage',
      workingDays: 'Must be a whole number above zero',
    });
  });

  it('does not ask for a margin when the goal is revenue', () => {
    const form = { ...toForm(defaultInputs('ru'), 'ru'), goal: 'revenue', margin: '' };
    expect(readForm(form, 'ru').inputs?.margin).toBe(1);
  });
});

describe('the wizard’s preview', () => {
  it('shows the seed decomposition', () => {
    // 450 000 / 16% = 2 812 500; / 2 500 = 1 125 deals; / 35% → 3 215 leads; / 50% → 6 430 calls;
    // At 50 calls a day in 22 working days: 6 430 / 1 100 = 5.85 → 6 managers (MANAGERS_NEEDED);
    // one manager alone would need 6 430 / 22 = 292.3 → 293 calls a day.
    expect(preview(defaultInputs('ru'))).toEqual({
      revenue: 2812500,
      funnel: [
        { name: 'Звонки', volume: 6430 },
        { name: 'Лиды', volume: 3215 },
        { name: 'Сделки', volume: 1125 },
      ],
      managersNeeded: 6,
      perDayNeeded: 293,
    });
  });
});

describe('inserting the wizard’s block', () => {
  it('writes labelled inputs and live formulas that reproduce the seed, and recalculate', async () => {
    const { engine, book, value } = workbook();
    const result = await insertWizard(defaultInputs('ru'), book, 'ru', 'selection');
    expect(result).toEqual({ status: 'inserted', sheet: 'Лист1', range: 'B2:E15' });
    expect(value('Лист1', 'B2')).toBe('Декомпозиция цели: месяц');
    expect(value('Лист1', 'C3')).toBe(450000);
    expect(engine.getCellFormula(engine.simpleCellAddressFromString('C11', 0)!)).toBe('=C3/C4');
    expect(value('Лист1', 'C11')).toBe(2812500);
    expect(engine.getCellFormula(engine.simpleCellAddressFromString('C13', 0)!)).toBe(
      '=REVERSE_FUNNEL(C11/C5,C6:C7)',
    );
    expect(['C12', 'D12', 'E12'].map((cell) => value('Лист1', cell))).toEqual(['Звонки', 'Лиды', 'Сделки']);
    expect(['C13', 'D13', 'E13'].map((cell) => value('Лист1', cell))).toEqual([6430, 3215, 1125]);
    expect(engine.getCellFormula(engine.simpleCellAddressFromString('C14', 0)!)).toBe(
      '=MANAGERS_NEEDED(C13,C9,C10)',
    );
    expect(value('Лист1', 'C14')).toBe(6);
    expect(value('Лист1', 'C15')).toBe(293);
    // The inputs are live: at 100 calls a day 6 430 / 2 200 = 2.9 → 3 managers.
    engine.setCellContents(engine.simpleCellAddressFromString('C9', 0)!, [[100]]);
    expect(value('Лист1', 'C14')).toBe(3);
  });

  it('refuses a selection whose target cells are not all empty, and writes nothing', async () => {
    const { engine, book, value } = workbook();
    engine.setCellContents(engine.simpleCellAddressFromString('D10', 0)!, [['мои данные']]);
    const result = await insertWizard(defaultInputs('ru'), book, 'ru', 'selection');
    expect(result).toEqual({ status: 'occupied', sheet: 'Лист1', range: 'B2:E15' });
    expect(value('Лист1', 'D10')).toBe('мои данные');
    expect(value('Лист1', 'B2')).toBeNull();
  });

  it('goes into a new, uniquely named sheet when asked', async () => {
    const { book, value } = workbook();
    expect(await insertWizard(defaultInputs('ru'), book, 'ru', 'new-sheet')).toEqual({
      status: 'inserted',
      sheet: 'Декомпозиция',
      range: 'A1:D14',
    });
    expect(await insertWizard(defaultInputs('ru'), book, 'ru', 'new-sheet')).toMatchObject({
      sheet: 'Декомпозиция (2)',
    });
    expect(value('Декомпозиция (2)', 'D12')).toBe(1125);
  });

  it('handles a funnel of any depth and a revenue goal', async () => {
    const { book, value } = workbook();
    const inputs: WizardInputs = {
      ...defaultInputs('en'),
      goal: 'revenue',
      target: 3_000_000,
      stages: [
        { name: 'Calls', conversion: 0.2 },
        { name: 'Meetings', conversion: 0.5 },
        { name: 'Proposals', conversion: 0.4 },
      ],
    };
    const { range } = wizardTemplate(inputs, 'A1');
    expect(range).toBe('A1:E14');
    await insertWizard(inputs, book, 'en', 'new-sheet');
    // 3 000 000 / 2 500 = 1 200 deals; / 0.4 = 3 000 proposals; / 0.5 = 6 000 meetings; / 0.2 = 30 000 calls.
    expect(['B12', 'C12', 'D12', 'E12'].map((cell) => value('Decomposition', cell))).toEqual([
      30000, 6000, 3000, 1200,
    ]);
    expect(preview(inputs).funnel.map((stage) => stage.volume)).toEqual([30000, 6000, 3000, 1200]);
  });
});
