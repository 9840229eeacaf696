/**
 * What the user types and reads, in the UI's language, against what the engine holds. The engine
 * keeps every formula in English syntax (templates, the wizard and storage write it, whatever the
 * language); a Russian user types and reads Russian syntax as Russian Google Sheets has it — English
 * function names, `;` between arguments, a decimal comma, `;` between the rows of an array and `\`
 * between its columns. Numbers typed into a cell are read by HyperFormula configured for the language.
 */
import { type CellValueDetailedType, HyperFormula, type RawCellContent } from 'hyperformula';
import type { Lang } from '../ui/language';

// A string literal, a quoted sheet name, a name or cell reference (letters first: `B5`, `KPI.X`), a
// number with the source syntax's decimal separator, or any single character.
const tokens = (decimal: '.' | ',') =>
  new RegExp(
    `"(?:[^"]|"")*"|'(?:[^']|'')*'|[A-Za-z_А-Яа-яЁё][\\w.А-Яа-яЁё]*|\\d+(?:\\${decimal}\\d+)?|[\\s\\S]`,
    'g',
  );
const ENGLISH = tokens('.');
const RUSSIAN = tokens(',');

/** Rewrites separators outside strings, names and references; `inArray` tells whether inside `{…}`. */
function rewrite(formula: string, pattern: RegExp, map: (token: string, inArray: boolean) => string): string {
  let depth = 0;
  return formula.replace(pattern, (token) => {
    if (token === '{') depth++;
    if (token === '}') depth = Math.max(0, depth - 1);
    return map(token, depth > 0);
  });
}

/** An English-syntax formula as a user of `lang` writes it: `=ROP_BONUS(1.1, B2)` → `=ROP_BONUS(1,1; B2)`. */
export function toUserFormula(formula: string, lang: Lang): string {
  if (lang === 'en') return formula;
  return rewrite(formula, ENGLISH, (token, inArray) => {
    if (/^\d+\.\d+$/.test(token)) return token.replace('.', ',');
    if (token === ',') return inArray ? '\\' : ';';
    return token;
  });
}

/** A formula typed in `lang`'s syntax, in the engine's English syntax. */
export function toEngineFormula(formula: string, lang: Lang): string {
  if (lang === 'en') return formula;
  return rewrite(formula, RUSSIAN, (token, inArray) => {
    if (/^\d+,\d+$/.test(token)) return token.replace(',', '.');
    if (token === ';') return inArray ? ';' : ',';
    if (token === '\\' && inArray) return ',';
    return token;
  });
}

/** What a non-formula entry is: the value to store and how it was written (percent, currency, date…). */
export interface Literal {
  value: RawCellContent;
  type: CellValueDetailedType | 'TEXT';
}

/**
 * Reads what a user types into a cell the way a spreadsheet in that language does: `1 234,5`,
 * `2 900 000`, `35%`, `450 000 ₽`, `31.12.2026` in Russian; `1,234.5`, `35%`, `12/31/2026` in English.
 * HyperFormula parses it, configured for the language (its argument separator is irrelevant here and
 * set apart from the thousands separator).
 */
export function literalReader(lang: Lang): (text: string) => Literal {
  const reader = HyperFormula.buildEmpty({
    licenseKey: 'gpl-v3',
    functionArgSeparator: ';',
    ...(lang === 'ru'
      ? {
          decimalSeparator: ',',
          thousandSeparator: ' ',
          dateFormats: ['DD.MM.YYYY', 'DD.MM.YY'],
          currencySymbol: ['₽', 'руб.', 'р.'],
        }
      : { decimalSeparator: '.', thousandSeparator: ',', dateFormats: ['MM/DD/YYYY', 'YYYY-MM-DD'] }),
  });
  const sheet = reader.getSheetId(reader.addSheet('read'))!;
  const at = { sheet, row: 0, col: 0 };
  return (text) => {
    // Exports from 1C and CRMs group thousands with no-break and thin spaces.
    reader.setCellContents(at, text.replace(/[\u00a0\u202f\u2009]/g, ' ').trim());
    const value = reader.getCellValue(at);
    if (typeof value === 'number' || typeof value === 'boolean')
      return { value, type: reader.getCellValueDetailedType(at) };
    return { value: `'${text}`, type: 'TEXT' };
  };
}

const ENGINE_MESSAGES_RU: readonly [RegExp, string][] = [
  [/^Parsing error[\s\S]*$/, 'Формула записана с ошибкой: проверьте скобки, кавычки и разделители.'],
  [/^Function name (.+) not recognized\.$/, 'Нет функции с именем $1.'],
  [/^Named expression (.+) not recognized\.$/, 'Нет имени $1: ни функции, ни именованного диапазона.'],
  [/^Sheet does not exist\.$/, 'Такого листа нет.'],
  [/^No space for array result\.$/, 'Результату не хватает места: ячейки, куда он выводится, не пусты.'],
  [/^Wrong number of arguments\.$/, 'Неверное число аргументов.'],
  [/^Division by zero\.?$/, 'Деление на ноль.'],
  [/^Value cannot be coerced to number\.$/, 'Значение не является числом.'],
  [/^Number argument expected\.$/, 'Нужно число.'],
  [/^Wrong type of argument\.$/, 'Аргумент неверного типа.'],
  [/^Cell range not allowed\.$/, 'Здесь нужна одна ячейка, а не диапазон.'],
  [/^Array dimensions are not compatible\.$/, 'Размеры массивов не совпадают.'],
  [/^Index out of bounds\.$/, 'Номер за пределами диапазона.'],
  [/^Value not found\.$/, 'Значение не найдено.'],
  [/^Address is not correct\.$/, 'Неверный адрес ячейки.'],
  [/^Resulting reference is out of the sheet\.$/, 'Ссылка выходит за пределы листа.'],
  [/^Empty function argument\.$/, 'Пустой аргумент функции.'],
  [/^NaN or infinite value encountered\.$/, 'Результат не является конечным числом.'],
  [/^Value too large\.$/, 'Слишком большое значение.'],
  [/^Value too small\.$/, 'Слишком маленькое значение.'],
  [/^Invalid date\.$/, 'Неверная дата.'],
];

const CODE_MESSAGES: Record<string, { ru: string; en: string }> = {
  '#CYCLE!': { ru: 'Циклическая ссылка: формула зависит от самой себя.', en: 'Circular reference.' },
  '#DIV/0!': { ru: 'Деление на ноль.', en: 'Division by zero.' },
  '#REF!': { ru: 'Ссылка на несуществующую ячейку или лист.', en: 'A reference to nothing.' },
};

/**
 * An error's message in the UI's language. ROP Kit's messages carry both languages, «RU | EN»;
 * HyperFormula's own are English and are translated here.
 */
export function errorMessage(code: string, message: string | undefined, lang: Lang): string {
  const text = message?.trim() || CODE_MESSAGES[code]?.[lang] || '';
  const halves = text.split(' | ');
  if (halves.length === 2) return lang === 'ru' ? halves[0] : halves[1];
  if (lang === 'en') return text;
  const known = ENGINE_MESSAGES_RU.find(([pattern]) => pattern.test(text));
  if (known) return text.replace(known[0], known[1]);
  return CODE_MESSAGES[code]?.ru ?? (text ? `Ошибка вычисления: ${text}` : '');
}
