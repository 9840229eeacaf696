/**
 * «KPI клиентского отдела»: the seed's account-manager KPIs for one period — churn (Kотс / Kобщ),
 * regular clients (Kпост / Kобщ), complaints (Nвоз / Nобр), key-client revenue share, NPS, LTV and
 * margin per hour of work («деньги (маржа), поделённые на единицу рабочего времени»).
 */
import { heading } from './common';
import {
  type Block,
  formula,
  header,
  input,
  spill,
  t,
  type Template,
  type TemplateCell,
  type Texts,
} from './model';

/** Clients, lost, regular, requests, complaints, revenue, key-client revenue, margin, hours: one month. */
type Figures = [
  clients: number,
  lost: number,
  regular: number,
  requests: number,
  complaints: number,
  revenue: number,
  keyRevenue: number,
  margin: number,
  hours: number,
];

const ACCOUNT_MANAGERS: readonly [ru: string, en: string, figures: Figures, scores: number[]][] = [
  [
    'Орлова Анна',
    'Anna Orlova',
    [40, 2, 28, 120, 3, 2_400_000, 1_500_000, 720_000, 168],
    [10, 9, 9, 8, 10, 7, 9, 10, 6, 9],
  ],
  [
    'Смирнов Илья',
    'Ilya Smirnov',
    [32, 4, 18, 95, 6, 1_600_000, 700_000, 400_000, 160],
    [8, 7, 9, 6, 5, 10, 8, 7, 9, 4],
  ],
  [
    'Волкова Дарья',
    'Daria Volkova',
    [25, 1, 20, 60, 1, 1_900_000, 1_300_000, 570_000, 152],
    [10, 10, 9, 9, 8, 10, 9, 7, 10, 9],
  ],
  [
    'Никитин Павел',
    'Pavel Nikitin',
    [36, 3, 22, 110, 5, 1_800_000, 900_000, 450_000, 168],
    [9, 8, 7, 10, 6, 9, 8, 5, 10, 7],
  ],
];

const COLUMNS: readonly [header: Texts, format: 'integer' | 'money', note: Texts][] = [
  [
    t('Клиентов всего', 'Clients'),
    'integer',
    t('Все клиенты менеджера за период (Kобщ).', 'All the manager’s clients in the period (Kобщ).'),
  ],
  [
    t('Ушли', 'Lost'),
    'integer',
    t('Клиенты, ушедшие за период (Kотс).', 'Clients lost in the period (Kотс).'),
  ],
  [t('Постоянные', 'Regular'), 'integer', t('Постоянные клиенты (Kпост).', 'Regular clients (Kпост).')],
  [t('Обращения', 'Requests'), 'integer', t('Все обращения клиентов (Nобр).', 'All client requests (Nобр).')],
  [
    t('Рекламации', 'Complaints'),
    'integer',
    t('Обращения с жалобами (Nвоз).', 'Requests that were complaints (Nвоз).'),
  ],
  [
    t('Выручка, ₽', 'Revenue, RUB'),
    'money',
    t('Выручка клиентов менеджера за период.', 'Revenue from the manager’s clients in the period.'),
  ],
  [
    t('Выручка ключевых клиентов, ₽', 'Key-client revenue, RUB'),
    'money',
    t('Из неё — выручка ключевых клиентов.', 'Of which from key clients.'),
  ],
  [
    t('Маржа, ₽', 'Margin, RUB'),
    'money',
    t('Маржа по проектам менеджера за период.', 'Margin of the manager’s projects in the period.'),
  ],
  [
    t('Рабочие часы', 'Working hours'),
    'integer',
    t('Рабочее время менеджера за период.', 'The manager’s working time in the period.'),
  ],
];

const figures: Block = {
  anchor: 'A3',
  rows: [
    [
      header(
        t('Менеджер', 'Account manager'),
        t('Данные за один период, например за месяц.', 'Figures for one period, e.g. a month.'),
      ),
      ...COLUMNS.map(([text, , note]) => header(text, note)),
    ],
    ...ACCOUNT_MANAGERS.map(([ru, en, values]) => [
      input(t(ru, en)),
      ...values.map((value, k) => input(value, COLUMNS[k][1])),
    ]),
    [
      header(t('Отдел', 'Department')),
      ...COLUMNS.map(([, format], k) => formula(`=SUM(${'BCDEFGHIJ'[k]}4:${'BCDEFGHIJ'[k]}7)`, format)),
    ],
  ],
};

