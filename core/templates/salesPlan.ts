/**
 * «План продаж»: the year target in three versions (the seed: «Правильный план имеет три версии:
 * пессимистичный, реальный и оптимистичный»), split by month with seasonality, by channel and by
 * manager with PLAN_SPLIT, a plan-fact table, and the current month on the production calendar: a report
 * date (=TODAY() until the user types one), PACE for the department and each manager, and the year to
 * date against the plan to date.
 */
import { heading, month, MONTHS } from './common';
import {
  type Block,
  formula,
  header,
  input,
  inputFormula,
  label,
  spill,
  t,
  type Template,
  type TemplateCell,
} from './model';

const SEASONALITY = [0.07, 0.07, 0.08, 0.08, 0.08, 0.07, 0.06, 0.07, 0.09, 0.1, 0.11, 0.12];
/**
 * January to November closed; December so far (2 of its 22 working days gone on 02.12.2026). Months after
 * the report date stay blank in real use: the year to date sums every fact typed.
 */
const FACTS = [
  2_610_000, 2_455_000, 2_905_000, 2_790_000, 2_640_000, 2_580_000, 2_050_000, 2_470_000, 3_310_000,
  3_520_000, 4_010_000, 380_000,
];

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
    [label(t('Реалистичная', 'Realistic')), formula('=ROUND(B5/B6,0)*B6', 'money')],
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
            'Продажи месяца; текущий месяц — с начала месяца по дату отчёта. Будущие месяцы оставьте пустыми.',
            'The month’s sales; the current month so far, through the report date. Leave future months blank.',
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
      header(
        t('Выполнение реалистичного плана', 'Realistic plan fulfilment'),
        t(
          'Закрытые месяцы. Текущий месяц сравнивайте с планом на дату — в блоке «Темп» ниже.',
          'Closed months. Compare the current month with the plan to date, in the pace block below.',
        ),
      ),
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
        '=B47',
        'percent',
        t(
          'С начала года на дату отчёта: факт к плану на эту дату (строка 47).',
          'Year to date on the report date: the actual against the plan to that date (row 47).',
        ),
      ),
    ],
  ],
};

const MANAGERS: readonly [ru: string, en: string, weight: number, factSoFar: number][] = [
  ['Иванов Алексей', 'Alexey Ivanov', 0.3, 120_000],
  ['Петрова Мария', 'Maria Petrova', 0.25, 95_000],
  ['Сидоров Кирилл', 'Kirill Sidorov', 0.25, 110_000],
  ['Кузнецова Елена', 'Elena Kuznetsova', 0.2, 55_000],
];
/** The managers' rows of the table at I11. */
const MANAGER_ROWS = [12, 13, 14, 15];

const PACE_COLUMNS: TemplateCell[] = [
  header(t('План на дату, ₽', 'Plan to date, RUB')),
  header(t('Выполнение на дату', 'Fulfilment to date')),
  header(t('Прогноз на месяц, ₽', 'Month forecast, RUB')),
  header(t('Нужно в день, ₽', 'Needed per day, RUB')),
];
const paceSpills = [spill('percent'), spill('money'), spill('money')];

