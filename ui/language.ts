/** The UI's words come in both languages; the host's language (core/lang.ts) picks one. */
import type { Lang } from '../core/lang';
import type { Label } from '../core/spec';

export type { Lang };
export { languageOf, localeOf } from '../core/lang';

/** A text in both languages; `pick` chooses the one to show. */
export type Texts = Label;

export const pick = (texts: Texts, lang: Lang): string => texts[lang];
