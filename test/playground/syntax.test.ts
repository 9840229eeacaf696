import { describe, expect, it } from 'vitest';
import { errorMessage, literalReader, toEngineFormula, toUserFormula } from '../../playground/syntax';

describe('formulas in the UI’s syntax', () => {
  it('reads Russian syntax as Russian Sheets writes it: «;» between arguments, a decimal comma', () => {
    expect(toEngineFormula('=ROP_BONUS(1,1)', 'ru')).toBe('=ROP_BONUS(1.1)');
    expect(toEngineFormula('=ROP_BONUS(1,1; 50000)', 'ru')).toBe('=ROP_BONUS(1.1, 50000)');
    expect(toEngineFormula('=PLAN_SPLIT(1000; {1;1;1}; C23)', 'ru')).toBe('=PLAN_SPLIT(1000, {1;1;1}, C23)');
    expect(toEngineFormula('=KPI_INDEX({1,1\\0,85}; {0,5\\0,5})', 'ru')).toBe(
      '=KPI_INDEX({1.1,0.85}, {0.5,0.5})',
    );
  });

  it('leaves strings and quoted sheet names alone', () => {
    expect(toEngineFormula('=IF(A1>1,5; "1,5; a"; \'Лист; 1,2\'!B2)', 'ru')).toBe(
      '=IF(A1>1.5, "1,5; a", \'Лист; 1,2\'!B2)',
    );
    expect(toUserFormula('=IF(A1>1.5, "1.5, a", \'Sheet, 1.2\'!B2)', 'ru')).toBe(
      '=IF(A1>1,5; "1.5, a"; \'Sheet, 1.2\'!B2)',
    );
  });

  it('shows English-syntax formulas in Russian, and back again unchanged', () => {
    const formulas = [
      '=REVERSE_FUNNEL(B33/B27,B28:B29)',
      '=SALES_DECOMPOSE(450000, 0.16, 2500, 0.35, 0.5, 50)',
      '=KPI_INDEX({1.1, 0.85, 1.5}, {0.5, 0.25, 0.25})',
      '=KPI_INDEX({1.1,0.85,1.5},{50,25,25})',
      "=ROUND(B5*B7/B6,0)*B6+'План продаж (2)'!$B$5",
    ];
    expect(formulas.map((formula) => toUserFormula(formula, 'ru'))).toEqual([
      '=REVERSE_FUNNEL(B33/B27;B28:B29)',
      '=SALES_DECOMPOSE(450000; 0,16; 2500; 0,35; 0,5; 50)',
      '=KPI_INDEX({1,1\\ 0,85\\ 1,5}; {0,5\\ 0,25\\ 0,25})',
      '=KPI_INDEX({1,1\\0,85\\1,5};{50\\25\\25})',
      "=ROUND(B5*B7/B6;0)*B6+'План продаж (2)'!$B$5",
    ]);
    for (const formula of formulas) expect(toEngineFormula(toUserFormula(formula, 'ru'), 'ru')).toBe(formula);
    expect(toUserFormula(formulas[1], 'en')).toBe(formulas[1]);
  });
});

describe('numbers typed into a cell', () => {
  it('in Russian: spaces group thousands, a comma is the decimal point, % divides by 100', () => {
    const read = literalReader('ru');
    expect(read('2 900 000').value).toBe(2900000);
    expect(read('2\u00a0900\u00a0000').value).toBe(2900000);
    expect(read('1 234,5').value).toBe(1234.5);
    expect(read('35%')).toEqual({ value: 0.35, type: 'NUMBER_PERCENT' });
    expect(read('20')).toEqual({ value: 20, type: 'NUMBER_RAW' });
    expect(read('абв')).toEqual({ value: "'абв", type: 'TEXT' });
    expect(read('1.5')).toEqual({ value: "'1.5", type: 'TEXT' });
  });

  it('in English: commas group thousands, a dot is the decimal point', () => {
    const read = literalReader('en');
    expect(read('1,234.5').value).toBe(1234.5);
    expect(read('2,900,000').value).toBe(2900000);
    expect(read('35%').value).toBe(0.35);
  });
});

describe('error messages in the UI’s language', () => {
  it('takes the UI’s half of a ROP Kit message and translates the engine’s own', () => {
    const message = 'ROP_BONUS: «выполнение» должно быть числом | ROP_BONUS: fulfillment must be a number';
    expect(errorMessage('#VALUE!', message, 'ru')).toBe('ROP_BONUS: «выполнение» должно быть числом');
    expect(errorMessage('#VALUE!', message, 'en')).toBe('ROP_BONUS: fulfillment must be a number');
    expect(errorMessage('#NAME?', 'Function name FOO not recognized.', 'ru')).toBe(
      'Нет функции с именем FOO.',
    );
    expect(errorMessage('#ERROR!', 'Parsing error. Expecting token of type --> ArrayRParen', 'ru')).toBe(
      'Формула записана с ошибкой: проверьте скобки, кавычки и разделители.',
    );
    expect(errorMessage('#CYCLE!', undefined, 'ru')).toBe(
      'Циклическая ссылка: формула зависит от самой себя.',
    );
  });
});
