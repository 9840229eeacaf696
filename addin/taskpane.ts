/**
 * The Excel task pane: the wizard, the templates and the function reference, in Excel's display
 * language. Writes go through `ExcelWorkbook`, one batched `Excel.run` per insert.
 */
import { catalogue } from '../.generated/catalogue';
import { EXCEL_PREFIX } from '../core/excel';
import { insertTemplate } from '../core/templates/catalogue';
import type { MaybePromise } from '../core/templates/steps';
import type { WizardInputs } from '../core/wizard/inputs';
import { insertWizard } from '../core/wizard/sheet';
import { addStyles } from '../ui/dom';
import { type Lang, languageOf } from '../ui/language';
import { renderPanel } from '../ui/panel';
import { BASE_CSS, PANEL_CSS, WIZARD_CSS } from '../ui/styles';
import { ExcelWorkbook } from './workbook';

/** The wizard's last inputs, kept in the workbook itself: "remembered per document". */
const SETTING = 'ropkit.wizard';

const OUTSIDE_EXCEL = {
  ru: 'Вставка работает, когда панель открыта в Excel.',
  en: 'Inserting works when the pane is open in Excel.',
};

function start(lang: Lang, inExcel: boolean): void {
  document.documentElement.lang = lang;
  addStyles(BASE_CSS + WIZARD_CSS + PANEL_CSS);
  const excel = <T>(run: (workbook: ExcelWorkbook) => MaybePromise<T>): Promise<T> =>
    inExcel
      ? Excel.run(async (context) => run(new ExcelWorkbook(context)))
      : Promise.reject(new Error(OUTSIDE_EXCEL[lang]));
  const settings = () => (inExcel ? Office.context.document.settings : undefined);
  renderPanel(
    document.getElementById('panel')!,
    {
      lang,
      prefix: EXCEL_PREFIX,
      insertTemplate: (id) => excel((workbook) => insertTemplate(id, workbook, lang)),
      wizard: {
        insert: (inputs, where) => excel((workbook) => insertWizard(inputs, workbook, lang, where)),
        async loadInputs() {
          const saved = settings()?.get(SETTING) as string | null | undefined;
          return saved ? (JSON.parse(saved) as WizardInputs) : null;
        },
        saveInputs: (inputs) =>
          new Promise<void>((resolve) => {
            const store = settings();
            if (!store) return resolve();
            store.set(SETTING, JSON.stringify(inputs));
            store.saveAsync(() => resolve());
          }),
      },
    },
    catalogue,
  );
}

// Outside Office (a plain browser, the tests) office.js resolves onReady with host null, or is absent.
if (typeof Office === 'undefined') {
  start(languageOf(navigator.language), false);
} else {
  Office.onReady((info) =>
    start(languageOf(info.host ? Office.context.displayLanguage : navigator.language), Boolean(info.host)),
  );
}
