/** The five templates of SPEC.md §3, in the order the wizard lists them, and inserting one by id. */
import { clientKpi } from './clientKpi';
import { decomposition } from './decomposition';
import type { Lang, Template, TemplateId } from './model';
import { motivation } from './motivation';
import { renderTemplate } from './render';
import { salaryBenchmark } from './salaryBenchmark';
import { salesPlan } from './salesPlan';
import type { Workbook } from './workbook';

export const TEMPLATES: readonly Template[] = [salesPlan, decomposition, motivation, clientKpi, salaryBenchmark];

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((template) => template.id === id);
}

/**
 * What the hosts' "insert template" calls (Apps Script's `insertTemplate(id)`): renders the template
 * into a new sheet and returns that sheet's name.
 */
export async function insertTemplate(id: TemplateId, workbook: Workbook, lang: Lang): Promise<string> {
  return renderTemplate(templateById(id)!, workbook, lang);
}
