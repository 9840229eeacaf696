/**
 * Every error message, in one place, in Russian and English (SPEC.md §1: name the argument, say what
 * is expected). Formula modules add messages of their own only for their domain (regions, tiers).
 */
import { shownDate } from './dates';
import { bilingual, type FormulaError } from './errors';
import { counted } from './plural';

export interface Named {
  name: string;
  ruName: string;
}

type Arg = { fn: string; param: Named };

const ru = ({ fn, param }: Arg) => `${fn}: «${param.ruName}» (${param.name})`;
const en = ({ fn, param }: Arg) => `${fn}: ${param.name}`;

/** A value as the user typed it, short enough for a tooltip. */
export function shown(raw: unknown): string {
  const text = String(raw);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

export const messages = {
  notNumber: (a: Arg, raw: unknown): FormulaError =>
    bilingual(
      '#VALUE!',
      `${ru(a)} — ожидается число, получен текст «${shown(raw)}»`,
      `${en(a)} must be a number, got the text "${shown(raw)}"`,
    ),
  logical: (a: Arg): FormulaError =>
    bilingual(
      '#VALUE!',
      `${ru(a)} — ожидается число, получено логическое значение`,
      `${en(a)} must be a number, got a TRUE/FALSE value`,
    ),
  date: (a: Arg): FormulaError =>
    bilingual(
      '#VALUE!',
      `${ru(a)} — ожидается число, получена дата`,
      `${en(a)} must be a number, got a date`,
    ),
  notScalar: (a: Arg): FormulaError =>
    bilingual(
      '#VALUE!',
      `${ru(a)} — ожидается одно значение, а не диапазон`,
      `${en(a)} must be a single value, not a range`,
    ),
  notText: (a: Arg, raw: unknown): FormulaError =>
    bilingual(
      '#VALUE!',
      `${ru(a)} — ожидается текст, получено «${shown(raw)}»`,
      `${en(a)} must be text, got "${shown(raw)}"`,
    ),
  notBoolean: (a: Arg, raw: unknown): FormulaError =>
    bilingual(
      '#VALUE!',
      `${ru(a)} — ожидается ИСТИНА или ЛОЖЬ, получено «${shown(raw)}»`,
      `${en(a)} must be TRUE or FALSE, got "${shown(raw)}"`,
    ),
  unknownChoice: (a: Arg, raw: unknown, options: readonly string[]): FormulaError =>
    bilingual(
      '#VALUE!',
      `${ru(a)} — неизвестное значение «${shown(raw)}», допустимо: ${options.join(', ')}`,
      `${en(a)}: unknown value "${shown(raw)}", expected one of ${options.join(', ')}`,
    ),
  negative: (a: Arg, value: number): FormulaError =>
    bilingual(
      '#NUM!',
      `${ru(a)} не может быть отрицательным (${value})`,
      `${en(a)} cannot be negative (${value})`,
    ),
  zero: (a: Arg): FormulaError =>
    bilingual(
      '#DIV/0!',
      `${ru(a)} не может быть нулём: на него делится расчёт`,
      `${en(a)} cannot be zero: the calculation divides by it`,
    ),
  fractionAboveOne: (a: Arg, value: number): FormulaError =>
    bilingual(
      '#NUM!',
      `${ru(a)} — доля от 0 до 1, получено ${value}: введите 35% или 0,35`,
      `${en(a)} is a fraction from 0 to 1, got ${value}: enter 35% or 0.35`,
    ),
  notWhole: (a: Arg, value: number): FormulaError =>
    bilingual(
      '#NUM!',
      `${ru(a)} — ожидается целое число, получено ${value}`,
      `${en(a)} must be a whole number, got ${value}`,
    ),
  aboveMax: (a: Arg, value: number, max: number): FormulaError =>
    bilingual(
      '#NUM!',
      `${ru(a)} не может быть больше ${max} (получено ${value})`,
      `${en(a)} cannot exceed ${max} (got ${value})`,
    ),
  listEmpty: (a: Arg): FormulaError =>
    bilingual('#VALUE!', `${ru(a)} — пустой список`, `${en(a)} is an empty list`),
  listNotAscending: (a: Arg, position: number): FormulaError =>
    bilingual(
      '#NUM!',
      `${ru(a)} — пороги должны строго возрастать, нарушено на элементе ${position}`,
      `${en(a)} must be strictly ascending, broken at item ${position}`,
    ),
  listLength: (fn: string, list: Named, expected: number, got: number, because: Named): FormulaError =>
    bilingual(
      '#VALUE!',
      `${fn}: «${list.ruName}» (${list.name}) — нужно ${expected} значений на ${expected - 1} значений «${because.ruName}», получено ${got}`,
      `${fn}: ${list.name} needs ${expected} values for ${expected - 1} ${because.name}, got ${got}`,
    ),
  shapeMismatch: (fn: string, a: Named, aShape: string, b: Named, bShape: string): FormulaError =>
    bilingual(
      '#VALUE!',
      `${fn}: диапазоны «${a.ruName}» (${a.name}, ${aShape}) и «${b.ruName}» (${b.name}, ${bShape}) разного размера`,
      `${fn}: ranges ${a.name} (${aShape}) and ${b.name} (${bShape}) differ in size`,
    ),
  rowNeedsColumn: (a: Arg, rows: number, columns: number): FormulaError =>
    bilingual(
      '#VALUE!',
      `${ru(a)} — для построчного расчёта нужен один столбец, получен диапазон ${rows}×${columns}`,
      `${en(a)} must be a single column to compute row by row, got a ${rows}×${columns} range`,
    ),
  tooManyArguments: (fn: string, max: number, got: number): FormulaError =>
    bilingual(
      '#VALUE!',
      `${fn}: слишком много аргументов (${got}), допустимо ${max}`,
      `${fn}: too many arguments (${got}), at most ${max}`,
    ),
  partExceedsWhole: (fn: string, part: Named, whole: Named): FormulaError =>
    bilingual(
      '#NUM!',
      `${fn}: «${part.ruName}» (${part.name}) не может быть больше, чем «${whole.ruName}» (${whole.name})`,
      `${fn}: ${part.name} cannot exceed ${whole.name}`,
    ),
  sumAboveOne: (fn: string, a: Named, b: Named): FormulaError =>
    bilingual(
      '#NUM!',
      `${fn}: «${a.ruName}» (${a.name}) и «${b.ruName}» (${b.name}) вместе больше 100%`,
      `${fn}: ${a.name} + ${b.name} cannot exceed 100%`,
    ),
  notMultiple: (a: Arg, value: number, step: Named, stepValue: number): FormulaError =>
    bilingual(
      '#NUM!',
      `${ru(a)} = ${value} не делится на «${step.ruName}» (${step.name}) = ${stepValue}: части не сложатся в итог`,
      `${en(a)} (${value}) is not a multiple of ${step.name} (${stepValue}): the parts could not add up to it`,
    ),
  tooManySteps: (a: Arg, step: Named): FormulaError =>
    bilingual(
      '#NUM!',
      `${ru(a)}, делённый на «${step.ruName}» (${step.name}), — больше 2^53 частей: столько не сосчитать точно, возьмите шаг крупнее`,
      `${en(a)} divided by ${step.name} is more than 2^53 steps: too many to count exactly, use a larger step`,
    ),
  allZero: (a: Arg): FormulaError =>
    bilingual(
      '#DIV/0!',
      `${ru(a)} — все значения нулевые, делить не на что`,
      `${en(a)} are all zero: nothing to divide by`,
    ),
  noValues: (a: Arg): FormulaError =>
    bilingual('#DIV/0!', `${ru(a)} — нет ни одного значения`, `${en(a)} has no values`),
  resultOutOfRange: (fn: string): FormulaError =>
    bilingual(
      '#NUM!',
      `${fn}: результат слишком велик для таблицы — проверьте порядок чисел`,
      `${fn}: the result is too large for a spreadsheet — check the magnitude of the inputs`,
    ),
  stagesMismatch: (fn: string, list: Named, stages: number, got: number): FormulaError =>
    bilingual(
      '#VALUE!',
      `${fn}: «${list.ruName}» (${list.name}) — на ${counted(stages, ['этап', 'этапа', 'этапов'])} воронки нужно ${counted(stages - 1, ['конверсия', 'конверсии', 'конверсий'])}, получено ${got}`,
      `${fn}: ${list.name} needs ${stages - 1} conversions for ${stages} funnel stages, got ${got}`,
    ),
  tooFewStages: (a: Arg, got: number): FormulaError =>
    bilingual(
      '#VALUE!',
      `${ru(a)} — в воронке нужно хотя бы 2 этапа, получено ${got}`,
      `${en(a)} needs at least 2 funnel stages, got ${got}`,
    ),
  oneFunnel: (a: Arg, rows: number, columns: number): FormulaError =>
    bilingual(
      '#VALUE!',
      `${ru(a)} — нужна одна воронка (строка или столбец), получен диапазон ${rows}×${columns}; по менеджерам — FUNNEL_BOTTLENECK и FUNNEL_CONVERSION`,
      `${en(a)} must be one funnel (a row or a column), got a ${rows}×${columns} range; per manager use FUNNEL_BOTTLENECK and FUNNEL_CONVERSION`,
    ),
  listsDiffer: (fn: string, a: Named, aLength: number, b: Named, bLength: number): FormulaError =>
    bilingual(
      '#VALUE!',
      `${fn}: в «${a.ruName}» (${a.name}) ${counted(aLength, ['значение', 'значения', 'значений'])}, а в «${b.ruName}» (${b.name}) — ${bLength}: нужно поровну`,
      `${fn}: ${a.name} has ${aLength} values and ${b.name} has ${bLength}: they must match`,
    ),
  blankInRow: (a: Arg, row: number, column: number): FormulaError =>
    bilingual(
      '#VALUE!',
      `${ru(a)} — в строке ${row} пусто в столбце ${column}: заполните его или очистите всю строку`,
      `${en(a)}: row ${row} is blank in column ${column}: fill it in or clear the whole row`,
    ),
  blankPlan: (a: Arg, position: number): FormulaError =>
    bilingual(
      '#VALUE!',
      `${ru(a)} — период ${position} закрыт (факт есть), а план пуст: введите план`,
      `${en(a)}: period ${position} is closed (it has a fact) but its plan is blank: enter the plan`,
    ),
  needsCap: (a: Arg, cap: Named): FormulaError =>
    bilingual(
      '#DIV/0!',
      `${ru(a)} = 0 при направлении «меньше»: план делится на факт — задайте «${cap.ruName}» (${cap.name}), например 150%`,
      `${en(a)} is 0 with direction "less": the plan is divided by the fact — give ${cap.name}, e.g. 150%`,
    ),
  sharesOutOfOrder: (fn: string, a: Named, b: Named): FormulaError =>
    bilingual(
      '#NUM!',
      `${fn}: «${a.ruName}» (${a.name}) больше, чем «${b.ruName}» (${b.name}): граница A должна быть не выше границы B`,
      `${fn}: ${a.name} is above ${b.name}: the A boundary cannot be above the B one`,
    ),
  notDate: (a: Arg, raw: unknown): FormulaError =>
    /^\s*(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})\s*$/.test(String(raw))
      ? bilingual(
          '#VALUE!',
          `${ru(a)} — такой даты нет в календаре: «${shown(raw)}»`,
          `${en(a)}: there is no such date as "${shown(raw)}"`,
        )
      : bilingual(
          '#VALUE!',
          `${ru(a)} — ожидается дата (31.12.2026 или 2026-12-31), получено «${shown(raw)}»`,
          `${en(a)} must be a date (31.12.2026 or 2026-12-31), got "${shown(raw)}"`,
        ),
  dateLogical: (a: Arg): FormulaError =>
    bilingual(
      '#VALUE!',
      `${ru(a)} — ожидается дата, получено логическое значение`,
      `${en(a)} must be a date, got a TRUE/FALSE value`,
    ),
  outsideCalendar: (a: Arg, serial: number, firstYear: number, lastYear: number): FormulaError =>
    bilingual(
      '#N/A',
      `${ru(a)}: ${shownDate(serial)} — вне производственного календаря, он есть за ${firstYear}–${lastYear} годы; календарь следующего года утверждается постановлением Правительства осенью предыдущего года`,
      `${en(a)}: ${shownDate(serial)} is outside the production calendar, which covers ${firstYear}–${lastYear}; a later year's calendar is set by a Government decree in the autumn before it`,
    ),
  resultOutsideCalendar: (fn: string, firstYear: number, lastYear: number): FormulaError =>
    bilingual(
      '#N/A',
      `${fn}: искомая дата вне производственного календаря, он есть за ${firstYear}–${lastYear} годы; календарь следующего года утверждается постановлением Правительства осенью предыдущего года`,
      `${fn}: the date sought is outside the production calendar, which covers ${firstYear}–${lastYear}; a later year's calendar is set by a Government decree in the autumn before it`,
    ),
  dateInBothLists: (fn: string, a: Named, b: Named, serial: number): FormulaError =>
    bilingual(
      '#VALUE!',
      `${fn}: дата ${shownDate(serial)} есть и в «${a.ruName}» (${a.name}), и в «${b.ruName}» (${b.name}) — оставьте её в одном списке`,
      `${fn}: ${shownDate(serial)} is in both ${a.name} and ${b.name}: keep it in one list`,
    ),
  noWorkdaysInPeriod: (fn: string, start: number, end: number): FormulaError =>
    bilingual(
      '#DIV/0!',
      `${fn}: в периоде ${shownDate(start)}–${shownDate(end)} нет ни одного рабочего дня — план не на что распределить`,
      `${fn}: the period ${shownDate(start)}–${shownDate(end)} has no working day to spread the plan over`,
    ),
};
