/**
 * Every error rule, declared once (SPEC.md §1; HyperFormula's `error-message.ts` is the model): its
 * kind, when it applies (the reference's note), its message in Russian and English as a function of
 * what was found, and values that trigger it. The argument readers and the formulas make their errors
 * with these rules; the reference (core/errorRules.ts) and the tests read the same declarations, so
 * rewording a message changes one line here and breaks no test.
 */
import { shownDate } from './dates';
import { type ErrorKind, FormulaError } from './errors';
import { ruCount, ruNumber, type RuForms, type Texts } from './lang';

export interface Named {
  name: string;
  ruName: string;
  /** For an item of a list argument: its position, from 1 (`name` is then `weights[2]`). */
  item?: number;
}

/** Where an error is: the formula and the arguments it is about, the one at fault first. */
export interface At {
  fn: string;
  args: readonly Named[];
}

export const at = (fn: string, ...args: Named[]): At => ({ fn, args });

/** One rule as declared; `V` are the values its message shows. Methods, so rules of any `V` share a type. */
export interface RuleDeclaration<V extends unknown[]> {
  kind: ErrorKind;
  /** When it applies, for the reference: what is wrong, without the values found. */
  when(at: At, ...values: Partial<V>): Texts;
  /** The message for the values found: Russian, English. */
  says(at: At, ...values: V): Texts;
  /** Values for rendering the message in the tests, with `n` where a count goes (1, 2, 5, 11, 21…). */
  sample(n: number): V;
  /** For a rule about one argument's value: values that break it, each put in place of a good one. */
  spoilers?(param: Named & { max?: number }): unknown[];
}

export interface Rule<V extends unknown[] = unknown[]> extends RuleDeclaration<V> {
  /** Its key in `rules`, which every error it makes carries (`FormulaError.rule`). */
  id: string;
  error(at: At, ...values: V): FormulaError;
}

