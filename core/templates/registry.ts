/**
 * The templates of SPEC.md §3, in the order every host lists them, and inserting one by id. This list is
 * the one registry: the panel's list, the Sheets menu and its `insertTemplate_<id>` globals (generated
 * by scripts/generate.ts) and the tests all follow it.
 */
import { clientKpi } from './clientKpi';
import { dailyMeeting } from './dailyMeeting';
import { decomposition } from './decomposition';
import { funnel } from './funnel';
import type { Lang, Template } from './model';
import { motivation } from './motivation';
import { renderTemplate } from './render';
import { salaryBenchmark } from './salaryBenchmark';
import { salesPlan } from './salesPlan';
import type { MaybePromise } from './steps';
import type { Workbook } from './workbook';

export const TEMPLATES: readonly Template[] = [
  salesPlan,
  dailyMeeting,
  decomposition,
  funnel,
  motivation,
  clientKpi,
  salaryBenchmark,
];

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((template) => template.id === id);
}

/**
 * What the hosts' "insert template" calls (Apps Script's `insertTemplate(id)`): renders the template
 * into a new sheet and returns that sheet's name.
 */
export function insertTemplate(id: string, workbook: Workbook, lang: Lang): MaybePromise<string> {
  const template = templateById(id);
  if (!template) throw new Error(`Unknown template: ${id}`);
  return renderTemplate(template, workbook, lang);
}
