/**
 * The one start of the panel for the Excel task pane and the Sheets sidebar: language, styles, the
 * panel itself and — opened outside its host, in a plain browser — a note saying in plain words where
 * it works, with every insert answering the same. The host passes only how it reaches its workbook.
 */
import type { Lang } from '../core/lang';
import type { FormulaSpec } from '../core/spec';
import { addStyles, el } from './dom';
import { pick, type Texts } from './language';
import { type PanelHost, renderPanel } from './panel';
import { BASE_CSS, PANEL_CSS, WIZARD_CSS } from './styles';

export type HostName = 'Excel' | 'Google Sheets';

/** How the panel reaches the document, when it runs inside its host. */
export type HostConnection = Omit<PanelHost, 'lang' | 'prefix'>;

const OUTSIDE: Record<HostName, { notice: Texts; insert: Texts }> = {
  Excel: {
    notice: {
      ru: 'Эта панель работает внутри Excel: откройте её там (Главная → Надстройки → ROP Kit). Здесь можно посмотреть мастер, шаблоны и справочник функций, но вставлять их некуда.',
      en: 'This pane runs inside Excel: open it there (Home → Add-ins → ROP Kit). Here you can look through the wizard, the templates and the function reference, but there is no workbook to insert them into.',
    },
    insert: {
      ru: 'Вставка работает, когда панель открыта в Excel.',
      en: 'Inserting works when the pane is open in Excel.',
    },
  },
  'Google Sheets': {
    notice: {
      ru: 'Эта панель работает внутри Google Таблиц: откройте её там (Расширения → ROP Kit). Здесь можно посмотреть мастер, шаблоны и справочник функций, но вставлять их некуда.',
      en: 'This sidebar runs inside Google Sheets: open it there (Extensions → ROP Kit). Here you can look through the wizard, the templates and the function reference, but there is no spreadsheet to insert them into.',
    },
    insert: {
      ru: 'Вставка работает, когда панель открыта в Google Таблицах.',
      en: 'Inserting works when the sidebar is open in Google Sheets.',
    },
  },
};

export interface PanelPage {
  host: HostName;
  lang: Lang;
  /** "KPI." in Excel. */
  prefix: string;
  /** Absent when the page is not open inside its host. */
  connection?: HostConnection;
}

/** Nothing to write to: inserting says where it works, and nothing is remembered. */
function outside(host: HostName, lang: Lang): HostConnection {
  const refuse = () => Promise.reject(new Error(pick(OUTSIDE[host].insert, lang)));
  return {
    insertTemplate: refuse,
    wizard: { insert: refuse, loadInputs: async () => null, saveInputs: async () => undefined },
  };
}

/** Renders the panel into the page's `#panel`. */
export function startPanel(page: PanelPage, catalogue: readonly FormulaSpec[]): void {
  const { host, lang, prefix } = page;
  document.documentElement.lang = lang;
  addStyles(BASE_CSS + WIZARD_CSS + PANEL_CSS);
  const root = document.getElementById('panel')!;
  if (!page.connection)
    root.before(el('p', { class: 'outside-host', role: 'note' }, pick(OUTSIDE[host].notice, lang)));
  renderPanel(root, { lang, prefix, ...(page.connection ?? outside(host, lang)) }, catalogue);
}
