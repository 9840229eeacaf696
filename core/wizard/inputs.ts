/**
 * The decomposition wizard's inputs (SPEC.md §3): goal, economics, funnel, team. Every field is read
 * from what the user typed, with the same number reading as the formulas ("450 000", "16%", "0,35"),
 * and checked with a message that says what to enter.
 */
import { calendar, isCovered } from '../calendar/index';
import { parseDateText, partsOf, serialOf } from '../dates';
import { localeOf } from '../lang';
import { parseNumberText } from '../values';
import type { Lang } from '../templates/model';
import { applies, FIELDS, type FieldSpec, type Reading, type TextField } from './fields';

export interface Stage {
  name: string;
  /** The share of this stage that reaches the next one. */
  conversion: number;
}

export interface WizardInputs {
  goal: 'profit' | 'revenue';
  target: number;
  /** The month planned for: the serial of its first day; its working days come from the calendar. */
  month: number;
  /** Profit share of revenue; not asked for a revenue goal. */
  margin: number;
  avgCheck: number;
  /** Funnel stages top to bottom, each with its conversion to the next; the last leads to deals. */
  stages: Stage[];
  /** The name of the bottom of the funnel. */
  result: string;
  managers: number;
  /** Daily activity of the top stage per manager (calls a day). */
  perDay: number;
}

/** The first day of the month after `today` (a serial day): the month a head of sales plans next. */
export function nextMonth(today: number): number {
  const { year, month } = partsOf(today);
  const next = month === 12 ? serialOf(year + 1, 1, 1) : serialOf(year, month + 1, 1);
  // Past the calendar's last year, the last month it covers.
  return isCovered(next) ? next : serialOf(partsOf(calendar().last).year, 12, 1);
}

/** Today as a serial day, in the runtime's time zone. */
const today = () => {
  const now = new Date();
  return serialOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
};

/**
 * The seed's example: 450 000 ₽ at 16%, check 2 500, calls → leads 50%, leads → deals 35%, 50 calls a
 * day, for next month (`month`, a serial of its first day, when a test needs a fixed one).
 */
export function defaultInputs(lang: Lang, month = nextMonth(today())): WizardInputs {
  const ru = lang === 'ru';
  return {
    goal: 'profit',
    target: 450_000,
    month,
    margin: 0.16,
    avgCheck: 2500,
    stages: [
      { name: ru ? 'Звонки' : 'Calls', conversion: 0.5 },
      { name: ru ? 'Лиды' : 'Leads', conversion: 0.35 },
    ],
    result: ru ? 'Сделки' : 'Deals',
    managers: 1,
    perDay: 50,
  };
}

/** What the form holds: every field as typed. */
export interface WizardForm {
  goal: string;
  target: string;
  month: string;
  margin: string;
  avgCheck: string;
  stages: { name: string; conversion: string }[];
  result: string;
  managers: string;
  perDay: string;
}

type Rule = Exclude<Reading, 'name' | 'month'>;

const MESSAGES: Record<Rule | 'number' | 'name', Record<Lang, string>> = {
  number: {
    ru: 'Введите число, например 450 000 или 2 500,50',
    en: 'Enter a number, e.g. 450,000 or 2,500.50',
  },
  positive: { ru: 'Нужно число больше нуля', en: 'Must be greater than zero' },
  fraction: {
    ru: 'Доля от 0 до 100%: введите 35% или 0,35',
    en: 'A share from 0 to 100%: enter 35% or 0.35',
  },
  whole: { ru: 'Нужно целое число больше нуля', en: 'Must be a whole number above zero' },
  name: { ru: 'Назовите этап', en: 'Name the stage' },
};

const monthMessage = (lang: Lang) => {
  const [first, last] = [partsOf(calendar().first).year, partsOf(calendar().last).year];
  return lang === 'ru'
    ? `Месяц в виде 12.2026 (календарь есть на ${first}–${last} годы)`
    : `A month such as 12.2026 (the calendar covers ${first}–${last})`;
};

const MONTH = /^(\d{1,2})[./](\d{4})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** "12.2026", "2026-12" or any date of the month ("15.12.2026") → the serial of its first day. */
export function readMonth(text: string, lang: Lang): number | { error: string } {
  const trimmed = text.trim();
  const short = MONTH.exec(trimmed);
  const iso = ISO_MONTH.exec(trimmed);
  const date = parseDateText(trimmed);
  const [year, month] = short
    ? [Number(short[2]), Number(short[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2])]
      : date !== undefined
        ? [partsOf(date).year, partsOf(date).month]
        : [NaN, NaN];
  const first = month >= 1 && month <= 12 ? serialOf(year, month, 1) : NaN;
  return Number.isFinite(first) && isCovered(first) ? first : { error: monthMessage(lang) };
}

