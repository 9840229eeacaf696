/**
 * The Apps Script entry: the formulas (generated from the specs), the add-on menu, the sidebar and the
 * template commands. Only `global.X = …` assignments become top-level functions in Code.js
 * (gas-webpack-plugin), which is all a menu item or `google.script.run` can call.
 */
import '../.generated/sheets-functions';
import { TEMPLATES, templateById } from '../core/templates/catalogue';
import type { TemplateId } from '../core/templates/model';
import { languageOf } from '../ui/language';
import { renderTemplateNow } from './render';
import { SheetsWorkbook } from './workbook';

const MENU = {
  ru: { wizard: 'Мастер декомпозиции', templates: 'Вставить шаблон', reference: 'Справочник функций' },
  en: { wizard: 'Decomposition wizard', templates: 'Insert template', reference: 'Function reference' },
};

/** The top-level function each template's menu item calls: a menu item cannot pass an argument. */
const MENU_COMMANDS: Readonly<Record<TemplateId, string>> = {
  'sales-plan': 'insertTemplateSalesPlan',
  decomposition: 'insertTemplateDecomposition',
  motivation: 'insertTemplateMotivation',
  'client-kpi': 'insertTemplateClientKpi',
  'salary-benchmark': 'insertTemplateSalaryBenchmark',
};

const userLanguage = () => languageOf(Session.getActiveUserLocale());

/**
 * Adds the ROP Kit menu. Runs without authorization (AuthMode.NONE) when the add-on is installed but
 * not yet used in this document, so it only reads the user's locale.
 */
global.onOpen = function () {
  const lang = userLanguage();
  const ui = SpreadsheetApp.getUi();
  const templates = ui.createMenu(MENU[lang].templates);
  for (const template of TEMPLATES) templates.addItem(template.sheet[lang], MENU_COMMANDS[template.id]);
  ui.createAddonMenu().addItem(MENU[lang].wizard, 'showSidebar').addSubMenu(templates).addSeparator().addItem(MENU[lang].reference, 'showSidebar').addToUi();
};

global.onInstall = function (event) {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
};

/** Opens the sidebar: the wizard and the function reference, as in Excel's task pane. */
global.showSidebar = function () {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('ROP Kit');
  SpreadsheetApp.getUi().showSidebar(html);
};

/** The sidebar asks for the Sheets user's locale to choose its language. */
global.getUserLocale = function () {
  return Session.getActiveUserLocale();
};

/** Inserts template `id` (SPEC.md §3) into a new sheet, in the user's language; returns the sheet's name. */
global.insertTemplate = function (id) {
  const template = templateById(id);
  if (!template) throw new Error(`Unknown template: ${id}`);
  return renderTemplateNow(template, new SheetsWorkbook(), userLanguage());
};

/** A template from the menu: inserted, then shown. */
function insertFromMenu(id: TemplateId): void {
  SpreadsheetApp.getActive().getSheetByName(insertTemplate(id))!.activate();
}

global.insertTemplateSalesPlan = () => insertFromMenu('sales-plan');
global.insertTemplateDecomposition = () => insertFromMenu('decomposition');
global.insertTemplateMotivation = () => insertFromMenu('motivation');
global.insertTemplateClientKpi = () => insertFromMenu('client-kpi');
global.insertTemplateSalaryBenchmark = () => insertFromMenu('salary-benchmark');
