/** What Code.js exposes to Sheets: cells, the menu and `google.script.run` see top-level functions only. */
declare global {
  var onOpen: (event?: GoogleAppsScript.Events.SheetsOnOpen) => void;
  var onInstall: (event?: GoogleAppsScript.Events.AddonOnInstall) => void;
  var showSidebar: () => void;
  var getUserLocale: () => string;
  /** SPEC.md §3: inserts a template into a new sheet and returns the sheet's name. */
  var insertTemplate: (id: string) => string;
  // The sidebar wizard (ui/wizard.ts through appsscript/sidebar.ts).
  var insertWizard: (
    inputs: import('../core/wizard/inputs').WizardInputs,
    where: string,
  ) => import('../core/wizard/sheet').InsertResult;
  var loadWizardInputs: () => string | null;
  var saveWizardInputs: (json: string) => void;
  // The menu's template items, insertTemplate_<id>, are declared where they are generated:
  // .generated/sheets-templates.ts.
}

export {};
