/** What Code.js exposes to Sheets: cells, the menu and `google.script.run` see top-level functions only. */
declare global {
  var onOpen: (event?: GoogleAppsScript.Events.SheetsOnOpen) => void;
  var onInstall: (event?: GoogleAppsScript.Events.AddonOnInstall) => void;
  var showSidebar: () => void;
  var getUserLocale: () => string;
}

export {};
