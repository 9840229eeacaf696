/**
 * The decomposition wizard (SPEC.md §3), one implementation for the Excel task pane, the Sheets
 * sidebar and the playground: steps with validation on every field, a live preview with the funnel,
 * and "Insert" through the host. Every string reaches the DOM as text.
 */
import {
  applies,
  FIELDS,
  type FieldName,
  firstStepWithError,
  stepOf,
  type TextField,
  WIZARD_STEPS,
} from '../core/wizard/fields';
import { readForm, savedInputs, toForm, type WizardInputs } from '../core/wizard/inputs';
import { preview } from '../core/wizard/preview';
import type { InsertResult } from '../core/wizard/sheet';
import { el } from './dom';
import { funnelChart } from './funnelChart';
import { type Lang, localeOf, pick } from './language';
import { fill, WIZARD_TEXT as T } from './wizardText';

/** What the wizard needs of its host; the last inputs are remembered per document. */
export interface WizardHost {
  insert(inputs: WizardInputs, where: 'selection' | 'new-sheet'): Promise<InsertResult>;
  /** What the document remembered, as it was saved (JSON), or nothing: the core reads it (savedInputs). */
  loadInputs(): Promise<string | null>;
  saveInputs(inputs: WizardInputs): Promise<void>;
}

export async function renderWizard(root: HTMLElement, host: WizardHost, lang: Lang): Promise<void> {
  const form = toForm(savedInputs(await host.loadInputs().catch(() => null), lang), lang);
  let step = 0;
  let touched = new Set<string>();
  const text = (key: keyof typeof T) => pick(T[key] as { ru: string; en: string }, lang);

  const body = el('div', { class: 'wizard-step' });
  const nav = el('ol', { class: 'wizard-steps' });
  const previewBox = el('section', { class: 'wizard-preview', 'aria-label': text('preview') });
  const status = el('p', { class: 'wizard-status', role: 'status' });
  const actions = el('div', { class: 'wizard-actions' });

  const field = (
    path: string,
    labelText: string,
    value: string,
    onInput: (value: string) => void,
    errors: Record<string, string>,
  ) => {
    const id = `wizard-${path.replace(/\./g, '-')}`;
    const error = touched.has(path) ? errors[path] : undefined;
    const control = el('input', {
      id,
      type: 'text',
      value,
      autocomplete: 'off',
      inputmode: 'decimal',
      ...(error ? { 'aria-invalid': 'true', 'aria-describedby': `${id}-error` } : {}),
    });
    control.addEventListener('input', () => {
      onInput(control.value);
      touched.add(path);
      update(path);
    });
    return el(
      'div',
      { class: 'field', 'data-path': path },
      el('label', { for: id }, labelText),
      control,
      el('p', { id: `${id}-error`, class: 'field-error' }, error ?? ''),
    );
  };

  const textField = (name: TextField, errors: Record<string, string>) =>
    field(name, pick(FIELDS[name].label(form), lang), form[name], (value) => (form[name] = value), errors);

  const goalChoice = () => {
    const goal = el('fieldset', {}, el('legend', {}, text('goal')));
    for (const value of ['profit', 'revenue'] as const) {
      const radio = el('input', { type: 'radio', name: 'wizard-goal', id: `wizard-goal-${value}`, value });
      radio.checked = form.goal === value;
      radio.addEventListener('change', () => {
        form.goal = value;
        update('goal');
      });
      goal.append(el('label', { class: 'choice', for: `wizard-goal-${value}` }, radio, ` ${text(value)}`));
    }
    return goal;
  };

  const stagesList = (errors: Record<string, string>) => [
    ...form.stages.map((stage, i) =>
      el(
        'div',
        { class: 'stage' },
        field(
          `stages.${i}.name`,
          `${text('stage')} ${i + 1}`,
          stage.name,
          (value) => (stage.name = value),
          errors,
        ),
        field(
          `stages.${i}.conversion`,
          text('conversion'),
          stage.conversion,
          (value) => (stage.conversion = value),
          errors,
        ),
        form.stages.length > 1 ? removeButton(i) : null,
      ),
    ),
    addButton(),
  ];

  /** A step's controls, in the order its data lists its fields. */
  const controls = (name: FieldName, errors: Record<string, string>): HTMLElement[] => {
    if (name === 'goal') return [goalChoice()];
    if (name === 'stages') return stagesList(errors);
    return applies(FIELDS[name], form) ? [textField(name, errors)] : [];
  };

  function addButton() {
    const button = el('button', { type: 'button', class: 'secondary' }, text('addStage'));
    button.addEventListener('click', () => {
      // A new stage goes just above the result: the usual place for a step like "meetings".
      form.stages.push({ name: text('newStage'), conversion: '50%' });
      update();
    });
    return button;
  }

  function removeButton(i: number) {
    const button = el(
      'button',
      { type: 'button', class: 'secondary', 'aria-label': `${text('removeStage')} ${i + 1}` },
      '×',
    );
    button.addEventListener('click', () => {
      form.stages.splice(i, 1);
      update();
    });
    return button;
  }

  function renderPreview(inputs: WizardInputs | undefined) {
    if (!inputs) {
      previewBox.replaceChildren(
        el('h3', {}, text('preview')),
        el('p', { class: 'field-error' }, text('fixErrors')),
      );
      return;
    }
    const numbers = preview(inputs);
    const format = (value: number) => value.toLocaleString(localeOf(lang), { maximumFractionDigits: 0 });
    const row = (name: string, value: string, key: string) =>
      el('tr', { 'data-key': key }, el('th', { scope: 'row' }, name), el('td', {}, value));
    previewBox.replaceChildren(
      el('h3', {}, text('preview')),
      el(
        'table',
        { class: 'preview-table' },
        el(
          'tbody',
          {},
          row(text('revenueNeeded'), `${format(numbers.revenue)} ₽`, 'revenue'),
          ...numbers.funnel.map((stage, i) => row(stage.name, format(stage.volume), `stage-${i}`)),
          row(text('workingDays'), format(numbers.workingDays), 'working-days'),
          row(text('managersNeeded'), format(numbers.managersNeeded), 'managers-needed'),
          row(`${text('perDayNeeded')}: ${inputs.stages[0].name}`, format(numbers.perDayNeeded), 'per-day'),
        ),
      ),
      funnelChart(numbers.funnel, lang, text('funnel')),
    );
  }

  function update(focusPath?: string) {
    const { inputs, errors } = readForm(form, lang);
    nav.replaceChildren(
      ...WIZARD_STEPS.map(({ title }, i) => {
        const invalid = Object.keys(errors).some((path) => touched.has(path) && stepOf(path) === i);
        const button = el(
          'button',
          {
            type: 'button',
            class: i === step ? 'current' : 'secondary',
            ...(i === step ? { 'aria-current': 'step' } : {}),
          },
          `${i + 1}. ${pick(title, lang)}${invalid ? ' ⚠' : ''}`,
        );
        button.addEventListener('click', () => {
          step = i;
          update();
        });
        return el('li', {}, button);
      }),
    );
    const current = WIZARD_STEPS[step];
    body.replaceChildren(
      el('h3', {}, pick(current.title, lang)),
      ...current.fields.flatMap((name) => controls(name, errors)),
    );
    renderPreview(inputs);
    const back = el('button', { type: 'button', class: 'secondary' }, text('back'));
    back.disabled = step === 0;
    back.addEventListener('click', () => {
      step -= 1;
      update();
    });
    const next = el('button', { type: 'button' }, text('next'));
    next.disabled = step === WIZARD_STEPS.length - 1;
    next.addEventListener('click', () => {
      const blocking = Object.keys(errors).filter((path) => stepOf(path) === step);
      if (blocking.length > 0) {
        touched = new Set([...touched, ...blocking]);
        update();
        return;
      }
      step += 1;
      update();
    });
    const insertHere = el('button', { type: 'button' }, text('insertHere'));
    const insertSheet = el('button', { type: 'button', class: 'secondary' }, text('insertSheet'));
    insertHere.addEventListener('click', () => insert('selection'));
    insertSheet.addEventListener('click', () => insert('new-sheet'));
    actions.replaceChildren(
      el('div', { class: 'row' }, back, next),
      el('div', { class: 'row' }, insertHere, insertSheet),
    );
    if (focusPath) {
      const control = body.querySelector<HTMLInputElement>(`[data-path="${focusPath}"] input`);
      if (control) {
        control.focus();
        control.setSelectionRange(control.value.length, control.value.length);
      }
    }
  }

  async function insert(where: 'selection' | 'new-sheet') {
    const { inputs, errors } = readForm(form, lang);
    if (!inputs) {
      touched = new Set([...touched, ...Object.keys(errors)]);
      step = firstStepWithError(Object.keys(errors));
      status.textContent = text('fixErrors');
      update();
      return;
    }
    try {
      const result = await host.insert(inputs, where);
      status.textContent = fill(text(result.status === 'inserted' ? 'inserted' : 'occupied'), {
        sheet: result.sheet,
        range: result.range,
      });
      if (result.status === 'inserted') await host.saveInputs(inputs);
    } catch (error) {
      status.textContent = fill(text('failed'), {
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  root.replaceChildren(el('h2', {}, text('title')), nav, body, actions, status, previewBox);
  update();
}