/** A month as the form shows it: "12.2026". */
export const shownMonth = (serial: number): string => {
  const { year, month } = partsOf(serial);
  return `${String(month).padStart(2, '0')}.${year}`;
};

/**
 * A typed number checked by `rule`, or the message to show beside the field. Read as the UI's
 * language writes numbers: in English "450,000" is four hundred and fifty thousand (commas group
 * thousands); in Russian "450 000" and "0,35" (SPEC.md §1's reading, as the formulas take text).
 */
export function readField(text: string, rule: Rule, lang: Lang): number | { error: string } {
  const value = parseNumberText(lang === 'en' ? text.trim().replace(/,/g, '') : text.trim());
  if (value === undefined) return { error: MESSAGES.number[lang] };
  if (!(value > 0)) return { error: MESSAGES[rule][lang] };
  if (rule === 'fraction' && value > 1) return { error: MESSAGES.fraction[lang] };
  if (rule === 'whole' && !Number.isInteger(value)) return { error: MESSAGES.whole[lang] };
  return value;
}

const textFields = Object.entries(FIELDS) as [TextField, FieldSpec][];

export function toForm(inputs: WizardInputs, lang: Lang): WizardForm {
  const number = (value: number) => value.toLocaleString(localeOf(lang), { maximumFractionDigits: 6 });
  const percent = (value: number) => `${number(Math.round(value * 1e6) / 1e4)}%`;
  const shown = (value: number | string, reading: Reading) =>
    typeof value === 'string'
      ? value
      : reading === 'fraction'
        ? percent(value)
        : reading === 'month'
          ? shownMonth(value)
          : number(value);
  return {
    goal: inputs.goal,
    stages: inputs.stages.map((stage) => ({ name: stage.name, conversion: percent(stage.conversion) })),
    ...(Object.fromEntries(
      textFields.map(([name, spec]) => [name, shown(inputs[name], spec.reading)]),
    ) as Record<TextField, string>),
  };
}

/** Field paths as the form names them: `target`, `stages.1.conversion`… */
export type FieldErrors = Record<string, string>;

/** The form read and checked: the inputs, or a message per wrong field. */
export function readForm(form: WizardForm, lang: Lang): { inputs?: WizardInputs; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const read = (field: string, text: string, reading: Reading): number | string => {
    if (reading === 'month') {
      const month = readMonth(text, lang);
      if (typeof month === 'number') return month;
      errors[field] = month.error;
      return NaN;
    }
    if (reading === 'name') {
      if (!text.trim()) errors[field] = MESSAGES.name[lang];
      return text.trim();
    }
    const value = readField(text, reading, lang);
    if (typeof value === 'number') return value;
    errors[field] = value.error;
    return NaN;
  };
  const goal = form.goal === 'revenue' ? 'revenue' : 'profit';
  const inputs = {
    goal,
    stages: form.stages.map((stage, i) => ({
      name: read(`stages.${i}.name`, stage.name, 'name') as string,
      conversion: read(`stages.${i}.conversion`, stage.conversion, 'fraction') as number,
    })),
    ...Object.fromEntries(
      textFields.map(([name, spec]) => [
        name,
        applies(spec, { goal }) ? read(name, form[name], spec.reading) : spec.otherwise,
      ]),
    ),
  } as WizardInputs;
  return Object.keys(errors).length > 0 ? { errors } : { inputs, errors };
}

/**
 * The inputs a document remembered (JSON, as a host stored it), over the defaults: a value that is
 * missing or of the wrong type — a document saved before a field existed, or damaged — takes the
 * default, so the wizard always opens. Whether a kept value is valid is the form's business: it shows
 * the value with its message.
 */
export function savedInputs(saved: string | null | undefined, lang: Lang): WizardInputs {
  const defaults = defaultInputs(lang);
  let parsed: unknown;
  try {
    parsed = saved ? JSON.parse(saved) : undefined;
  } catch {
    return defaults;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return defaults;
  const found = parsed as Record<string, unknown>;
  const sameType = (name: TextField) => {
    const value = found[name];
    const wanted = typeof defaults[name];
    return typeof value === wanted && (wanted !== 'number' || Number.isFinite(value));
  };
  const isStage = (stage: unknown) =>
    !!stage &&
    typeof (stage as Stage).name === 'string' &&
    typeof (stage as Stage).conversion === 'number' &&
    Number.isFinite((stage as Stage).conversion);
  const stages = found.stages;
  return {
    ...defaults,
    ...Object.fromEntries(textFields.filter(([name]) => sameType(name)).map(([name]) => [name, found[name]])),
    goal: found.goal === 'revenue' || found.goal === 'profit' ? found.goal : defaults.goal,
    stages:
      Array.isArray(stages) && stages.length > 0 && stages.every(isStage)
        ? (stages as Stage[]).map(({ name, conversion }) => ({ name, conversion }))
        : defaults.stages,
  };
}
