/** The wizard's words, Russian and English; its steps and fields are data in core/wizard/fields.ts. */
import { t } from '../core/templates/model';

export const WIZARD_TEXT = {
  title: t('Мастер декомпозиции', 'Decomposition wizard'),
  goal: t('Что планируем', 'What you plan'),
  profit: t('Чистую прибыль', 'Net profit'),
  revenue: t('Выручку', 'Revenue'),
  stage: t('Этап', 'Stage'),
  conversion: t('Конверсия в следующий этап', 'Conversion to the next stage'),
  addStage: t('+ Добавить этап', '+ Add a stage'),
  removeStage: t('Убрать этап', 'Remove the stage'),
  newStage: t('Новый этап', 'New stage'),
  back: t('Назад', 'Back'),
  next: t('Далее', 'Next'),
  preview: t('Предпросмотр', 'Preview'),
  revenueNeeded: t('Выручка', 'Revenue'),
  workingDays: t('Рабочих дней в месяце (календарь РФ)', 'Working days in the month (RU calendar)'),
  managersNeeded: t('Менеджеров нужно, чтобы успеть', 'Managers needed to make it'),
  perDayNeeded: t('В день на менеджера, чтобы успеть', 'A day per manager to make it'),
  funnel: t('Воронка: сколько нужно на каждом этапе', 'Funnel: what each stage needs'),
  fixErrors: t('Исправьте отмеченные поля', 'Fix the marked fields'),
  insertHere: t('Вставить в выделенную ячейку', 'Insert at the selected cell'),
  insertSheet: t('Вставить на новый лист', 'Insert into a new sheet'),
  inserted: t(
    'Вставлено формулами: лист «{sheet}», {range}',
    'Inserted as formulas: sheet "{sheet}", {range}',
  ),
  occupied: t(
    'Ячейки {range} на листе «{sheet}» не пусты — ничего не изменено. Выберите пустое место или вставьте на новый лист.',
    'Cells {range} on sheet "{sheet}" are not empty — nothing was changed. Pick an empty spot or insert into a new sheet.',
  ),
  failed: t('Не удалось вставить: {message}', 'Could not insert: {message}'),
};

export const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
