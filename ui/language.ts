/** The UI follows the host's language: Russian for any "ru…" tag, English otherwise. */
export type Lang = 'ru' | 'en';

export function languageOf(tag: string | null | undefined): Lang {
  return tag?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** A text in both languages; `pick` chooses the one to show. */
export interface Texts {
  ru: string;
  en: string;
}

export const pick = (texts: Texts, lang: Lang): string => texts[lang];
