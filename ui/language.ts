/** The UI follows the host's language: Russian for any "ru…" tag, English otherwise. */
import type { Lang } from '../core/lang';
import type { Label } from '../core/spec';

export type { Lang };
export { localeOf } from '../core/lang';

export function languageOf(tag: string | null | undefined): Lang {
  return tag?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** A text in both languages; `pick` chooses the one to show. */
export type Texts = Label;

export const pick = (texts: Texts, lang: Lang): string => texts[lang];