const currentMonth: Block = {
  anchor: 'A29',
  rows: [
    [header(t('Текущий месяц по производственному календарю', 'Current month on the production calendar'))],
    [
      label(t('Дата отчёта', 'Report date')),
      inputFormula(
        '=TODAY()',
        'date',
        t(
          'Сегодня, пока вы не впишете другую дату: её продажи уже в факте. Для утренней планёрки — вчера.',
          'Today until you type another date; its sales are in the actual. For a morning meeting, yesterday.',
        ),
      ),
    ],
    [label(t('Месяц', 'Month')), formula('=INDEX(A15:A26,MONTH(B30))')],
    [
      label(t('Рабочих дней в месяце', 'Working days in the month')),
      formula(
        '=MONTH_WORKDAYS_RU(B30)',
        'integer',
        t('По производственному календарю РФ.', 'By the Russian production calendar.'),
      ),
    ],
    [
      label(t('Из них прошло, с датой отчёта', 'Of them gone, the report date included')),
      formula('=WORKDAYS_RU(DATE(YEAR(B30),MONTH(B30),1),B30)', 'integer'),
    ],
    [
      label(t('План месяца (реалистичный), ₽', 'Month plan (realistic), RUB')),
      formula('=INDEX(D15:D26,MONTH(B30))', 'money'),
    ],
    [
      label(t('Факт с начала месяца, ₽', 'Actual so far, RUB')),
      formula(
        '=INDEX(F15:F26,MONTH(B30))',
        'money',
        t('Из таблицы по месяцам, столбец F.', 'From the months table, column F.'),
      ),
    ],
    [],
    [
      header(
        t('Темп на дату отчёта', 'Pace on the report date'),
        t(
          'План распределён поровну по рабочим дням месяца (PACE).',
          'The plan spread evenly over the month’s working days (PACE).',
        ),
      ),
      ...PACE_COLUMNS,
    ],
    [label(t('Отдел', 'Team')), formula('=PACE(B35,B34,B30)', 'money'), ...paceSpills],
    ...MANAGER_ROWS.map((row, i) => [
      formula(`=I${row}`),
      i === 0 ? formula('=PACE(M12:M15,L12:L15,B30)', 'money') : spill('money'),
      ...paceSpills,
    ]),
    [],
    [header(t('С начала года на дату отчёта', 'Year to date on the report date'))],
    [label(t('Факт с начала года, ₽', 'Actual year to date, RUB')), formula('=SUM(F15:F26)', 'money')],
    [
      label(t('План на дату отчёта, ₽', 'Plan to the report date, RUB')),
      formula(
        '=SUMIF(F15:F26,"<>",D15:D26)-IF(INDEX(F15:F26,MONTH(B30))="",0,B34)+PLAN_TO_DATE(B34,B30)',
        'money',
        t(
          'Месяцы с фактом — целиком, текущий — план на дату: полмесяца факта не сравнивается с планом целого месяца.',
          'Months with an actual in full, the current one to date: half a month’s actual is never set against a whole month’s plan.',
        ),
      ),
    ],
    [
      label(t('Выполнение с начала года', 'Fulfilment year to date')),
      formula('=PLAN_FULFILLMENT(B45,B46)', 'percent'),
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
          'План месяца на дату отчёта (ячейка B34), разложенный по тем же долям.',
          'The report date’s month plan (cell B34) split by the same shares.',
        ),
      ),
      header(t('Факт с начала месяца, ₽', 'Actual so far, RUB')),
    ],
    ...MANAGERS.map(([ru, en, weight, factSoFar], i) => [
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
      i === 0 ? formula('=PLAN_SPLIT(B34,J12:J15,B6)', 'money') : spill('money'),
      input(
        factSoFar,
        'money',
        i === 0
          ? t(
              'Продажи менеджера с 1-го числа по дату отчёта включительно.',
              'The manager’s sales from the 1st through the report date.',
            )
          : undefined,
      ),
    ]),
    [
      header(t('Итого', 'Total')),
      formula('=SUM(J12:J15)', 'percent'),
      formula('=SUM(K12:K15)', 'money'),
      formula('=SUM(L12:L15)', 'money'),
      formula('=SUM(M12:M15)', 'money'),
    ],
  ],
};

export const salesPlan: Template = {
  id: 'sales-plan',
  sheet: t('План продаж', 'Sales plan'),
  description: t(
    'Годовой план в трёх версиях, по месяцам с сезонностью, по каналам и менеджерам; план-факт, темп месяца по производственному календарю.',
    'The annual plan in three versions, by month with seasonality, by channel and by manager; plan vs actual, the month’s pace on the production calendar.',
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
    plan_report_date: 'B30',
    plan_channel_shares: 'J5:J8',
    plan_manager_shares: 'J12:J15',
    plan_manager_facts: 'M12:M15',
  },
  freezeRows: 1,
  columnWidths: [330, 150, 160, 170, 160, 130, 150, 24, 150, 80, 150, 190, 170],
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
