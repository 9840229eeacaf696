/**
 * The Sheets menu's template items. A menu item calls a top-level function by name and cannot pass an
 * argument, so each template gets a global of its own, `insertTemplate_<id>`; scripts/generate.ts
 * writes those globals from the template catalogue (.generated/sheets-templates.ts).
 */

/** The top-level function the menu item of template `id` calls: `sales-plan` → `insertTemplate_sales_plan`. */
export const menuCommand = (id: string): string => `insertTemplate_${id.replace(/-/g, '_')}`;

/** A template from the menu: inserted into a new sheet, which is then shown. */
export function insertFromMenu(id: string): void {
  SpreadsheetApp.getActive().getSheetByName(global.insertTemplate(id))!.activate();
}
