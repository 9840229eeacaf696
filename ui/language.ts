/** The UI's words come in both languages; the host's language (core/lang.ts) picks one. */
import type { Lang, Texts } from '../core/lang';

export type { Lang, Texts };
export { languageOf, localeOf } from '../core/lang';

/** `pick` chooses the text to show of the two. */
export const pick = (texts: Texts, lang: Lang): string => texts[lang];
