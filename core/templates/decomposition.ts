/**
 * «Декомпозиция»: the seed's example — 450 000 ₽ of profit at 16% margin, 2 500 ₽ average check, 35%
 * lead → deal and 50% call → lead — decomposed with SALES_DECOMPOSE into revenue, deals, leads, calls
 * and days; the daily activity per manager (ACTIVITY_PLAN) and the headcount the calls need in the
 * period (MANAGERS_NEEDED); a funnel of any stages (REVERSE_FUNNEL) whose target is the deals above.
 */
import { heading } from './common';
import { type Block, formula, header, input, label, spills, t, type Template } from './model';

const inputs: Block = {
  anchor: 'A4',
  rows: [
    [header(t('Исходные данные', 'Inputs'))],
    [
      label(t('Цель по чистой прибыли за период, ₽', 'Net profit target for the period, RUB')),
      input(450_000, 'money', t('Сколько нужно заработать чистыми.', 'The net profit you need to earn.')),
    ],
    [
      label(t('Маржа: доля прибыли в выручке', 'Margin: profit share of revenue')),
      input(
        0.16,
        'percent',
        t(
          '16% — из каждых 100 ₽ выручки 16 ₽ прибыли.',
          '16%: 16 RUB of profit in every 100 RUB of revenue.',
        ),
      ),
    ],
    [
      label(t('Средний чек, ₽', 'Average deal size, RUB')),
      input(2500, 'money', t('Средняя сумма одной сделки.', 'The average amount of one deal.')),
    ],
    [
      label(t('Конверсия лида в сделку', 'Lead → deal conversion')),
      input(
        0.35,
        'percent',
        t('Какая доля лидов становится сделками: 35%.', 'The share of leads that become deals: 35%.'),
      ),
    ],
    [
      label(t('Конверсия звонка в лид', 'Call → lead conversion')),
      input(
        0.5,
        'percent',
        t('Какая доля звонков даёт лид: 50%.', 'The share of calls that give a lead: 50%.'),
      ),
    ],
    [
      label(t('Звонков в день на менеджера', 'Calls a day per manager')),
      input(
        50,
        'integer',
        t('Сколько звонков менеджер делает за день.', 'How many calls a manager makes a day.'),
      ),
    ],
    [
      label(t('Менеджеров', 'Managers')),
      input(
        6,
        'integer',
        t(
          'Сколько менеджеров делят план; сколько нужно — в строке 17.',
          'How many managers share the plan; how many are needed is in row 17.',
        ),
      ),
    ],
    [
      label(
        t('Рабочих дней в месяце (производственный календарь)', 'Working days in the month (RU calendar)'),
      ),
      formula(
        '=MONTH_WORKDAYS_RU(C12)',
        'integer',
        t(
          'Рабочие дни месяца из ячейки C12 по производственному календарю РФ.',
          'The working days of the month in C12, by the Russian production calendar.',
        ),
      ),
      input(
        46447,
        'date',
        t(
          'Любой день месяца, на который ставите план: март 2027 — 22 рабочих дня.',
          'Any day of the month you plan for: March 2027 has 22 working days.',
        ),
      ),
    ],
  ],
};

const result: Block = {
  anchor: 'A14',
  rows: [
    [
      null,
      header(t('Выручка, ₽', 'Revenue, RUB')),
      header(t('Сделки', 'Deals')),
      header(t('Лиды', 'Leads')),
      header(t('Звонки', 'Calls')),
      header(
        t('Дней работы команды', 'Days of the team’s work'),
        t(
          'Сколько дней нужно менеджерам из B11 при звонках в день из B10; сравните с рабочими днями периода.',
          'Days the managers of B11 need at the calls a day of B10; compare with the period’s working days.',
        ),
      ),
    ],
    [
      label(t('Нужно за период', 'Needed in the period')),
      formula('=SALES_DECOMPOSE(B5,B6,B7,B8,B9,B10,B11)', 'money'),
      ...spills(4, 'integer'),
    ],
    [
      label(
        t(
          'В день на менеджера, чтобы успеть за рабочие дни периода',
          'Per manager a day to make it in the period’s working days',
        ),
      ),
      null,
      formula('=ACTIVITY_PLAN(C15:E15,B11,B12)', 'integer'),
      ...spills(2, 'integer'),
    ],
    [
      label(
        t(
          'Менеджеров нужно, чтобы сделать эти звонки за рабочие дни периода',
          'Managers needed to make these calls in the period’s working days',
        ),
      ),
      formula(
        '=MANAGERS_NEEDED(E15,B10,B12)',
        'integer',
        t(
          'MANAGERS_NEEDED: звонки / (звонков в день × рабочих дней), с округлением вверх — столько менеджеров держать в штате.',
          'MANAGERS_NEEDED: calls / (calls a day × working days), rounded up — the headcount to keep.',
        ),
      ),
    ],
  ],
};

