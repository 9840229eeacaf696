/**
 * «План продаж»: the year target in three versions (the seed: «Правильный план имеет три версии:
 * пессимистичный, реальный и оптимистичный»), split by month with seasonality, by channel and by
 * manager with PLAN_SPLIT, a plan-fact table, and the current month's run rate and daily target.
 */
import { heading, month, MONTHS } from './common';
import {
  type Block,
  formula,
  header,
  input,
  label,
  spill,
  t,
  type Template,
  type TemplateCell,
} from './model';

const SEASONALITY = [0.07, 0.07, 0.08, 0.08, 0.08, 0.07, 0.06, 0.07, 0.09, 0.1, 0.11, 0.12];
/** January to April: April is the current month, 9 of its 22 working days gone. */
const FACTS = [2_610_000, 2_455_000, 2_905_000, 1_180_000];

const target: Block = {
  anchor: 'A4',
  rows: [
    [header(t('Цель на год', 'Annual target'))],
    [
      label(t('Реалистичный план на год, ₽', 'Realistic annual plan, RUB')),
      input(
        36_000_000,
        'money',
        t(
          'План на год, в который вы верите. Должен делиться на шаг округления.',
          'The annual plan you believe in. Must be a multiple of the rounding step.',
        ),
      ),
    ],
    [
      label(t('Шаг округления плана, ₽', 'Plan rounding step, RUB')),
      input(
        1000,
        'money',
        t(
          'Каждая часть плана (месяц, канал, менеджер) кратна шагу, и части в сумме дают ровно план.',
          'Every part of the plan (month, channel, manager) is a multiple of this, and the parts add up to exactly the plan.',
        ),
      ),
    ],
    [
      label(t('Пессимистичная версия, доля от реалистичной', 'Pessimistic version, share of realistic')),
      input(
        0.85,
        'percent',
        t('Например, 85%: план на случай плохого года.', 'E.g. 85%: the plan for a bad year.'),
      ),
    ],
    [
      label(t('Оптимистичная версия, доля от реалистичной', 'Optimistic version, share of realistic')),
      input(
        1.15,
        'percent',
        t('Например, 115%: план на случай хорошего года.', 'E.g. 115%: the plan for a good year.'),
      ),
    ],
    [header(t('Версия', 'Version')), header(t('План на год, ₽', 'Annual plan, RUB'))],
    [label(t('Пессимистичная', 'Pessimistic')), formula('=ROUND(B5*B7/B6,0)*B6', 'money')],
    [label(t('Реалистичная', 'Realistic')), formula('=B5', 'money')],
    [label(t('Оптимистичная', 'Optimistic')), formula('=ROUND(B5*B8/B6,0)*B6', 'money')],
  ],
};

function monthRow(i: number): TemplateCell[] {
  const first = i === 0;
  const weightNote = t(
    'Доля месяца в годовом плане; веса можно задавать и в других единицах — важны пропорции.',
    'The month’s share of the year; any units work, only the proportions matter.',
  );
  return [
    label(month(i)),
    input(SEASONALITY[i], 'percent', first ? weightNote : undefined),
    first ? formula('=PLAN_SPLIT(B10,B15:B26,B6)', 'money') : spill('money'),
    first ? formula('=PLAN_SPLIT(B11,B15:B26,B6)', 'money') : spill('money'),
    first ? formula('=PLAN_SPLIT(B12,B15:B26,B6)', 'money') : spill('money'),
    input(
      FACTS[i] ?? null,
      'money',
      first
        ? t(
            'Продажи месяца; текущий месяц — с начала месяца. Пустые месяцы остаются пустыми.',
            'The month’s sales; the current month so far. Months left blank stay blank.',
          )
        : undefined,
    ),
    first ? formula('=PLAN_FULFILLMENT(F15:F26,D15:D26)', 'percent') : spill('percent'),
  ];
}

