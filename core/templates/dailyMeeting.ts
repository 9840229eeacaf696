/**
 * «Планёрка»: the seed's daily meeting — «процент выполнения плана на сегодняшнюю дату конкретными
 * специалистами» — per manager the month plan and the fact to date → PACE on the production calendar;
 * the «счётчики» (calls, meetings, invoices, payments): the daily norm per manager from the month's working
 * days (ACTIVITY_PLAN over MONTH_WORKDAYS_RU) against yesterday's fact, and the month's fact against the
 * plan to date.
 */
import { heading } from './common';
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

const paceHeaders = (): TemplateCell[] => [
  header(t('План на дату', 'Plan to date')),
  header(t('Выполнение на дату', 'Fulfilment to date')),
  header(t('Прогноз на месяц', 'Month forecast')),
  header(t('Нужно в день', 'Needed per day')),
];

const day: Block = {
  anchor: 'A4',
  rows: [
    [header(t('Дата отчёта', 'Report date'))],
    [
      label(
        t(
          'Итоги на дату (для утренней планёрки — вчера)',
          'Results as of (for a morning meeting, yesterday)',
        ),
      ),
      inputFormula(
        '=TODAY()-1',
        'date',
        t(
          'Вчера, пока вы не впишете другую дату: факт ниже — по эту дату включительно.',
          'Yesterday until you type another date: the actuals below run through it.',
        ),
      ),
    ],
    [
      label(t('Рабочих дней в месяце', 'Working days in the month')),
      formula(
        '=MONTH_WORKDAYS_RU(B5)',
        'integer',
        t('По производственному календарю РФ.', 'By the Russian production calendar.'),
      ),
    ],
    [
      label(t('Из них прошло, с датой отчёта', 'Of them gone, the report date included')),
      formula('=WORKDAYS_RU(DATE(YEAR(B5),MONTH(B5),1),B5)', 'integer'),
    ],
    [
      label(t('Менеджеров на планёрке', 'Managers at the meeting')),
      input(4, 'integer', t('Сколько менеджеров делят счётчики.', 'How many managers share the counters.')),
    ],
  ],
};

const MANAGERS: readonly [ru: string, en: string, plan: number, fact: number][] = [
  ['Иванов Алексей', 'Alexey Ivanov', 1_296_000, 62_000],
  ['Петрова Мария', 'Maria Petrova', 1_080_000, 45_000],
  ['Сидоров Кирилл', 'Kirill Sidorov', 1_080_000, 53_000],
  ['Кузнецова Елена', 'Elena Kuznetsova', 864_000, 30_000],
];

const managers: Block = {
  anchor: 'A10',
  rows: [
    [
      header(t('Менеджер', 'Manager')),
      header(t('План месяца, ₽', 'Month plan, RUB')),
      header(t('Факт с начала месяца, ₽', 'Actual so far, RUB')),
      ...paceHeaders(),
    ],
    ...MANAGERS.map(([ru, en, plan, fact], i) => [
      input(t(ru, en), undefined, i === 0 ? t('Имена менеджеров.', 'The managers’ names.') : undefined),
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
      i === 0
        ? formula(
            '=PACE(C11:C14,B11:B14,B5)',
            'money',
            t(
              'План распределён поровну по рабочим дням месяца.',
              'The plan spread evenly over the month’s working days.',
            ),
          )
        : spill('money'),
      spill('percent'),
      spill('money'),
      spill('money'),
    ]),
    [
      header(t('Отдел', 'Team')),
      formula('=SUM(B11:B14)', 'money'),
      formula('=SUM(C11:C14)', 'money'),
      formula('=PACE(C15,B15,B5)', 'money'),
      spill('percent'),
      spill('money'),
      spill('money'),
    ],
  ],
};

const COUNTERS: readonly [ru: string, en: string, plan: number, yesterday: number, soFar: number][] = [
  ['Звонки', 'Calls', 4400, 190, 190],
  ['Встречи', 'Meetings', 352, 15, 15],
  ['Счета', 'Invoices', 176, 8, 8],
  ['Оплаты', 'Payments', 88, 3, 3],
];

const counters: Block = {
  anchor: 'A17',
  rows: [
    [
      header(t('Счётчики отдела', 'Team counters')),
      header(t('План на месяц, шт.', 'Month plan, units')),
      header(
        t('Норма в день на менеджера', 'Daily norm per manager'),
        t(
          'План месяца / (менеджеры × рабочие дни месяца), с округлением вверх.',
          'The month plan / (managers × the month’s working days), rounded up.',
        ),
      ),
      header(t('Вчера, факт отдела', 'Yesterday, team actual')),
      header(t('Вчера, % нормы отдела', 'Yesterday, % of the team norm')),
      header(t('С начала месяца, факт', 'Month so far, actual')),
      ...paceHeaders(),
    ],
    ...COUNTERS.map(([ru, en, plan, yesterday, soFar], i) => {
      const row = 18 + i;
      return [
        label(t(ru, en)),
        input(
          plan,
          'integer',
          i === 0 ? t('Сколько нужно за месяц всем отделом.', 'The team’s target for the month.') : undefined,
        ),
        i === 0 ? formula('=ACTIVITY_PLAN(B18:B21,B8,B6)', 'integer') : spill('integer'),
        input(
          yesterday,
          'integer',
          i === 0 ? t('Сколько сделали вчера всем отделом.', 'What the team did yesterday.') : undefined,
        ),
        formula(`=PLAN_FULFILLMENT(D${row},C${row}*B8)`, 'percent'),
        input(
          soFar,
          'integer',
          i === 0
            ? t('С 1-го числа по дату отчёта включительно.', 'From the 1st through the report date.')
            : undefined,
        ),
        i === 0 ? formula('=PACE(F18:F21,B18:B21,B5)', 'integer') : spill('integer'),
        spill('percent'),
        spill('integer'),
        spill('integer'),
      ];
    }),
  ],
};

export const dailyMeeting: Template = {
  id: 'daily-meeting',
  sheet: t('Планёрка', 'Daily meeting'),
  description: t(
    'Планёрка: выполнение плана на дату по каждому менеджеру и счётчики (звонки, встречи, счета, оплаты) к норме дня.',
    'The daily meeting: each manager’s plan fulfilment to date and the counters (calls, meetings, invoices, payments) against the daily norm.',
  ),
  blocks: [
    {
      anchor: 'A1',
      rows: heading(t('Планёрка: план на дату и счётчики', 'Daily meeting: plan to date and counters')),
    },
    day,
    managers,
    counters,
  ],
  names: {
    meeting_date: 'B5',
    meeting_managers: 'B8',
    meeting_plans: 'B11:B14',
    meeting_facts: 'C11:C14',
    meeting_counter_plans: 'B18:B21',
  },
  freezeRows: 1,
  columnWidths: [330, 150, 190, 170, 190, 190, 150, 160, 150, 150],
  charts: [],
};
