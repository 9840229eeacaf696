/**
 * «Планёрка»: the seed's daily meeting — «процент выполнения плана на сегодняшнюю дату конкретными
 * специалистами» — per manager the month plan and the fact to date → PACE on the production calendar,
 * and the «счётчики» of each seller (calls, meetings, invoices, payments): the daily norm per manager
 * (ACTIVITY_PLAN over MONTH_WORKDAYS_RU) against the report day's fact and the month-to-date fact.
 * Sample numbers follow the seed and the funnel template: 50 calls a day, calls → leads 50%, leads →
 * meetings 70%, → invoices 80%, → payments 62.5%, an average check of 2 500 RUB; the facts are those of
 * the middle of a 22-day month (10 working days gone).
 */
import { heading } from './common';
import {
  type Block,
  formula,
  header,
  input,
  label,
  spill,
  spills,
  t,
  type Template,
  type TemplateCell,
  type Texts,
} from './model';

const COUNTERS: readonly Texts[] = [
  t('Звонки', 'Calls'),
  t('Встречи', 'Meetings'),
  t('Счета', 'Invoices'),
  t('Оплаты', 'Payments'),
];
const COUNTER_COLUMNS = ['B', 'C', 'D', 'E'];
const PERCENT_COLUMNS = ['F', 'G', 'H', 'I'];

/**
 * Five managers: month plan and sales to date (RUB; the plans add up to the department's 2 400 000 =
 * 960 payments × 2 500), then counters on the report day and since the 1st (calls, meetings, invoices,
 * payments). Payments to date × 2 500 = sales to date.
 */
const MANAGERS: readonly {
  name: Texts;
  plan: number;
  fact: number;
  day: readonly number[];
  month: readonly number[];
}[] = [
  {
    name: t('Иванов Алексей', 'Alexey Ivanov'),
    plan: 600_000,
    fact: 290_000,
    day: [55, 19, 15, 12],
    month: [530, 190, 150, 116],
  },
  {
    name: t('Петрова Мария', 'Maria Petrova'),
    plan: 520_000,
    fact: 240_000,
    day: [49, 18, 14, 10],
    month: [505, 180, 140, 96],
  },
  {
    name: t('Сидоров Кирилл', 'Kirill Sidorov'),
    plan: 480_000,
    fact: 180_000,
    day: [38, 13, 10, 6],
    month: [440, 150, 110, 72],
  },
  {
    name: t('Кузнецова Елена', 'Elena Kuznetsova'),
    plan: 440_000,
    fact: 215_000,
    day: [52, 17, 13, 9],
    month: [500, 175, 135, 86],
  },
  {
    name: t('Новиков Павел', 'Pavel Novikov'),
    plan: 360_000,
    fact: 150_000,
    day: [44, 14, 10, 7],
    month: [410, 130, 95, 60],
  },
];
/** The department's month plan of each counter: 5 managers × 22 days × 50 calls, and the funnel down. */
const COUNTER_PLANS = [5500, 1925, 1540, 960];

const DATE = 'B5';
/** 23.01.2026 as a serial day: the date the sample's facts run through. */
const SAMPLE_DATE = 46045;
const WORKDAYS = 'B6';
const ELAPSED = 'B7';
const MANAGER_COUNT = 'B9';

const day: Block = {
  anchor: 'A4',
  rows: [
    [header(t('Дата отчёта', 'Report date'))],
    [
      label(t('Итоги на конец дня', 'Results at the end of')),
      // The sample's facts are those of 23.01.2026 (10 of January's 15 working days): a report date that
      // followed today would set them against another month's plan to date (1 000 % on the 1st).
      input(
        SAMPLE_DATE,
        'date',
        t(
          'Впишите дату, по которую внесён факт. Для утренней планёрки каждый день — формула =WORKDAY_RU(TODAY();-1): прошлый рабочий день (в понедельник — пятница). Весь факт ниже — по эту дату включительно.',
          'Type the date the actuals run through. For a morning meeting every day: =WORKDAY_RU(TODAY(),-1), the last working day (on Monday, Friday). Every actual below runs through it.',
        ),
      ),
    ],
    [
      label(t('Рабочих дней в месяце', 'Working days in the month')),
      formula(
        `=MONTH_WORKDAYS_RU(${DATE})`,
        'integer',
        t(
          'По производственному календарю РФ: праздники, переносы, рабочие субботы.',
          'By the Russian production calendar: holidays, transfers, working Saturdays.',
        ),
      ),
    ],
    [
      label(t('Из них прошло, с датой отчёта', 'Of them gone, the report date included')),
      formula(`=WORKDAYS_RU(DATE(YEAR(${DATE}),MONTH(${DATE}),1),${DATE})`, 'integer'),
    ],
    [label(t('Осталось рабочих дней', 'Working days left')), formula(`=${WORKDAYS}-${ELAPSED}`, 'integer')],
    [
      label(t('Менеджеров в плане', 'Managers in the plan')),
      input(
        MANAGERS.length,
        'integer',
        t('На скольких менеджеров делится план счётчиков.', 'How many managers share the counters’ plan.'),
      ),
    ],
  ],
};