const months: Block = {
  anchor: 'A14',
  rows: [
    [
      header(t('Месяц', 'Month')),
      header(t('Сезонность, доля года', 'Seasonality, share of year')),
      header(t('План: пессимистичный, ₽', 'Plan: pessimistic, RUB')),
      header(t('План: реалистичный, ₽', 'Plan: realistic, RUB')),
      header(t('План: оптимистичный, ₽', 'Plan: optimistic, RUB')),
      header(t('Факт, ₽', 'Actual, RUB')),
      header(t('Выполнение реалистичного плана', 'Realistic plan fulfilment')),
    ],
    ...MONTHS.ru.map((_, i) => monthRow(i)),
    [
      header(t('Итого за год', 'Year total')),
      formula('=SUM(B15:B26)', 'percent'),
      formula('=SUM(C15:C26)', 'money'),
      formula('=SUM(D15:D26)', 'money'),
      formula('=SUM(E15:E26)', 'money'),
      formula('=SUM(F15:F26)', 'money'),
      formula(
        '=PLAN_FULFILLMENT(F27,SUMIF(F15:F26,"<>",D15:D26))',
        'percent',
        t(
          'С начала года: факт к плану тех месяцев, где факт уже есть.',
          'Year to date: the actual against the plan of the months that have one.',
        ),
      ),
    ],
  ],
};

const currentMonth: Block = {
  anchor: 'A29',
  rows: [
    [header(t('Текущий месяц: план-прогноз', 'Current month: forecast'))],
    [
      label(t('Месяц', 'Month')),
      input(
        month(3),
        undefined,
        t('Выберите текущий месяц из списка.', 'Pick the current month from the list.'),
        MONTHS,
      ),
    ],
    [
      label(t('Рабочих дней в месяце', 'Working days in the month')),
      input(22, 'integer', t('По производственному календарю.', 'From the working calendar.')),
    ],
    [
      label(t('Прошло рабочих дней', 'Working days gone')),
      input(
        9,
        'integer',
        t('Включая сегодняшний, если день уже отработан.', 'Including today if the day is done.'),
      ),
    ],
    [
      label(t('План месяца (реалистичный), ₽', 'Month plan (realistic), RUB')),
      formula('=INDEX(D15:D26,MATCH(B30,A15:A26,0))', 'money'),
    ],
    [
      label(t('Факт с начала месяца, ₽', 'Actual so far, RUB')),
      formula('=INDEX(F15:F26,MATCH(B30,A15:A26,0))', 'money'),
    ],
    [
      label(t('Выполнение на сегодня', 'Fulfilment so far')),
      formula('=PLAN_FULFILLMENT(B34,B33)', 'percent'),
    ],
    [
      label(t('Прогноз на месяц при текущем темпе, ₽', 'Month forecast at the current pace, RUB')),
      formula('=RUN_RATE(B34,B32,B31)', 'money'),
    ],
    [
      label(t('Прогноз выполнения плана', 'Forecast fulfilment')),
      formula('=PLAN_FULFILLMENT(B36,B33)', 'percent'),
    ],
    [label(t('Осталось рабочих дней', 'Working days left')), formula('=B31-B32', 'integer')],
    [
      label(t('Нужно продавать в день до конца месяца, ₽', 'Needed per day to make the plan, RUB')),
      formula('=DAILY_TARGET(B33,B34,B38)', 'money'),
    ],
  ],
};

const CHANNELS: readonly [ru: string, en: string, share: number][] = [
  ['Интернет', 'Online', 0.35],
  ['Опт', 'Wholesale', 0.3],
  ['Розница', 'Retail', 0.25],
  ['Партнёры', 'Partners', 0.1],
];

