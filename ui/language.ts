/** The UI follows the host's language: Russian for any "ru…" tag, English otherwise. */
import type { Lang, Texts } from '../core/lang';

export type { Lang, Texts };
export { localeOf } from '../core/lang';

export function languageOf(tag: string | null | undefined): Lang {
  return tag?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** `pick` chooses the text to show of the two. */
export const pick = (texts: Texts, lang: Lang): string => texts[lang];