const FIRST = 13;
const LAST = FIRST + MANAGERS.length - 1;
const TEAM = LAST + 1;

const pace: Block = {
  anchor: `A${FIRST - 2}`,
  rows: [
    [header(t('Выручка: выполнение плана на дату', 'Sales: plan fulfilment to date'))],
    [
      header(t('Менеджер', 'Manager')),
      header(t('План месяца, ₽', 'Month plan, RUB')),
      header(t('Факт с 1-го числа, ₽', 'Sales since the 1st, RUB')),
      header(
        t('План на дату, ₽', 'Plan to date, RUB'),
        t(
          'PACE: план месяца поровну по рабочим дням, сколько его приходится на дни по дату отчёта.',
          'PACE: the month plan spread evenly over the working days, the part due through the report date.',
        ),
      ),
      header(t('Выполнение на дату', 'Fulfilment to date')),
      header(
        t('Прогноз на месяц, ₽', 'Month forecast, RUB'),
        t(
          'Факт ÷ прошедшие рабочие дни × все рабочие дни месяца. Пусто, пока не прошло ни одного рабочего дня.',
          'Actual ÷ working days gone × all the month’s working days. Blank until a working day has passed.',
        ),
      ),
      header(
        t('Нужно в день, ₽', 'Needed per day, RUB'),
        t(
          'Остаток плана ÷ оставшиеся рабочие дни; 0, когда план выполнен.',
          'What is left of the plan ÷ working days left; 0 once the plan is met.',
        ),
      ),
    ],
    ...MANAGERS.map(({ name, plan, fact }, i): TemplateCell[] => [
      input(name, undefined, i === 0 ? t('Имена менеджеров.', 'The managers’ names.') : undefined),
      input(
        plan,
        'money',
        i === 0 ? t('План менеджера на месяц.', 'The manager’s plan for the month.') : undefined,
      ),
      input(
        fact,
        'money',
        i === 0
          ? t(
              'Продажи с 1-го числа по дату отчёта включительно.',
              'Sales from the 1st through the report date.',
            )
          : undefined,
      ),
      i === 0 ? formula(`=PACE(C${FIRST}:C${LAST},B${FIRST}:B${LAST},${DATE})`, 'money') : spill('money'),
      spill('percent'),
      spill('money'),
      spill('money'),
    ]),
    [
      header(t('Отдел', 'Department')),
      formula(`=SUM(B${FIRST}:B${LAST})`, 'money'),
      formula(`=SUM(C${FIRST}:C${LAST})`, 'money'),
      formula(`=PACE(C${TEAM},B${TEAM},${DATE})`, 'money'),
      spill('percent'),
      spill('money'),
      spill('money'),
    ],
  ],
};

const PLANS = TEAM + 4;
const NORMS = PLANS + 1;

const norms: Block = {
  anchor: `A${TEAM + 2}`,
  rows: [
    [header(t('Счётчики: план и норма', 'Counters: plan and daily norm'))],
    [null, ...COUNTERS.map((counter) => header(counter))],
    [
      label(t('План отдела на месяц, шт.', 'Department’s month plan, units')),
      ...COUNTER_PLANS.map((plan, i) =>
        input(
          plan,
          'integer',
          i === 0
            ? t(
                '5 менеджеров × 22 рабочих дня × 50 звонков; встречи, счета и оплаты — по конверсиям воронки.',
                '5 managers × 22 working days × 50 calls; meetings, invoices and payments by the funnel’s conversions.',
              )
            : undefined,
        ),
      ),
    ],
    [
      label(
        t('Норма в день на менеджера, шт.', 'Daily norm per manager, units'),
        t(
          'ACTIVITY_PLAN: план ÷ (менеджеры × рабочие дни месяца), с округлением вверх.',
          'ACTIVITY_PLAN: the plan ÷ (managers × the month’s working days), rounded up.',
        ),
      ),
      formula(`=ACTIVITY_PLAN(B${PLANS}:E${PLANS},${MANAGER_COUNT},${WORKDAYS})`, 'integer'),
      ...spills(3, 'integer'),
    ],
  ],
};

