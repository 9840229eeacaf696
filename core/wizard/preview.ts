/**
 * The wizard's live preview: the numbers the inserted formulas will show, computed by the same pure
 * functions (REVERSE_FUNNEL, ACTIVITY_PLAN), so the preview and the sheet cannot disagree.
 */
import { activityPlan } from '../formulas/planning/activityPlan';
import { reverseFunnel } from '../formulas/planning/reverseFunnel';
import type { WizardInputs } from './inputs';

export interface Preview {
  revenue: number;
  /** Every stage top to bottom, then the result (deals), with the volume needed. */
  funnel: { name: string; volume: number }[];
  /** Working days the team needs at its daily pace. */
  days: number;
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
  const names = [...inputs.stages.map((stage) => stage.name), inputs.result];
  return {
    revenue,
    funnel: names.map((name, i) => ({ name, volume: volumes[i] })),
    days: activityPlan(volumes[0], inputs.managers, inputs.perDay, false),
    perDayNeeded: activityPlan(volumes[0], inputs.managers, inputs.workingDays, false),
  };
}
