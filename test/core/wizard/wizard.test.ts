import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../.generated/catalogue';
import { serialOf } from '../../../core/dates';
import {
  defaultInputs,
  nextMonth,
  readForm,
  readMonth,
  toForm,
  type WizardInputs,
} from '../../../core/wizard/inputs';
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

/** December 2026: 22 working days, as the seed's month. */
const DECEMBER_2026 = serialOf(2026, 12, 1);
const seed = (lang: 'ru' | 'en') => defaultInputs(lang, DECEMBER_2026);

describe('the wizard’s month', () => {
  it('is next month by default, and the calendar’s last month past its last year', () => {
    expect(nextMonth(serialOf(2026, 12, 2))).toBe(serialOf(2027, 1, 1));
    expect(nextMonth(serialOf(2026, 3, 31))).toBe(serialOf(2026, 4, 1));
    expect(nextMonth(serialOf(2031, 5, 5))).toBe(serialOf(2027, 12, 1));
  });

  it('reads 12.2026, 2026-12 or any day of the month, and refuses a month the calendar lacks', () => {
    for (const typed of ['12.2026', ' 12/2026 ', '2026-12', '15.12.2026', '2026-12-31'])
      expect(readMonth(typed, 'ru'), typed).toBe(DECEMBER_2026);
    for (const typed of ['13.2026', '12.2031', 'декабрь', ''])
      expect(readMonth(typed, 'ru'), typed).toEqual({
        error: 'Месяц в виде 12.2026 (календарь есть на 2013–2027 годы)',
      });
    expect(readMonth('1.2012', 'en')).toEqual({
      error: 'A month such as 12.2026 (the calendar covers 2013–2027)',
    });
  });
});

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
    form.month = '2026';
    const { inputs, errors } = readForm(form, 'en');
    expect(inputs).toBeUndefined();
    expect(errors).toEqual({
      target: 'Enter a number, e.g. 450,000 or 2,500.50',
      margin: 'A share from 0 to 100%: enter 35% or 0.35',
      'stages.1.conversion': 'A share from 0 to 100%: enter 35% or 0.35',
      'stages.0.name': 'Name the stage',
      month: 'A month such as 12.2026 (the calendar covers 2013–2027)',
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
    expect(preview(seed('ru'))).toEqual({
      revenue: 2812500,
      workingDays: 22,
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
    const result = await insertWizard(seed('ru'), book, 'ru', 'selection');
    expect(result).toEqual({ status: 'inserted', sheet: 'Лист1', range: 'B2:E16' });
    expect(value('Лист1', 'B2')).toBe('Декомпозиция цели: декабрь 2026');
    expect(value('Лист1', 'C3')).toBe(450000);
    // The month is a date cell; its working days come from the calendar, live: December 2026 has 22.
    expect(value('Лист1', 'C10')).toBe(DECEMBER_2026);
    expect(engine.getCellFormula(engine.simpleCellAddressFromString('C11', 0)!)).toBe(
      '=MONTH_WORKDAYS_RU(C10)',
    );
    expect(value('Лист1', 'C11')).toBe(22);
    expect(engine.getCellFormula(engine.simpleCellAddressFromString('C12', 0)!)).toBe('=C3/C4');
    expect(value('Лист1', 'C12')).toBe(2812500);
    expect(engine.getCellFormula(engine.simpleCellAddressFromString('C14', 0)!)).toBe(
      '=REVERSE_FUNNEL(C12/C5,C6:C7)',
    );
    expect(['C13', 'D13', 'E13'].map((cell) => value('Лист1', cell))).toEqual(['Звонки', 'Лиды', 'Сделки']);
    expect(['C14', 'D14', 'E14'].map((cell) => value('Лист1', cell))).toEqual([6430, 3215, 1125]);
    expect(engine.getCellFormula(engine.simpleCellAddressFromString('C15', 0)!)).toBe(
      '=MANAGERS_NEEDED(C14,C9,C11)',
    );
    expect(value('Лист1', 'C15')).toBe(6);
    expect(value('Лист1', 'C16')).toBe(293);
    // The inputs are live: at 100 calls a day 6 430 / 2 200 = 2.9 → 3 managers.
    engine.setCellContents(engine.simpleCellAddressFromString('C9', 0)!, [[100]]);
    expect(value('Лист1', 'C15')).toBe(3);
    // January 2027 has 15 working days: 6 430 / (100 × 15) = 4.3 → 5.
    engine.setCellContents(engine.simpleCellAddressFromString('C10', 0)!, [[serialOf(2027, 1, 20)]]);
    expect(value('Лист1', 'C11')).toBe(15);
    expect(value('Лист1', 'C15')).toBe(5);
  });

  it('refuses a selection whose target cells are not all empty, and writes nothing', async () => {
    const { engine, book, value } = workbook();
    engine.setCellContents(engine.simpleCellAddressFromString('D10', 0)!, [['мои данные']]);
    const result = await insertWizard(seed('ru'), book, 'ru', 'selection');
    expect(result).toEqual({ status: 'occupied', sheet: 'Лист1', range: 'B2:E16' });
    expect(value('Лист1', 'D10')).toBe('мои данные');
    expect(value('Лист1', 'B2')).toBeNull();
  });

  it('goes into a new, uniquely named sheet when asked', async () => {
    const { book, value } = workbook();
    expect(await insertWizard(defaultInputs('ru'), book, 'ru', 'new-sheet')).toEqual({
      status: 'inserted',
      sheet: 'Декомпозиция',
      range: 'A1:D15',
    });
    expect(await insertWizard(defaultInputs('ru'), book, 'ru', 'new-sheet')).toMatchObject({
      sheet: 'Декомпозиция (2)',
    });
    expect(value('Декомпозиция (2)', 'D13')).toBe(1125);
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
    expect(range).toBe('A1:E15');
    await insertWizard(inputs, book, 'en', 'new-sheet');
    // 3 000 000 / 2 500 = 1 200 deals; / 0.4 = 3 000 proposals; / 0.5 = 6 000 meetings; / 0.2 = 30 000 calls.
    expect(['B13', 'C13', 'D13', 'E13'].map((cell) => value('Decomposition', cell))).toEqual([
      30000, 6000, 3000, 1200,
    ]);
    expect(preview(inputs).funnel.map((stage) => stage.volume)).toEqual([30000, 6000, 3000, 1200]);
  });
});