/** A value as the user typed it, short enough for a tooltip. */
export function shown(raw: unknown): string {
  const text = String(raw);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/**
 * The argument as a Russian message names it. A neuter noun heads the phrase, so what follows agrees
 * whatever the gender of the argument's own name: «значение „маржа“ не может быть отрицательным».
 */
const ru = ({ fn, args: [arg] }: At) =>
  arg.item === undefined
    ? `${fn}: значение «${arg.ruName}» (${arg.name})`
    : `${fn}: элемент ${arg.item} списка «${arg.ruName}» (${arg.name})`;
const en = ({ fn, args: [arg] }: At) => `${fn}: ${arg.name}`;
/** A list argument as a whole, in Russian: «список „веса“ (weights)». */
const list = ({ fn, args: [arg] }: At) => `${fn}: список «${arg.ruName}» (${arg.name})`;
const quoted = (arg: Named) => `«${arg.ruName}» (${arg.name})`;
const texts = (ruText: string, enText: string): Texts => ({ ru: ruText, en: enText });

const VALUES: RuForms = ['значение', 'значения', 'значений'];
const THRESHOLDS: RuForms = ['порог', 'порога', 'порогов'];
const STAGES: RuForms = ['этап', 'этапа', 'этапов'];
const CONVERSIONS: RuForms = ['конверсия', 'конверсии', 'конверсий'];
const EN_VALUES = (n: number) => `${n} ${n === 1 ? 'value' : 'values'}`;
const EN_THRESHOLDS = (n: number) => `${n} ${n === 1 ? 'threshold' : 'thresholds'}`;

/** What a non-number is, for the message: text is shown, other values are named. */
function whatIs(raw: unknown): Texts {
  if (typeof raw === 'string') return texts(`получен текст «${shown(raw)}»`, `got the text "${shown(raw)}"`);
  if (typeof raw === 'boolean') return texts('получено логическое значение', 'got a TRUE/FALSE value');
  if (Object.prototype.toString.call(raw) === '[object Date]') return texts('получена дата', 'got a date');
  return texts(`получено «${shown(raw)}»`, `got "${shown(raw)}"`);
}

const DATE = new Date(2024, 4, 17);
const SAMPLE_CITY = texts('Москва', 'Moscow');

const declarations = {
  // ── An argument's value (core/arguments.ts) ──────────────────────────────────────────────────────
  notNumber: {
    kind: '#VALUE!',
    when: () =>
      texts(
        'текст, который не читается как число, ИСТИНА/ЛОЖЬ или дата',
        'text that is not a number, TRUE/FALSE or a date',
      ),
    says: (a, raw) => {
      const what = whatIs(raw);
      return texts(`${ru(a)} — ожидается число, ${what.ru}`, `${en(a)} must be a number, ${what.en}`);
    },
    sample: (n) => [`${n} шт`],
    spoilers: () => ['abc', true, DATE],
  } satisfies RuleDeclaration<[raw: unknown]>,
  notDate: {
    kind: '#VALUE!',
    when: () =>
      texts(
        'не дата: текст не в виде 31.12.2026 или 2026-12-31, несуществующая дата (32.01.2026), ИСТИНА/ЛОЖЬ',
        'not a date: text other than 31.12.2026 or 2026-12-31, a date that does not exist (32.01.2026), TRUE/FALSE',
      ),
    says: (a, raw) => {
      if (typeof raw === 'boolean')
        return texts(
          `${ru(a)} — ожидается дата, получено логическое значение`,
          `${en(a)} must be a date, got a TRUE/FALSE value`,
        );
      if (/^\s*(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})\s*$/.test(String(raw)))
        return texts(
          `${ru(a)} — такой даты нет в календаре: «${shown(raw)}»`,
          `${en(a)}: there is no such date as "${shown(raw)}"`,
        );
      return texts(
        `${ru(a)} — ожидается дата (31.12.2026 или 2026-12-31), получено «${shown(raw)}»`,
        `${en(a)} must be a date (31.12.2026 or 2026-12-31), got "${shown(raw)}"`,
      );
    },
    sample: (n) => [`3${n}.01.2026`],
    spoilers: () => ['32.01.2026', 'abc', true],
  } satisfies RuleDeclaration<[raw: unknown]>,
  notText: {
    kind: '#VALUE!',
    when: () =>
      texts('число, ИСТИНА/ЛОЖЬ или дата вместо текста', 'a number, TRUE/FALSE or a date instead of text'),
    says: (a, raw) =>
      texts(
        `${ru(a)} — ожидается текст, получено «${shown(raw)}»`,
        `${en(a)} must be text, got "${shown(raw)}"`,
      ),
    sample: (n) => [n],
    spoilers: () => [123, false, DATE],
  } satisfies RuleDeclaration<[raw: unknown]>,
  unknownChoice: {
    kind: '#VALUE!',
    when: (_, __, options = []) =>
      texts(`не одно из значений: ${options.join(', ')}`, `not one of: ${options.join(', ')}`),
    says: (a, raw, options) =>
      texts(
        `${ru(a)} — неизвестное значение «${shown(raw)}», допустимо: ${options.join(', ')}`,
        `${en(a)}: unknown value "${shown(raw)}", expected one of ${options.join(', ')}`,
      ),
    sample: (n) => [`${n}`, ['retro', 'marginal']],
    spoilers: () => ['zzz'],
  } satisfies RuleDeclaration<[raw: unknown, options: readonly string[]]>,
  notBoolean: {
    kind: '#VALUE!',
    when: () =>
      texts('не ИСТИНА/ЛОЖЬ (подходят и 1/0, «да»/«нет»)', 'not TRUE/FALSE (1/0 and yes/no also do)'),
    says: (a, raw) =>
      texts(
        `${ru(a)} — ожидается ИСТИНА или ЛОЖЬ, получено «${shown(raw)}»`,
        `${en(a)} must be TRUE or FALSE, got "${shown(raw)}"`,
      ),
    sample: (n) => [n],
    spoilers: () => ['maybe', 2],
  } satisfies RuleDeclaration<[raw: unknown]>,
  negative: {
    kind: '#NUM!',
    when: () => texts('отрицательное число', 'a negative number'),
    says: (a, value) =>
      texts(
        `${ru(a)} не может быть отрицательным (${ruNumber(value)})`,
        `${en(a)} cannot be negative (${value})`,
      ),
    sample: (n) => [-n],
    spoilers: () => [-1],
  } satisfies RuleDeclaration<[value: number]>,
  zero: {
    kind: '#DIV/0!',
    when: () => texts('ноль: на него делится расчёт', 'zero: the calculation divides by it'),
    says: (a) =>
      texts(
        `${ru(a)} не может быть нулём: на него делится расчёт`,
        `${en(a)} cannot be zero: the calculation divides by it`,
      ),
    sample: () => [],
    spoilers: () => [0],
  } satisfies RuleDeclaration<[]>,
  aboveOne: {
    kind: '#NUM!',
    when: () => texts('доля больше 1: введите 35% или 0,35', 'a fraction above 1: enter 35% or 0.35'),
    says: (a, value) =>
      texts(
        `${ru(a)} — доля от 0 до 1, получено ${ruNumber(value)}: введите 35% или 0,35`,
        `${en(a)} is a fraction from 0 to 1, got ${value}: enter 35% or 0.35`,
      ),
    sample: (n) => [n + 0.5],
    spoilers: () => [1.5],
  } satisfies RuleDeclaration<[value: number]>,
  notWhole: {
    kind: '#NUM!',
    when: () => texts('не целое число', 'not a whole number'),
    says: (a, value) =>
      texts(
        `${ru(a)} — ожидается целое число, получено ${ruNumber(value)}`,
        `${en(a)} must be a whole number, got ${value}`,
      ),
    sample: (n) => [n + 0.5],
    spoilers: () => [7.5],
  } satisfies RuleDeclaration<[value: number]>,
  aboveMax: {
    kind: '#NUM!',
    when: (_, __, max) => texts(`число больше ${max}`, `a number above ${max}`),
    says: (a, value, max) =>
      texts(
        `${ru(a)} не может быть больше ${ruNumber(max)} (получено ${ruNumber(value)})`,
        `${en(a)} cannot exceed ${max} (got ${value})`,
      ),
    sample: (n) => [n + 1, n],
    spoilers: (param) => [(param.max ?? 0) + 1],
  } satisfies RuleDeclaration<[value: number, max: number]>,
  // ── A list argument as a whole (core/arguments.ts) ───────────────────────────────────────────────
  listEmpty: {
    kind: '#VALUE!',
    when: () => texts('диапазон из одних пустых ячеек', 'a range of blank cells only'),
    says: (a) => texts(`${list(a)} пуст: в диапазоне одни пустые ячейки`, `${en(a)} is an empty list`),
    sample: () => [],
    spoilers: () => [[[''], ['']]],
  } satisfies RuleDeclaration<[]>,
  notAscending: {
    kind: '#NUM!',
    when: () => texts('значения не строго по возрастанию', 'values not strictly ascending'),
    says: (a, position) =>
      texts(
        `${list(a)} — значения должны строго возрастать, а элемент ${position} не больше предыдущего`,
        `${en(a)} must be strictly ascending, broken at item ${position}`,
      ),
    sample: (n) => [n + 1],
    spoilers: () => [[[1], [0.5]]],
  } satisfies RuleDeclaration<[position: number]>,
  // ── Ranges where the formula takes them (core/runner.ts) ─────────────────────────────────────────
  notScalar: {
    kind: '#VALUE!',
    when: () => texts('диапазон вместо одного значения', 'a range where one value is expected'),
    says: (a) =>
      texts(
        `${ru(a)} — ожидается одно значение, а не диапазон`,
        `${en(a)} must be a single value, not a range`,
      ),
    sample: () => [],
  } satisfies RuleDeclaration<[]>,
  rowNeedsColumn: {
    kind: '#VALUE!',
    when: () => texts('диапазон не в один столбец', 'a range that is not one column'),
    says: (a, rows, columns) =>
      texts(
        `${ru(a)} — для построчного расчёта нужен один столбец, а получен диапазон ${rows}×${columns}`,
        `${en(a)} must be a single column to compute row by row, got a ${rows}×${columns} range`,
      ),
    sample: (n) => [n, n + 1],
  } satisfies RuleDeclaration<[rows: number, columns: number]>,
  shapeMismatch: {
    kind: '#VALUE!',
    when: () => texts('диапазоны разного размера', 'ranges of different sizes'),
    says: ({ fn, args: [a, b] }, aShape, bShape) =>
      texts(
        `${fn}: диапазоны «${a.ruName}» (${a.name}, ${aShape}) и «${b.ruName}» (${b.name}, ${bShape}) разного размера`,
        `${fn}: ranges ${a.name} (${aShape}) and ${b.name} (${bShape}) differ in size`,
      ),
    sample: (n) => [`${n}×1`, `${n + 1}×1`],
  } satisfies RuleDeclaration<[aShape: string, bShape: string]>,
  tooManyArguments: {
    kind: '#VALUE!',
    when: () => texts('лишние аргументы', 'too many arguments'),
    says: ({ fn }, max, got) =>
      texts(
        `${fn}: слишком много аргументов (${got}), допустимо не больше ${max}`,
        `${fn}: too many arguments (${got}), at most ${max}`,
      ),
    sample: (n) => [n, n + 1],
  } satisfies RuleDeclaration<[max: number, got: number]>,
  resultOutOfRange: {
    kind: '#NUM!',
    when: () => texts('результат слишком велик для таблицы', 'a result too large for a spreadsheet'),
    says: ({ fn }) =>
      texts(
        `${fn}: результат слишком велик для таблицы — проверьте порядок чисел`,
        `${fn}: the result is too large for a spreadsheet — check the magnitude of the inputs`,
      ),
    sample: () => [],
  } satisfies RuleDeclaration<[]>,
  // ── The formulas' own rules ──────────────────────────────────────────────────────────────────────
  /** A tier scheme (core/tiers.ts): the list of values, then the thresholds. */
  tierValues: {
    kind: '#VALUE!',
    when: ({ args: [values, thresholds] }) =>
      texts(
        `в списке ${quoted(values)} не на одно значение больше, чем в списке ${quoted(thresholds)}`,
        `${values.name} does not have one value more than ${thresholds.name}`,
      ),
    says: (a, thresholds, got) =>
      texts(
        `${list(a)} — на ${ruCount(thresholds, THRESHOLDS)} нужно ${ruCount(thresholds + 1, VALUES)}, получено ${ruCount(got, VALUES)}`,
        `${en(a)} needs ${EN_VALUES(thresholds + 1)} for ${EN_THRESHOLDS(thresholds)}, got ${got}`,
      ),
    sample: (n) => [n, n],
  } satisfies RuleDeclaration<[thresholds: number, got: number]>,
  /** A part and its whole (core/ratios.ts, RUN_RATE). */
  partExceedsWhole: {
    kind: '#NUM!',
    when: ({ args: [part, whole] }) =>
      texts(
        `значение ${quoted(part)} больше, чем значение ${quoted(whole)}`,
        `${part.name} is greater than ${whole.name}`,
      ),
    says: (a) => {
      const [, whole] = a.args;
      return texts(
        `${ru(a)} не может быть больше, чем значение ${quoted(whole)}`,
        `${en(a)} cannot exceed ${whole.name}`,
      );
    },
    sample: () => [],
  } satisfies RuleDeclaration<[]>,
  /** Two shares of one whole (core/pay.ts). */
  sharesAboveOne: {
    kind: '#NUM!',
    when: ({ args: [a, b] }) =>
      texts(
        `«${a.ruName}» и «${b.ruName}» (${a.name} + ${b.name}) вместе больше 100%`,
        `${a.name} + ${b.name} is above 100%`,
      ),
    says: ({ fn, args: [a, b] }) =>
      texts(
        `${fn}: значения ${quoted(a)} и ${quoted(b)} вместе больше 100%`,
        `${fn}: ${a.name} + ${b.name} cannot exceed 100%`,
      ),
    sample: () => [],
  } satisfies RuleDeclaration<[]>,
  /** PLAN_SPLIT: the total, then the step. */
  notMultiple: {
    kind: '#NUM!',
    when: ({ args: [total, step] }) =>
      texts(
        `значение ${quoted(total)} не кратно значению ${quoted(step)}: части не сложились бы в итог`,
        `${total.name} is not a multiple of ${step.name}: the parts could not add up to it`,
      ),
    says: (a, value, stepValue) => {
      const [, step] = a.args;
      return texts(
        `${ru(a)} = ${ruNumber(value)} не делится на значение ${quoted(step)} = ${ruNumber(stepValue)}: части не сложатся в итог`,
        `${en(a)} (${value}) is not a multiple of ${step.name} (${stepValue}): the parts could not add up to it`,
      );
    },
    sample: (n) => [n * 10 + 1, n],
  } satisfies RuleDeclaration<[value: number, stepValue: number]>,
  /** PLAN_SPLIT: the total, then the step. */
  tooManySteps: {
    kind: '#NUM!',
    when: ({ args: [total, step] }) =>
      texts(
        `«${total.ruName}» / «${step.ruName}» (${total.name} / ${step.name}) — частей больше 2^53 (9 007 199 254 740 991): столько не сосчитать точно`,
        `${total.name} / ${step.name} is more than 2^53 (9 007 199 254 740 991) steps: too many to count exactly`,
      ),
    says: (a) => {
      const [, step] = a.args;
      return texts(
        `${ru(a)}, делённое на значение ${quoted(step)}, даёт частей больше 2^53: столько не сосчитать точно, возьмите шаг крупнее`,
        `${en(a)} divided by ${step.name} is more than 2^53 steps: too many to count exactly, use a larger step`,
      );
    },
    sample: () => [],
  } satisfies RuleDeclaration<[]>,
  allZero: {
    kind: '#DIV/0!',
    when: ({ args: [weights] }) =>
      texts(`все значения в списке ${quoted(weights)} нулевые`, `all ${weights.name} are zero`),
    says: (a) =>
      texts(
        `${list(a)} — все значения нулевые, делить не на что`,
        `${en(a)} are all zero: nothing to divide by`,
      ),
    sample: () => [],
  } satisfies RuleDeclaration<[]>,
  noValues: {
    kind: '#DIV/0!',
    when: ({ args: [scores] }) =>
      texts(
        `нет ни одного значения: все ячейки ${quoted(scores)} пустые`,
        `no values: every cell of ${scores.name} is blank`,
      ),
    says: (a) => texts(`${list(a)} — нет ни одного значения`, `${en(a)} has no values`),
    sample: () => [],
  } satisfies RuleDeclaration<[]>,
  /** A funnel's stage counts (core/funnel.ts), one row or column of them. */
  tooFewStages: {
    kind: '#VALUE!',
    when: ({ args: [counts] }) =>
      texts(
        `в воронке ${quoted(counts)} меньше двух этапов`,
        `the funnel (${counts.name}) has fewer than two stages`,
      ),
    says: (a, got) =>
      texts(
        `${list(a)} — в воронке нужно хотя бы 2 этапа, а в ней ${ruCount(got, STAGES)}`,
        `${en(a)} needs at least 2 funnel stages, got ${got}`,
      ),
    sample: (n) => [n],
  } satisfies RuleDeclaration<[got: number]>,
  /** The planned conversions, then the stage counts (core/funnel.ts). */
  stagesMismatch: {
    kind: '#VALUE!',
    when: ({ args: [conversions, counts] }) =>
      texts(
        `конверсий в списке ${quoted(conversions)} не на одну меньше, чем этапов в ${quoted(counts)}`,
        `${conversions.name} is not one fewer than the funnel stages (${counts.name})`,
      ),
    says: (a, stages, got) =>
      texts(
        `${list(a)} — на ${ruCount(stages, STAGES)} воронки нужно ${ruCount(stages - 1, CONVERSIONS)}, а в списке ${ruCount(got, CONVERSIONS)}`,
        `${en(a)} needs ${stages - 1} ${stages - 1 === 1 ? 'conversion' : 'conversions'} for ${stages} funnel stages, got ${got}`,
      ),
    sample: (n) => [n + 1, n],
  } satisfies RuleDeclaration<[stages: number, got: number]>,
  oneFunnel: {
    kind: '#VALUE!',
    when: ({ args: [counts] }) =>
      texts(
        `в ${quoted(counts)} таблица вместо одной воронки (строки или столбца)`,
        `${counts.name} is a table instead of one funnel (a row or a column)`,
      ),
    says: (a, rows, columns) =>
      texts(
        `${list(a)} — нужна одна воронка (строка или столбец), а получен диапазон ${rows}×${columns}; по менеджерам — FUNNEL_BOTTLENECK и FUNNEL_CONVERSION`,
        `${en(a)} must be one funnel (a row or a column), got a ${rows}×${columns} range; per manager use FUNNEL_BOTTLENECK and FUNNEL_CONVERSION`,
      ),
    sample: (n) => [n + 1, n + 2],
  } satisfies RuleDeclaration<[rows: number, columns: number]>,
  /** Two lists that pair up item by item. */
  listsDiffer: {
    kind: '#VALUE!',
    when: ({ args: [a, b] }) =>
      texts(
        `в списках ${quoted(a)} и ${quoted(b)} разное число значений`,
        `${a.name} and ${b.name} differ in length`,
      ),
    says: ({ fn, args: [a, b] }, aLength, bLength) =>
      texts(
        `${fn}: в списке ${quoted(a)} ${ruCount(aLength, VALUES)}, а в списке ${quoted(b)} — ${ruCount(bLength, VALUES)}: нужно поровну`,
        `${fn}: ${a.name} has ${EN_VALUES(aLength)} and ${b.name} has ${bLength}: they must match`,
      ),
    sample: (n) => [n, n + 1],
  } satisfies RuleDeclaration<[aLength: number, bLength: number]>,
  /** A table of one item per row (KPI_INDEX): a row is all filled in or all blank. */
  blankInRow: {
    kind: '#VALUE!',
    when: ({ args: [table] }) =>
      texts(
        `в строке ${quoted(table)} пуста одна из ячеек, а другие заполнены`,
        `a row of ${table.name} is blank in one column and filled in others`,
      ),
    says: (a, row, column) =>
      texts(
        `${list(a)} — в строке ${row} пусто в столбце ${column}: заполните его или очистите всю строку`,
        `${en(a)}: row ${row} is blank in column ${column}: fill it in or clear the whole row`,
      ),
    sample: (n) => [n, n + 1],
  } satisfies RuleDeclaration<[row: number, column: number]>,
  /** RHYTHM_COEFF: a period with a fact needs its plan. */
  blankPlan: {
    kind: '#VALUE!',
    when: ({ args: [plans] }) =>
      texts(
        `у закрытого периода (факт есть) пустой план в ${quoted(plans)}`,
        `a closed period (with a fact) has a blank plan in ${plans.name}`,
      ),
    says: (a, position) =>
      texts(
        `${list(a)} — период ${position} закрыт (факт есть), а план пуст: введите план`,
        `${en(a)}: period ${position} is closed (it has a fact) but its plan is blank: enter the plan`,
      ),
    sample: (n) => [n],
  } satisfies RuleDeclaration<[position: number]>,
  /** KPI_SCORE: the fact, then the cap. */
  needsCap: {
    kind: '#DIV/0!',
    when: ({ args: [fact, cap] }) =>
      texts(
        `значение ${quoted(fact)} = 0 при направлении «меньше» без значения ${quoted(cap)}`,
        `${fact.name} is 0 with direction "less" and no ${cap.name}`,
      ),
    says: (a) => {
      const [, cap] = a.args;
      return texts(
        `${ru(a)} = 0 при направлении «меньше»: план делится на факт — задайте значение ${quoted(cap)}, например 150%`,
        `${en(a)} is 0 with direction "less": the plan is divided by the fact — give ${cap.name}, e.g. 150%`,
      );
    },
    sample: () => [],
  } satisfies RuleDeclaration<[]>,
  /** ABC_CLASS: two boundaries in order. */
  sharesOutOfOrder: {
    kind: '#NUM!',
    when: ({ args: [a, b] }) =>
      texts(`значение ${quoted(a)} больше, чем значение ${quoted(b)}`, `${a.name} is above ${b.name}`),
    says: ({ fn, args: [a, b] }) =>
      texts(
        `${fn}: значение ${quoted(a)} больше, чем значение ${quoted(b)}: граница A должна быть не выше границы B`,
        `${fn}: ${a.name} is above ${b.name}: the A boundary cannot be above the B one`,
      ),
    sample: () => [],
  } satisfies RuleDeclaration<[]>,
  /** The production calendar (core/calendar/params.ts): the date argument it does not cover. */
  outsideCalendar: {
    kind: '#N/A',
    when: (_, __, firstYear, lastYear) =>
      texts(
        `дата вне производственного календаря (${firstYear}–${lastYear} годы)`,
        `a date outside the production calendar (${firstYear}–${lastYear})`,
      ),
    says: (a, serial, firstYear, lastYear) =>
      texts(
        `${ru(a)}: ${shownDate(serial)} — вне производственного календаря, он есть за ${firstYear}–${lastYear} годы; календарь следующего года утверждается постановлением Правительства осенью предыдущего года`,
        `${en(a)}: ${shownDate(serial)} is outside the production calendar, which covers ${firstYear}–${lastYear}; a later year's calendar is set by a Government decree in the autumn before it`,
      ),
    sample: (n) => [46000 + n, 2013, 2027],
  } satisfies RuleDeclaration<[serial: number, firstYear: number, lastYear: number]>,
  resultOutsideCalendar: {
    kind: '#N/A',
    when: (_, firstYear, lastYear) =>
      texts(
        `искомая дата вне производственного календаря (${firstYear}–${lastYear} годы)`,
        `the date sought is outside the production calendar (${firstYear}–${lastYear})`,
      ),
    says: ({ fn }, firstYear, lastYear) =>
      texts(
        `${fn}: искомая дата вне производственного календаря, он есть за ${firstYear}–${lastYear} годы; календарь следующего года утверждается постановлением Правительства осенью предыдущего года`,
        `${fn}: the date sought is outside the production calendar, which covers ${firstYear}–${lastYear}; a later year's calendar is set by a Government decree in the autumn before it`,
      ),
    sample: () => [2013, 2027],
  } satisfies RuleDeclaration<[firstYear: number, lastYear: number]>,
  /** The extra days off, then the extra working days. */
  dateInBothLists: {
    kind: '#VALUE!',
    when: ({ args: [a, b] }) =>
      texts(
        `одна и та же дата и в ${quoted(a)}, и в ${quoted(b)}`,
        `the same date in both ${a.name} and ${b.name}`,
      ),
    says: ({ fn, args: [a, b] }, serial) =>
      texts(
        `${fn}: дата ${shownDate(serial)} есть и в списке ${quoted(a)}, и в списке ${quoted(b)} — оставьте её в одном списке`,
        `${fn}: ${shownDate(serial)} is in both ${a.name} and ${b.name}: keep it in one list`,
      ),
    sample: (n) => [46000 + n],
  } satisfies RuleDeclaration<[serial: number]>,
  /** The period's start, then its end. */
  noWorkdaysInPeriod: {
    kind: '#DIV/0!',
    when: () => texts('в периоде нет ни одного рабочего дня', 'the period has no working day'),
    says: ({ fn }, start, end) =>
      texts(
        `${fn}: в периоде ${shownDate(start)}–${shownDate(end)} нет ни одного рабочего дня — план не на что распределить`,
        `${fn}: the period ${shownDate(start)}–${shownDate(end)} has no working day to spread the plan over`,
      ),
    sample: (n) => [46000, 46000 + n],
  } satisfies RuleDeclaration<[start: number, end: number]>,
  /** The salary table (core/data/salaries.ts): the known cities are listed. */
  unknownRegion: {
    kind: '#N/A',
    when: () =>
      texts(
        'города нет в таблице зарплат (сообщение перечисляет известные)',
        'the city is not in the salary table (the message lists the known ones)',
      ),
    says: ({ fn }, region, known) =>
      texts(
        `${fn}: регион «${shown(region)}» не найден в таблице зарплат; есть: ${known.map((city) => city.ru).join(', ')}`,
        `${fn}: region "${shown(region)}" is not in the salary table; known: ${known.map((city) => city.en).join(', ')}`,
      ),
    sample: (n) => [`Город ${n}`, [SAMPLE_CITY]],
  } satisfies RuleDeclaration<[region: string, known: readonly Texts[]]>,
  unknownSegment: {
    kind: '#N/A',
    when: () =>
      texts('сегмент не «агентства» и не «компании»', 'the segment is neither agencies nor companies'),
    says: ({ fn }, segment) =>
      texts(
        `${fn}: сегмент «${shown(segment)}» не найден; есть: агентства, компании`,
        `${fn}: segment "${shown(segment)}" is not known; use agencies or companies`,
      ),
    sample: (n) => [`Сегмент ${n}`],
  } satisfies RuleDeclaration<[segment: string]>,
  /** The salary table publishes only a median for some cities and segments. */
  medianOnly: {
    kind: '#N/A',
    when: (_, city = SAMPLE_CITY, median = 0) => {
      // A plain space: the reference is Markdown, whose table cells fold a no-break space anyway.
      const sum = median.toLocaleString('ru-RU').replace(/\s/g, ' ');
      return texts(
        `${city.ru}, агентства без stat = "median": в источнике для них только медиана (${sum} ₽), диапазонов нет`,
        `${city.en}, agencies without stat = "median": the source gives only their median (${sum} RUB), no bands`,
      );
    },
    says: ({ fn }, city, median) =>
      texts(
        `${fn}: ${city.ru}, агентства — в источнике только медиана (${median.toLocaleString('ru-RU')} ₽), диапазонов нет: используйте stat = "median"`,
        `${fn}: ${city.en}, agencies: the source gives only a median (${median} RUB), no bands — use stat = "median"`,
      ),
    sample: (n) => [SAMPLE_CITY, n * 1000],
  } satisfies RuleDeclaration<[city: Texts, median: number]>,
};