/** A table of counters per manager, facts in B:E and their share of `due` in F:I, a department row. */
function counterTable(
  first: number,
  title: Texts,
  factsOf: (manager: (typeof MANAGERS)[number]) => readonly number[],
  factNote: Texts,
  due: (column: string) => string,
  when: string,
): Block {
  const last = first + MANAGERS.length - 1;
  const team = last + 1;
  const percent = (row: number, column: string, norm: string) =>
    formula(`=IF(${when}=0,"",PLAN_FULFILLMENT(${column}${row},${norm}))`, 'percent');
  return {
    anchor: `A${first - 2}`,
    rows: [
      [header(title)],
      [
        header(t('Менеджер', 'Manager')),
        ...COUNTERS.map((counter) => header(counter)),
        ...COUNTERS.map((counter) => header(t(`${counter.ru}, % нормы`, `${counter.en}, % of norm`))),
      ],
      ...MANAGERS.map((manager, i): TemplateCell[] => {
        const row = first + i;
        return [
          formula(`=A${FIRST + i}`),
          ...factsOf(manager).map((fact) => input(fact, 'integer', i === 0 ? factNote : undefined)),
          ...PERCENT_COLUMNS.map((_, k) => percent(row, COUNTER_COLUMNS[k], due(COUNTER_COLUMNS[k]))),
        ];
      }),
      [
        header(t('Отдел', 'Department')),
        ...COUNTER_COLUMNS.map((column) => formula(`=SUM(${column}${first}:${column}${last})`, 'integer')),
        ...COUNTER_COLUMNS.map((column) => percent(team, column, `${due(column)}*${MANAGER_COUNT}`)),
      ],
    ],
  };
}

const DAY = NORMS + 4;
const MONTH = DAY + MANAGERS.length + 4;

const dayCounters = counterTable(
  DAY,
  t('Счётчики за день отчёта', 'Counters on the report day'),
  (manager) => manager.day,
  t(
    'Сколько сделал менеджер в день отчёта. % нормы пуст, если это выходной или праздник.',
    'What the manager did on the report day. The % of norm is blank on a weekend or holiday.',
  ),
  (column) => `${column}$${NORMS}`,
  `WORKDAYS_RU(${DATE},${DATE})`,
);

const monthCounters = counterTable(
  MONTH,
  t('Счётчики с начала месяца', 'Counters since the 1st'),
  (manager) => manager.month,
  t(
    'С 1-го числа по дату отчёта включительно. % — к норме дня × прошедшие рабочие дни.',
    'From the 1st through the report date. The % is of the daily norm × the working days gone.',
  ),
  (column) => `${column}$${NORMS}*${ELAPSED}`,
  ELAPSED,
);

export const dailyMeeting: Template = {
  id: 'daily-meeting',
  sheet: t('Планёрка', 'Daily meeting'),
  description: t(
    'Планёрка: выполнение плана на дату, прогноз и нужное в день по каждому менеджеру; счётчики (звонки, встречи, счета, оплаты) за день и с начала месяца к норме.',
    'The daily meeting: each manager’s fulfilment to date, forecast and daily target; the counters (calls, meetings, invoices, payments) for the day and the month against the norm.',
  ),
  blocks: [
    {
      anchor: 'A1',
      rows: heading(t('Планёрка: план на дату и счётчики', 'Daily meeting: plan to date and counters')),
    },
    day,
    pace,
    norms,
    dayCounters,
    monthCounters,
  ],
  names: {
    meeting_date: DATE,
    meeting_managers: MANAGER_COUNT,
    meeting_plans: `B${FIRST}:B${LAST}`,
    meeting_facts: `C${FIRST}:C${LAST}`,
    meeting_counter_plans: `B${PLANS}:E${PLANS}`,
  },
  freezeRows: 1,
  columnWidths: [300, 150, 170, 150, 160, 160, 150, 150, 150],
  charts: [],
};
