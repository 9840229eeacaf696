/**
 * What the wizard's "Insert" writes: labelled inputs and live formulas over them (SPEC.md §3), as a
 * one-block template placed at the selection — or at A1 of a new sheet when the user asks for one or
 * the selection is not empty. Nothing is ever written over a non-empty cell.
 */
import { partsOf } from '../dates';
import { cellName, parseCell, rangeName } from '../templates/a1';
import { MONTHS } from '../templates/common';
import { layOutTemplate } from '../templates/layout';
import {
  formula,
  header,
  input,
  label,
  type Lang,
  spills,
  t,
  type Template,
  type TemplateCell,
  title,
} from '../templates/model';
import { uniqueSheetName } from '../templates/names';
import { applyLayout } from '../templates/render';
import { andThen, type MaybePromise } from '../templates/steps';
import type { WizardInputs } from './inputs';
import type { WizardWorkbook } from './workbook';

const text = (value: string) => t(value, value);

/** The block at `anchor`, and the range it covers. */
export function wizardTemplate(inputs: WizardInputs, anchor: string): { template: Template; range: string } {
  const origin = parseCell(anchor);
  const rows: TemplateCell[][] = [];
  /** The address of the value cell of the row about to be added. */
  const here = (column = 1) => cellName({ row: origin.row + rows.length, col: origin.col + column });
  const top = inputs.stages[0].name;

  const { year, month } = partsOf(inputs.month);
  const monthName = (lang: 'ru' | 'en') => `${MONTHS[lang][month - 1]} ${year}`;
  rows.push([
    title(
      t(`Декомпозиция цели: ${monthName('ru').toLowerCase()}`, `Target decomposition: ${monthName('en')}`),
    ),
  ]);
  const target = here();
  rows.push([
    label(
      inputs.goal === 'profit'
        ? t('Цель по чистой прибыли, ₽', 'Net profit target, RUB')
        : t('Цель по выручке, ₽', 'Revenue target, RUB'),
    ),
    input(inputs.target, 'money'),
  ]);
  let margin = '';
  if (inputs.goal === 'profit') {
    margin = here();
    rows.push([
      label(t('Маржа: доля прибыли в выручке', 'Margin: profit share of revenue')),
      input(inputs.margin, 'percent'),
    ]);
  }
  const check = here();
  rows.push([label(t('Средний чек, ₽', 'Average deal size, RUB')), input(inputs.avgCheck, 'money')]);
  const firstConversion = here();
  inputs.stages.forEach((stage, i) => {
    const next = inputs.stages[i + 1]?.name ?? inputs.result;
    rows.push([
      label(t(`Конверсия «${stage.name}» → «${next}»`, `Conversion "${stage.name}" → "${next}"`)),
      input(stage.conversion, 'percent'),
    ]);
  });
  const conversions = `${firstConversion}:${cellName({ row: origin.row + rows.length - 1, col: origin.col + 1 })}`;
  const managers = here();
  rows.push([label(t('Менеджеров', 'Managers')), input(inputs.managers, 'integer')]);
  const perDay = here();
  rows.push([
    label(t(`«${top}» в день на менеджера`, `"${top}" a day per manager`)),
    input(inputs.perDay, 'integer'),
  ]);
  const planMonth = here();
  rows.push([
    label(t('Месяц плана (любой его день)', 'Month of the plan (any day of it)')),
    input(inputs.month, 'date'),
  ]);
  const workingDays = here();
  rows.push([
    label(t('Рабочих дней в месяце (производственный календарь)', 'Working days in the month (RU calendar)')),
    formula(`=MONTH_WORKDAYS_RU(${planMonth})`, 'integer'),
  ]);

  const revenue = here();
  rows.push([
    label(t('Выручка, ₽', 'Revenue, RUB')),
    formula(inputs.goal === 'profit' ? `=${target}/${margin}` : `=${target}`, 'money'),
  ]);
  rows.push([
    label(t('Этап воронки', 'Funnel stage')),
    ...[...inputs.stages.map((stage) => stage.name), inputs.result].map((name) => header(text(name))),
  ]);
  const topVolume = here();
  rows.push([
    label(t('Нужно за месяц', 'Needed in the month')),
    formula(`=REVERSE_FUNNEL(${revenue}/${check},${conversions})`, 'integer'),
    ...spills(inputs.stages.length, 'integer'),
  ]);
  rows.push([
    label(
      t(
        `Менеджеров нужно, чтобы успеть за рабочие дни при этой норме «${top}» в день`,
        `Managers needed to make it in the working days at this many "${top}" a day`,
      ),
    ),
    formula(`=MANAGERS_NEEDED(${topVolume},${perDay},${workingDays})`, 'integer'),
  ]);
  rows.push([
    label(
      t(
        `«${top}» в день на менеджера, чтобы успеть за рабочие дни`,
        `"${top}" a day per manager to make it in the working days`,
      ),
    ),
    formula(`=ACTIVITY_PLAN(${topVolume},${managers},${workingDays})`, 'integer'),
  ]);

  const width = Math.max(...rows.map((row) => row.length));
  const range = rangeName(origin, { row: origin.row + rows.length - 1, col: origin.col + width - 1 });
  const template: Template = {
    id: 'decomposition',
    sheet: t('Декомпозиция', 'Decomposition'),
    description: t('Мастер декомпозиции', 'Decomposition wizard'),
    blocks: [{ anchor, rows }],
    names: {},
    freezeRows: 0,
    columnWidths: [],
    charts: [],
  };
  return { template, range };
}

export type InsertResult =
  | { status: 'inserted'; sheet: string; range: string }
  /** The selection's target cells are not all empty: nothing was written. */
  | { status: 'occupied'; sheet: string; range: string };

/**
 * Inserts the wizard's block at the selection when every target cell is empty, or into a new sheet
 * when `where` is 'new-sheet'. Returns what happened; an occupied selection writes nothing.
 * Synchronous over a synchronous host (Apps Script), a promise otherwise.
 */
export function insertWizard(
  inputs: WizardInputs,
  workbook: WizardWorkbook,
  lang: Lang,
  where: 'selection' | 'new-sheet',
): MaybePromise<InsertResult> {
  const write = (sheet: string, anchor: string): MaybePromise<InsertResult> => {
    const { template, range } = wizardTemplate(inputs, anchor);
    return andThen(
      applyLayout(layOutTemplate(template, lang, workbook.functionPrefix, ''), workbook, sheet),
      () => ({ status: 'inserted' as const, sheet, range }),
    );
  };
  if (where === 'new-sheet') {
    return andThen(workbook.sheetNames(), (sheets) => {
      const sheet = uniqueSheetName(sheets, lang === 'ru' ? 'Декомпозиция' : 'Decomposition');
      return andThen(workbook.addSheet(sheet), () => write(sheet, 'A1'));
    });
  }
  return andThen(workbook.selection(), ({ sheet, anchor }) => {
    const { range } = wizardTemplate(inputs, anchor);
    return andThen(workbook.isEmpty(sheet, range), (empty) =>
      empty ? write(sheet, anchor) : { status: 'occupied' as const, sheet, range },
    );
  });
}
