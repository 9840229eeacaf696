/**
 * The Apps Script entry: the formulas (generated from the specs), the add-on menu and the sidebar.
 * Only `global.X = …` assignments become top-level functions in Code.js (gas-webpack-plugin).
 */
import '../.generated/sheets-functions';
import { languageOf } from '../ui/language';

const MENU = {
  ru: { reference: 'Справочник функций' },
  en: { reference: 'Function reference' },
};

/**
 * Adds the ROP Kit menu. Runs without authorization (AuthMode.NONE) when the add-on is installed but
 * not yet used in this document, so it only reads the user's locale.
 */
global.onOpen = function () {
  const text = MENU[languageOf(Session.getActiveUserLocale())];
  SpreadsheetApp.getUi().createAddonMenu().addItem(text.reference, 'showSidebar').addToUi();
};

global.onInstall = function (event) {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
};

/** Opens the sidebar: the same reference as Excel's task pane. */
global.showSidebar = function () {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('ROP Kit');
  SpreadsheetApp.getUi().showSidebar(html);
};

/** The sidebar asks for the Sheets user's locale to choose its language. */
global.getUserLocale = function () {
  return Session.getActiveUserLocale();
};