/** One result row per manager (rows 4–7) and the department (row 8); single-row formulas name their row. */
function resultRow(i: number): TemplateCell[] {
  const source = 4 + i;
  const first = i === 0;
  const whole = (text: string, format: 'percent' | 'money') =>
    first ? formula(text, format) : spill(format);
  return [
    i < ACCOUNT_MANAGERS.length ? formula(`=A${source}`) : header(t('Отдел', 'Department')),
    whole('=CHURN_RATE(C4:C8,B4:B8)', 'percent'),
    whole('=REPEAT_SHARE(D4:D8,B4:B8)', 'percent'),
    whole('=COMPLAINT_RATE(F4:F8,E4:E8)', 'percent'),
    whole('=KEY_CLIENT_SHARE(H4:H8,G4:G8)', 'percent'),
    i < ACCOUNT_MANAGERS.length ? formula(`=NPS(B${19 + i}:M${19 + i})`, 'number') : null,
    formula(`=LTV(G${source}/B${source},I${source}/G${source},1/B${11 + i})`, 'money'),
    whole('=MARGIN_PER_HOUR(I4:I8,J4:J8)', 'money'),
  ];
}

const results: Block = {
  anchor: 'A10',
  rows: [
    [
      header(t('Менеджер', 'Account manager')),
      header(
        t('Отсев клиентов', 'Churn'),
        t('Kотс / Kобщ: доля ушедших клиентов.', 'Kотс / Kобщ: the share of clients lost.'),
      ),
      header(t('Доля постоянных', 'Regular share'), t('Kпост / Kобщ.', 'Kпост / Kобщ.')),
      header(
        t('Рекламации', 'Complaint rate'),
        t(
          'Nвоз / Nобр: доля обращений с жалобами.',
          'Nвоз / Nобр: the share of requests that were complaints.',
        ),
      ),
      header(
        t('Доля ключевых клиентов', 'Key-client share'),
        t('Доля выручки от ключевых клиентов.', 'The share of revenue from key clients.'),
      ),
      header(
        t('NPS', 'NPS'),
        t(
          '% промоутеров (9–10) − % критиков (0–6), по оценкам ниже.',
          '% promoters (9–10) − % detractors (0–6), from the scores below.',
        ),
      ),
      header(
        t('LTV, ₽', 'LTV, RUB'),
        t(
          'Прибыль за жизнь клиента: выручка на клиента × маржинальность × срок жизни (1 / отсев) в периодах.',
          'Profit over a client’s life: revenue per client × margin share × lifetime (1 / churn) in periods.',
        ),
      ),
      header(
        t('Маржа на час, ₽', 'Margin per hour, RUB'),
        t(
          'Эффективность менеджера: маржа на час работы.',
          'The manager’s efficiency: margin per working hour.',
        ),
      ),
    ],
    ...Array.from({ length: ACCOUNT_MANAGERS.length + 1 }, (_, i) => resultRow(i)),
  ],
};

/** Twelve score cells per manager: ten answers, two free. */
const SCORE_SLOTS = 12;

const scores: Block = {
  anchor: 'A17',
  rows: [
    [header(t('Оценки NPS', 'NPS scores'))],
    [
      header(t('Менеджер', 'Account manager')),
      header(
        t(
          '«Насколько вероятно, что вы порекомендуете нас?» — оценки клиентов 0–10, по одной в ячейке',
          '"How likely are you to recommend us?" — client scores 0–10, one per cell',
        ),
      ),
    ],
    ...ACCOUNT_MANAGERS.map(([, , , answers], i) => [
      formula(`=A${4 + i}`),
      ...Array.from({ length: SCORE_SLOTS }, (_, k) =>
        input(
          answers[k] ?? null,
          'integer',
          k === 0
            ? t(
                'Целые числа от 0 до 10; пустые ячейки не считаются.',
                'Whole numbers 0 to 10; blank cells are skipped.',
              )
            : undefined,
        ),
      ),
    ]),
  ],
};

export const clientKpi: Template = {
  id: 'client-kpi',
  sheet: t('KPI клиентского отдела', 'Client department KPIs'),
  description: t(
    'Отсев, постоянные клиенты, рекламации, доля ключевых клиентов, NPS, LTV и маржа на час по каждому менеджеру и по отделу.',
    'Churn, regular clients, complaints, key-client share, NPS, LTV and margin per hour for each account manager and the department.',
  ),
  blocks: [
    { anchor: 'A1', rows: heading(t('KPI клиентского отдела', 'Client department KPIs')) },
    figures,
    results,
    scores,
  ],
  names: {
    kpi_clients: 'B4:B7',
    kpi_lost: 'C4:C7',
    kpi_regular: 'D4:D7',
    kpi_requests: 'E4:E7',
    kpi_complaints: 'F4:F7',
    kpi_revenue: 'G4:G7',
    kpi_key_revenue: 'H4:H7',
    kpi_margin: 'I4:I7',
    kpi_hours: 'J4:J7',
    kpi_nps_scores: 'B19:M22',
  },
  freezeRows: 3,
  columnWidths: [200, 120, 120, 120, 120, 120, 130, 150, 130, 110, 40, 40, 40],
  charts: [],
};
