/** The Excel task pane: the function reference in Excel's display language. */
import { catalogue } from '../.generated/catalogue';
import { addStyles } from '../ui/dom';
import { languageOf } from '../ui/language';
import { renderReference } from '../ui/reference';
import { BASE_CSS } from '../ui/styles';

function start(displayLanguage: string | undefined): void {
  const lang = languageOf(displayLanguage ?? navigator.language);
  document.documentElement.lang = lang;
  addStyles(BASE_CSS);
  renderReference(document.getElementById('reference')!, catalogue, { lang, prefix: 'KPI.' });
}

// Outside Office (a plain browser, the tests) office.js resolves onReady with host null, or is absent.
if (typeof Office === 'undefined') {
  start(undefined);
} else {
  Office.onReady((info) => start(info.host ? Office.context.displayLanguage : undefined));
}
