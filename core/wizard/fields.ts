/**
 * The wizard's form as data (SPEC.md §3): its fields — what each is called and how what the user types
 * is read — and its steps, `{ id, title, fields }`. The form's reading (inputs.ts), the step each
 * error opens and the steps the panel renders (ui/wizard.ts) all derive from these two declarations:
 * a new field is one entry in FIELDS and its name in one step.
 */
import type { Texts } from '../lang';
import { t } from '../templates/model';
import type { WizardForm } from './inputs';

/**
 * How a typed value is read: a number checked by a rule, a name that may not be blank, or a month of
 * the production calendar ("12.2026": its working days come from the calendar, not from the user).
 */
export type Reading = 'positive' | 'fraction' | 'whole' | 'name' | 'month';

/** Fields typed into one text box; `goal` (a choice) and `stages` (a list) have their own controls. */
export type TextField = Exclude<keyof WizardForm, 'goal' | 'stages'>;
export type FieldName = keyof WizardForm;

export interface FieldSpec {
  label: (form: WizardForm) => Texts;
  reading: Reading;
  /** A field that does not apply to the goal is neither shown nor read; the inputs hold `otherwise`. */
  appliesTo?: WizardForm['goal'];
  otherwise?: number;
}

export const FIELDS: Readonly<Record<TextField, FieldSpec>> = {
  target: { label: () => t('Цель, ₽', 'Target, RUB'), reading: 'positive' },
  month: { label: () => t('Месяц плана (ММ.ГГГГ)', 'Month of the plan (MM.YYYY)'), reading: 'month' },
  margin: {
    label: () => t('Маржа — доля прибыли в выручке', 'Margin — profit share of revenue'),
    reading: 'fraction',
    // A revenue goal is its own revenue: revenue = target / 1.
    appliesTo: 'profit',
    otherwise: 1,
  },
  avgCheck: { label: () => t('Средний чек, ₽', 'Average deal size, RUB'), reading: 'positive' },
  result: { label: () => t('Последний этап (результат)', 'Last stage (the result)'), reading: 'name' },
  managers: { label: () => t('Менеджеров', 'Managers'), reading: 'positive' },
  perDay: {
    label: (form) => {
      const top = form.stages[0]?.name ?? '';
      return t(`В день на менеджера: ${top}`, `A day per manager: ${top}`);
    },
    reading: 'positive',
  },
};

export const applies = (spec: FieldSpec, form: Pick<WizardForm, 'goal'>): boolean =>
  !spec.appliesTo || spec.appliesTo === form.goal;

export interface WizardStep {
  id: 'goal' | 'economics' | 'funnel' | 'team';
  title: Texts;
  fields: readonly FieldName[];
}

/** SPEC.md §3: goal, economics, funnel, team — in this order. */
export const WIZARD_STEPS: readonly WizardStep[] = [
  { id: 'goal', title: t('Цель', 'Goal'), fields: ['goal', 'target', 'month'] },
  { id: 'economics', title: t('Экономика', 'Economics'), fields: ['margin', 'avgCheck'] },
  { id: 'funnel', title: t('Воронка', 'Funnel'), fields: ['stages', 'result'] },
  { id: 'team', title: t('Команда', 'Team'), fields: ['managers', 'perDay'] },
];

/** The step (its index) that shows a field, by its path as errors name it: `margin`, `stages.1.name`. */
export function stepOf(path: string): number {
  const field = path.split('.')[0];
  const step = WIZARD_STEPS.findIndex((candidate) => candidate.fields.includes(field as FieldName));
  if (step < 0) throw new Error(`No wizard step shows the field ${field}`);
  return step;
}

/** The first step with one of these errors: where the wizard takes the user to fix them. */
export const firstStepWithError = (paths: readonly string[]): number => Math.min(...paths.map(stepOf));
