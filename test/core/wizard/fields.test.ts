import { describe, expect, it } from 'vitest';
import { FIELDS, firstStepWithError, WIZARD_STEPS } from '../../../core/wizard/fields';
import { defaultInputs, readForm, savedInputs, toForm, type WizardForm } from '../../../core/wizard/inputs';

const form = (): WizardForm => toForm(defaultInputs('ru'), 'ru');

/** The step a form's errors take the user to, by its id. */
function stepOpenedBy(changed: WizardForm): string {
  const { errors } = readForm(changed, 'ru');
  expect(Object.keys(errors)).not.toEqual([]);
  return WIZARD_STEPS[firstStepWithError(Object.keys(errors))].id;
}

describe('the wizard’s steps', () => {
  it('are SPEC.md §3’s goal, economics, funnel and team, each with its fields', () => {
    expect(WIZARD_STEPS.map((step) => [step.id, step.fields, step.title.ru])).toEqual([
      ['goal', ['goal', 'target', 'month'], 'Цель'],
      ['economics', ['margin', 'avgCheck'], 'Экономика'],
      ['funnel', ['stages', 'result'], 'Воронка'],
      ['team', ['managers', 'perDay'], 'Команда'],
    ]);
  });

  it('show every field of the form on exactly one step', () => {
    const shown = WIZARD_STEPS.flatMap((step) => step.fields);
    expect([...shown].sort()).toEqual(Object.keys(form()).sort());
    expect(Object.keys(FIELDS).every((name) => shown.includes(name as keyof WizardForm))).toBe(true);
  });

  it('open the step that shows the first wrong field', () => {
    const stage = (i: number, change: Partial<WizardForm['stages'][number]>) => {
      const changed = form();
      changed.stages[i] = { ...changed.stages[i], ...change };
      return changed;
    };
    expect(stepOpenedBy({ ...form(), target: 'абв' })).toBe('goal');
    expect(stepOpenedBy({ ...form(), margin: '150%' })).toBe('economics');
    expect(stepOpenedBy({ ...form(), avgCheck: '0' })).toBe('economics');
    expect(stepOpenedBy(stage(1, { conversion: 'x' }))).toBe('funnel');
    expect(stepOpenedBy(stage(0, { name: ' ' }))).toBe('funnel');
    expect(stepOpenedBy({ ...form(), result: '' })).toBe('funnel');
    expect(stepOpenedBy({ ...form(), managers: '0' })).toBe('team');
    expect(stepOpenedBy({ ...form(), perDay: 'много' })).toBe('team');
    expect(stepOpenedBy({ ...form(), month: '13.2026' })).toBe('goal');
    // Two wrong fields: the earlier step first.
    expect(stepOpenedBy({ ...form(), perDay: '0', avgCheck: '-1' })).toBe('economics');
  });

  it('do not ask for a margin on a revenue goal, and read it as 1 (revenue = target)', () => {
    const { inputs, errors } = readForm({ ...form(), goal: 'revenue', margin: 'абв' }, 'ru');
    expect(errors).toEqual({});
    expect(inputs?.margin).toBe(1);
  });
});

describe('the inputs a document remembered', () => {
  it('are read back as saved', () => {
    const saved = { ...defaultInputs('en'), target: 900000, stages: [{ name: 'Leads', conversion: 0.2 }] };
    expect(savedInputs(JSON.stringify(saved), 'ru')).toEqual(saved);
  });

  it('take the default for a field saved before it existed, so the wizard still opens', () => {
    // Saved before the month existed: a free-text period and typed working days, no month.
    const { month: _, perDay: __, ...rest } = { ...defaultInputs('ru'), target: 900000 };
    const old = { ...rest, period: 'месяц', workingDays: 21 };
    const inputs = savedInputs(JSON.stringify(old), 'ru');
    expect(inputs).toEqual({ ...defaultInputs('ru'), target: 900000 });
    // Next month and 50 a day are the defaults; the form shows them, and reads back.
    expect(toForm(inputs, 'ru')).toMatchObject({ target: '900\u00a0000', perDay: '50' });
    expect(toForm(inputs, 'ru').month).toMatch(/^\d\d\.\d{4}$/);
    expect(readForm(toForm(inputs, 'ru'), 'ru').inputs).toEqual(inputs);
  });

  it('take the default for a value of the wrong type, a damaged stage list or an unknown goal', () => {
    const damaged = {
      ...defaultInputs('ru'),
      goal: 'выручка',
      target: '900000',
      managers: null,
      perDay: 'NaN',
      stages: [{ name: 'Звонки' }],
      extra: 1,
    };
    expect(savedInputs(JSON.stringify(damaged), 'ru')).toEqual(defaultInputs('ru'));
  });

  it('are the defaults when nothing or something unreadable was saved', () => {
    for (const saved of [null, undefined, '', 'not json', '[1,2]', '42', 'null'])
      expect(savedInputs(saved, 'en'), String(saved)).toEqual(defaultInputs('en'));
  });
});
