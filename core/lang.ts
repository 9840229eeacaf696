/** The two languages everything is written in, and the locale each formats numbers with. */
export type Lang = 'ru' | 'en';

/** The UI's language for a host's language tag: Russian for any "ru…" tag, English otherwise. */
export function languageOf(tag: string | null | undefined): Lang {
  return tag?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export const localeOf = (lang: Lang): string => (lang === 'ru' ? 'ru-RU' : 'en-US');
