/**
 * The wizard's live preview: the numbers the inserted formulas will show, computed by the same pure
 * functions (REVERSE_FUNNEL, MANAGERS_NEEDED, ACTIVITY_PLAN), so the preview and the sheet cannot disagree.
 */
import { monthOf, workdaysThrough } from '../calendar/index';
import { managersNeeded } from '../formulas/funnel/managersNeeded';
import { activityPlan } from '../formulas/planning/activityPlan';
import { reverseFunnel } from '../formulas/planning/reverseFunnel';
import type { WizardInputs } from './inputs';

export interface Preview {
  revenue: number;
  /** Working days of the month planned for, from the production calendar (MONTH_WORKDAYS_RU). */
  workingDays: number;
  /** Every stage top to bottom, then the result (deals), with the volume needed. */
  funnel: { name: string; volume: number }[];
  /** Managers the top stage needs at the daily activity of one, within the working days (MANAGERS_NEEDED). */
  managersNeeded: number;
  /** Daily activity of the top stage per manager to make it within the working days. */
  perDayNeeded: number;
}

export function preview(inputs: WizardInputs): Preview {
  const revenue = inputs.goal === 'profit' ? inputs.target / inputs.margin : inputs.target;
  const volumes = reverseFunnel(
    revenue / inputs.avgCheck,
    inputs.stages.map((stage) => stage.conversion),
    false,
  );
  const [first, last] = monthOf(inputs.month);
  const workingDays = workdaysThrough(last) - workdaysThrough(first - 1);
  const names = [...inputs.stages.map((stage) => stage.name), inputs.result];
  return {
    revenue,
    workingDays,
    funnel: names.map((name, i) => ({ name, volume: volumes[i] })),
    managersNeeded: managersNeeded(volumes[0], inputs.perDay, workingDays, false),
    perDayNeeded: activityPlan(volumes[0], inputs.managers, workingDays, false),
  };
}