type Declared = typeof declarations;
export type RuleId = keyof Declared;
type ValuesOf<D> = D extends { says(at: At, ...values: infer V): Texts } ? V : never;

/**
 * A rule made from its declaration. The rules every formula shares are declared above; a rule only one
 * formula has may be declared in that formula's module, and the reference and the tests read it there
 * through the formula's `errors`.
 */
export function defineRule<V extends unknown[]>(id: string, declared: RuleDeclaration<V>): Rule<V> {
  return {
    ...declared,
    id,
    error(where: At, ...values: V): FormulaError {
      const text = declared.says(where, ...values);
      return new FormulaError(
        declared.kind,
        `${text.ru} | ${text.en}`,
        id,
        where.args.map((arg) => arg.name),
      );
    },
  };
}

/** Every shared rule by id. */
export const rules = Object.fromEntries(
  Object.entries(declarations).map(([id, declared]) => [
    id,
    defineRule(id, declared as unknown as RuleDeclaration<unknown[]>),
  ]),
) as { readonly [K in RuleId]: Rule<ValuesOf<Declared[K]>> & { id: K } };

/**
 * One of a formula's own rules (`FormulaSpec.errors`): a rule about some of its arguments, made once in
 * the formula's module, which the formula's maths gives and the reference and the tests read.
 */
export interface FormulaRule<V extends unknown[] = unknown[]> {
  rule: Rule<V>;
  at: At;
  /** Arguments that give this error: the formula's example with these, by parameter name, put in. */
  trigger: Readonly<Record<string, unknown>>;
  /** Values the reference's note shows, where it shows any (the city that has only a median). */
  noted?: Partial<V>;
  error(...values: V): FormulaError;
}

export function formulaRule<V extends unknown[]>(
  rule: Rule<V>,
  where: At,
  trigger: Readonly<Record<string, unknown>>,
  noted?: Partial<V>,
): FormulaRule<V> {
  return { rule, at: where, trigger, noted, error: (...values) => rule.error(where, ...values) };
}