const channels: Block = {
  anchor: 'I4',
  rows: [
    [
      header(t('Канал', 'Channel')),
      header(t('Доля', 'Share')),
      header(
        t('План на год, ₽', 'Annual plan, RUB'),
        t('Реалистичный план, разложенный по долям каналов.', 'The realistic plan split by channel shares.'),
      ),
    ],
    ...CHANNELS.map(([ru, en, share], i) => [
      input(
        t(ru, en),
        undefined,
        i === 0 ? t('Каналы можно переименовать.', 'Rename the channels as you need.') : undefined,
      ),
      input(
        share,
        'percent',
        i === 0
          ? t(
              'Доля канала в продажах; в сумме лучше 100%, но важны только пропорции.',
              'The channel’s share of sales; best summing to 100%, but only the proportions matter.',
            )
          : undefined,
      ),
      i === 0 ? formula('=PLAN_SPLIT(B11,J5:J8,B6)', 'money') : spill('money'),
    ]),
    [header(t('Итого', 'Total')), formula('=SUM(J5:J8)', 'percent'), formula('=SUM(K5:K8)', 'money')],
  ],
};

const MANAGERS: readonly [ru: string, en: string, weight: number][] = [
  ['Иванов Алексей', 'Alexey Ivanov', 0.3],
  ['Петрова Мария', 'Maria Petrova', 0.25],
  ['Сидоров Кирилл', 'Kirill Sidorov', 0.25],
  ['Кузнецова Елена', 'Elena Kuznetsova', 0.2],
];

const managers: Block = {
  anchor: 'I11',
  rows: [
    [
      header(t('Менеджер', 'Manager')),
      header(t('Доля', 'Share')),
      header(t('План на год, ₽', 'Annual plan, RUB')),
      header(
        t('План на текущий месяц, ₽', 'Current month plan, RUB'),
        t(
          'План месяца (ячейка B33), разложенный по тем же долям.',
          'The month plan (cell B33) split by the same shares.',
        ),
      ),
    ],
    ...MANAGERS.map(([ru, en, weight], i) => [
      input(t(ru, en), undefined, i === 0 ? t('Имена менеджеров.', 'The managers’ names.') : undefined),
      input(
        weight,
        'percent',
        i === 0
          ? t(
              'Доля менеджера в плане отдела: по опыту, базе клиентов, территории.',
              'The manager’s share of the team plan: by experience, client base, territory.',
            )
          : undefined,
      ),
      i === 0 ? formula('=PLAN_SPLIT(B11,J12:J15,B6)', 'money') : spill('money'),
      i === 0 ? formula('=PLAN_SPLIT(B33,J12:J15,B6)', 'money') : spill('money'),
    ]),
    [
      header(t('Итого', 'Total')),
      formula('=SUM(J12:J15)', 'percent'),
      formula('=SUM(K12:K15)', 'money'),
      formula('=SUM(L12:L15)', 'money'),
    ],
  ],
};

export const salesPlan: Template = {
  id: 'sales-plan',
  sheet: t('План продаж', 'Sales plan'),
  description: t(
    'Годовой план в трёх версиях, по месяцам с сезонностью, по каналам и менеджерам; план-факт и прогноз текущего месяца.',
    'The annual plan in three versions, by month with seasonality, by channel and by manager; plan vs actual and the current month’s forecast.',
  ),
  blocks: [
    { anchor: 'A1', rows: heading(t('План продаж на год', 'Annual sales plan')) },
    target,
    months,
    currentMonth,
    channels,
    managers,
  ],
  names: {
    plan_year_target: 'B5',
    plan_step: 'B6',
    plan_pessimistic: 'B7',
    plan_optimistic: 'B8',
    plan_seasonality: 'B15:B26',
    plan_fact: 'F15:F26',
    plan_current_month: 'B30',
    plan_working_days: 'B31',
    plan_days_gone: 'B32',
    plan_channel_shares: 'J5:J8',
    plan_manager_shares: 'J12:J15',
  },
  freezeRows: 1,
  columnWidths: [330, 130, 150, 150, 150, 130, 150, 24, 150, 80, 150, 170],
  charts: [
    {
      type: 'column',
      title: t('План и факт по месяцам', 'Plan vs actual by month'),
      categories: 'A15:A26',
      series: [
        { name: t('План (реалистичный)', 'Plan (realistic)'), values: 'D15:D26' },
        { name: t('Факт', 'Actual'), values: 'F15:F26' },
      ],
      anchor: 'I18',
      width: 560,
      height: 320,
    },
  ],
};