const funnel: Block = {
  anchor: 'A18',
  rows: [
    [header(t('Воронка', 'Funnel')), header(t('Нужно', 'Needed'))],
    [label(t('Звонки', 'Calls')), formula('=E15', 'integer')],
    [label(t('Лиды', 'Leads')), formula('=D15', 'integer')],
    [label(t('Сделки', 'Deals')), formula('=C15', 'integer')],
  ],
};

const STAGES: readonly [string, string][] = [
  ['Звонки', 'Calls'],
  ['Встречи', 'Meetings'],
  ['КП', 'Proposals'],
  ['Сделки', 'Deals'],
];
const CONVERSIONS = [0.2, 0.5, 0.4];
/** Stage columns B–G: four used, two free for stages the user adds. */
const SLOTS = 6;

const customFunnel: Block = {
  anchor: 'A23',
  rows: [
    [header(t('Своя воронка: любые этапы', 'Your own funnel: any stages'))],
    [
      label(t('Нужно на последнем этапе (сделок, оплат)', 'Needed at the last stage (deals, payments)')),
      formula(
        '=C15',
        'integer',
        t(
          'Сделки из декомпозиции выше; можно заменить своим числом.',
          'The deals of the decomposition above; you may type your own number.',
        ),
      ),
    ],
    [
      label(t('Этап', 'Stage')),
      ...Array.from({ length: SLOTS }, (_, i) => {
        const stage = STAGES[i];
        return input(
          stage ? t(...stage) : null,
          undefined,
          i === 0
            ? t(
                'Названия этапов сверху вниз; добавляйте этапы в пустые ячейки справа.',
                'Stage names, top to bottom; add stages in the blank cells on the right.',
              )
            : undefined,
        );
      }),
    ],
    [
      label(t('Конверсия в следующий этап', 'Conversion to the next stage')),
      ...Array.from({ length: SLOTS - 1 }, (_, i) =>
        input(
          CONVERSIONS[i] ?? null,
          'percent',
          i === 0
            ? t(
                'Какая доля этапа переходит в следующий; под последним этапом — пусто.',
                'The share of the stage that moves to the next; blank under the last stage.',
              )
            : undefined,
        ),
      ),
    ],
    [
      label(t('Нужно на этапе', 'Needed at the stage')),
      formula('=REVERSE_FUNNEL(B24,B26:F26)', 'integer'),
      ...spills(SLOTS - 1, 'integer'),
    ],
  ],
};

export const decomposition: Template = {
  id: 'decomposition',
  sheet: t('Декомпозиция', 'Decomposition'),
  description: t(
    'Цель по прибыли → выручка, сделки, лиды, звонки и дни; активность в день на менеджера; своя воронка.',
    'A profit target → revenue, deals, leads, calls and days; daily activity per manager; your own funnel.',
  ),
  blocks: [
    { anchor: 'A1', rows: heading(t('Декомпозиция цели по прибыли', 'Profit target decomposition')) },
    inputs,
    result,
    funnel,
    customFunnel,
  ],
  names: {
    decomp_profit_target: 'B5',
    decomp_margin: 'B6',
    decomp_avg_check: 'B7',
    decomp_lead_to_deal: 'B8',
    decomp_call_to_lead: 'B9',
    decomp_calls_per_day: 'B10',
    decomp_managers: 'B11',
    decomp_month: 'C12',
    decomp_funnel_conversions: 'B26:F26',
  },
  freezeRows: 1,
  columnWidths: [390, 130, 110, 110, 110, 110, 110],
  charts: [
    {
      type: 'bar',
      title: t('Воронка продаж: сколько нужно', 'Sales funnel: what is needed'),
      categories: 'A19:A21',
      series: [{ name: t('Нужно', 'Needed'), values: 'B19:B21' }],
      anchor: 'I4',
      width: 480,
      height: 300,
    },
  ],
};
