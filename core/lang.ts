/** The two languages everything is written in, and the locale each formats numbers with. */
export type Lang = 'ru' | 'en';

export const localeOf = (lang: Lang): string => (lang === 'ru' ? 'ru-RU' : 'en-US');
