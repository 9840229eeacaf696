/**
 * The Apps Script entry: the formulas (generated from the specs), the add-on menu, the sidebar and the
 * template commands. Only `global.X = …` assignments become top-level functions in Code.js
 * (gas-webpack-plugin), which is all a menu item or `google.script.run` can call.
 */
import '../.generated/sheets-functions';
import '../.generated/sheets-templates';
import { insertTemplate, TEMPLATES } from '../core/templates/registry';
import type { MaybePromise } from '../core/templates/steps';
import { insertWizard } from '../core/wizard/sheet';
import { type Lang, languageOf } from '../core/lang';
import { menuCommand } from './menu';
import { SheetsWorkbook } from './workbook';

const MENU = {
  ru: { wizard: 'Мастер декомпозиции', templates: 'Вставить шаблон', reference: 'Справочник функций' },
  en: { wizard: 'Decomposition wizard', templates: 'Insert template', reference: 'Function reference' },
};

/**
 * The user's language. Reading the locale may fail (the add-on opened in AuthMode.NONE in a domain that
 * restricts it): the menu then comes in Russian, the users' language, instead of not at all.
 */
function userLanguage(): Lang {
  try {
    return languageOf(Session.getActiveUserLocale());
  } catch {
    return 'ru';
  }
}

/**
 * Adds the ROP Kit menu. Runs without authorization (AuthMode.NONE) when the add-on is installed but
 * not yet used in this document, so it only reads the user's locale.
 */
global.onOpen = function () {
  const lang = userLanguage();
  const ui = SpreadsheetApp.getUi();
  const templates = ui.createMenu(MENU[lang].templates);
  for (const template of TEMPLATES) templates.addItem(template.sheet[lang], menuCommand(template.id));
  ui.createAddonMenu()
    .addItem(MENU[lang].wizard, 'showSidebar')
    .addSubMenu(templates)
    .addSeparator()
    .addItem(MENU[lang].reference, 'showSidebar')
    .addToUi();
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

/** Over the synchronous adapter the core's renderer finishes before it returns: its result, not a promise. */
function now<T>(result: MaybePromise<T>): T {
  if (result instanceof Promise) throw new Error('The Sheets adapter must answer synchronously');
  return result;
}

/** Inserts template `id` (SPEC.md §3) into a new sheet, in the user's language; returns the sheet's name. */
global.insertTemplate = function (id) {
  return now(insertTemplate(id, new SheetsWorkbook(), userLanguage()));
};

/** The sidebar wizard's "Insert": at the selection if its cells are empty, or into a new sheet. */
global.insertWizard = function (inputs, where) {
  return now(
    insertWizard(
      inputs,
      new SheetsWorkbook(),
      userLanguage(),
      where === 'new-sheet' ? 'new-sheet' : 'selection',
    ),
  );
};

/**
 * The wizard's last inputs live in the spreadsheet's developer metadata: remembered per document,
 * within the `spreadsheets.currentonly` scope (PropertiesService would need one more scope).
 */
const WIZARD_KEY = 'ropkit.wizard';
const wizardMetadata = () =>
  SpreadsheetApp.getActive().createDeveloperMetadataFinder().withKey(WIZARD_KEY).find()[0];

global.loadWizardInputs = function () {
  return wizardMetadata()?.getValue() ?? null;
};

global.saveWizardInputs = function (json) {
  const found = wizardMetadata();
  if (found) found.setValue(json);
  else
    SpreadsheetApp.getActive().addDeveloperMetadata(
      WIZARD_KEY,
      json,
      SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
    );
};
