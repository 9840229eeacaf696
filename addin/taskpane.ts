/**
 * The Excel task pane: the wizard, the templates and the function reference, in Excel's display
 * language. Writes go through `ExcelWorkbook`, one batched `Excel.run` per insert.
 */
import { catalogue } from '../.generated/catalogue';
import { EXCEL_PREFIX } from '../core/excel';
import { type Lang, languageOf } from '../core/lang';
import { insertTemplate } from '../core/templates/registry';
import type { MaybePromise } from '../core/templates/steps';
import { insertWizard } from '../core/wizard/sheet';
import { type HostConnection, startPanel } from '../ui/bootstrap';
import { ExcelWorkbook } from './workbook';

/** The wizard's last inputs, kept in the workbook itself: "remembered per document". */
const SETTING = 'ropkit.wizard';

function inExcel(lang: Lang): HostConnection {
  const excel = <T>(run: (workbook: ExcelWorkbook) => MaybePromise<T>): Promise<T> =>
    Excel.run(async (context) => run(new ExcelWorkbook(context)));
  const settings = Office.context.document.settings;
  return {
    insertTemplate: (id) => excel((workbook) => insertTemplate(id, workbook, lang)),
    wizard: {
      insert: (inputs, where) => excel((workbook) => insertWizard(inputs, workbook, lang, where)),
      loadInputs: async () => (settings.get(SETTING) as string | null | undefined) ?? null,
      saveInputs: (inputs) =>
        new Promise<void>((resolve) => {
          settings.set(SETTING, JSON.stringify(inputs));
          settings.saveAsync(() => resolve());
        }),
    },
  };
}

const page = { host: 'Excel', prefix: EXCEL_PREFIX } as const;

// Outside Office (a plain browser, the tests) office.js resolves onReady with host null, or is absent.
if (typeof Office === 'undefined') {
  startPanel({ ...page, lang: languageOf(navigator.language) }, catalogue);
} else {
  Office.onReady((info) => {
    const lang = languageOf(info.host ? Office.context.displayLanguage : navigator.language);
    startPanel({ ...page, lang, connection: info.host ? inExcel(lang) : undefined }, catalogue);
  });
}
