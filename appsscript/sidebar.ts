/** The Sheets sidebar: the function reference in the user's Sheets language. */
import { catalogue } from '../.generated/catalogue';
import { addStyles } from '../ui/dom';
import { languageOf } from '../ui/language';
import { renderReference } from '../ui/reference';
import { BASE_CSS } from '../ui/styles';

function start(locale: string | undefined): void {
  const lang = languageOf(locale ?? navigator.language);
  document.documentElement.lang = lang;
  addStyles(BASE_CSS);
  renderReference(document.getElementById('reference')!, catalogue, { lang, prefix: '' });
}

if (typeof google === 'undefined') {
  start(undefined);
} else {
  google.script.run
    .withSuccessHandler((locale: string) => start(locale))
    .withFailureHandler(() => start(undefined))
    .getUserLocale();
}
