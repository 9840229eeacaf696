/** The two languages everything is written in, and the locale each formats numbers with. */
export type Lang = 'ru' | 'en';

/** A text in both languages. */
export interface Texts {
  ru: string;
  en: string;
}

/** The UI's language for a host's language tag: Russian for any "ru…" tag, English otherwise. */
export function languageOf(tag: string | null | undefined): Lang {
  return tag?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export const localeOf = (lang: Lang): string => (lang === 'ru' ? 'ru-RU' : 'en-US');

/** A Russian noun's three counting forms: 1 значение, 2 значения, 5 значений. */
export type RuForms = readonly [one: string, few: string, many: string];

/**
 * `count` with its noun in the form Russian counting asks for: 1 и 21 значение, 2–4 и 22 значения,
 * 5–20 и 11–14 значений; a fraction takes the genitive singular (1,5 значения). The rule of
 * `Intl.PluralRules('ru')`, written out so it does not depend on a host's Intl data (Apps Script).
 */
export function ruCount(count: number, [one, few, many]: RuForms): string {
  return `${ruNumber(count)} ${ruForm(count, [one, few, many])}`;
}

export function ruForm(count: number, [one, few, many]: RuForms): string {
  if (!Number.isInteger(count)) return few;
  const lastTwo = Math.abs(count) % 100;
  const last = lastTwo % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return many;
  if (last === 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}

/** A number as a Russian text writes it: a decimal comma (0,35), a minus sign (−1), no grouping (a value as typed). */
export const ruNumber = (value: number): string => String(value).replace('.', ',').replace('-', '−');
