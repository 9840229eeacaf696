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
  label,
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
    [40, 2, 28, 120, 3, 2_400_000, 1_970_000, 720_000, 168],
    [10, 9, 9, 8, 10, 7, 9, 10, 6, 9],
  ],
  [
    'Смирнов Илья',
    'Ilya Smirnov',
    [32, 4, 18, 95, 6, 1_600_000, 1_190_000, 400_000, 160],
    [8, 7, 9, 6, 5, 10, 8, 7, 9, 4],
  ],
  [
    'Волкова Дарья',
    'Daria Volkova',
    [25, 1, 20, 60, 1, 1_900_000, 1_760_000, 570_000, 152],
    [10, 10, 9, 9, 8, 10, 9, 7, 10, 9],
  ],
  [
    'Никитин Павел',
    'Pavel Nikitin',
    [36, 3, 22, 110, 5, 1_800_000, 1_520_000, 450_000, 168],
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
    t(
      'Из неё — выручка ключевых клиентов (здесь — класса A в ABC-анализе ниже).',
      'Of which from key clients (here, class A of the ABC analysis below).',
    ),
  ],
  [
    t('Маржа, ₽', 'Margin, RUB'),
    'money',
    t('Маржа по проектам менеджера за период.', 'Margin of the manager’s projects in the period.'),
  ],
  [
    t('Рабочие часы', 'Working hours'),
    'integer',
    t(
      'Норма рабочего времени за период по производственному календарю (WORKHOURS_RU, период — в B26:B27); в отпуске замените своим числом.',
      'The working-time norm of the period by the production calendar (WORKHOURS_RU, the period in B26:B27); for a vacation type the hours worked.',
    ),
  ],
];

/** The hours column: the calendar's norm for the period, not a typed number. */
const HOURS = 8;

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
      ...values.map((value, k) =>
        k === HOURS ? formula('=WORKHOURS_RU(B26,B27)', 'integer') : input(value, COLUMNS[k][1]),
      ),
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
    formula(
      i < ACCOUNT_MANAGERS.length
        ? `=NPS(B${19 + i}:M${19 + i})`
        : `=NPS(B19:M${18 + ACCOUNT_MANAGERS.length})`,
      'number',
    ),
    // The lifetime is 1 / churn, at most the cap in B25: a period without churn is not an infinite life.
    formula(
      `=LTV(G${source}/B${source},I${source}/G${source},IF(B${11 + i}*B25<=1,B25,1/B${11 + i}))`,
      'money',
    ),
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
        t('Доля рекламаций', 'Complaint rate'),
        t(
          'Nвоз / Nобр: доля обращений с жалобами — не их число.',
          'Nвоз / Nобр: the share of requests that were complaints, not their number.',
        ),
      ),
      header(
        t('Доля выручки ключевых клиентов', 'Key clients’ share of revenue'),
        t(
          'Выручка ключевых клиентов / вся выручка — доля выручки, не доля клиентов.',
          'Key-client revenue / all revenue: a share of revenue, not of clients.',
        ),
      ),
      header(
        t('NPS', 'NPS'),
        t(
          '% промоутеров (9–10) − % критиков (0–6), по оценкам ниже; у отдела — по всем оценкам сразу.',
          '% promoters (9–10) − % detractors (0–6), from the scores below; the department’s over all of them.',
        ),
      ),
      header(
        t('LTV, ₽', 'LTV, RUB'),
        t(
          'Прибыль за жизнь клиента: выручка на клиента × маржинальность × срок жизни (1 / отсев, не больше B25) в периодах.',
          'Profit over a client’s life: revenue per client × margin share × lifetime (1 / churn, at most B25) in periods.',
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

const assumptions: Block = {
  anchor: 'A24',
  rows: [
    [header(t('Допущения', 'Assumptions'))],
    [
      label(t('Срок жизни клиента не больше, периодов', 'Client lifetime at most, periods')),
      input(
        36,
        'integer',
        t(
          'Срок жизни = 1 / отсев, но не больше этого: в месяц без ушедших клиентов LTV не бесконечен. 36 месяцев — 3 года.',
          'Lifetime = 1 / churn, but at most this: in a month with no client lost, LTV is not infinite. 36 months is 3 years.',
        ),
      ),
    ],
    [
      label(t('Период: первый день', 'Period: first day')),
      input(
        t('01.06.2026', '2026-06-01'),
        undefined,
        t(
          'Период отчёта: от него — норма часов (июнь 2026: 21 рабочий день, 11 июня сокращённый, 167 часов).',
          'The report’s period: it gives the hours norm (June 2026: 21 working days, 11 June shortened, 167 hours).',
        ),
      ),
    ],
    [label(t('Период: последний день', 'Period: last day')), input(t('30.06.2026', '2026-06-30'))],
  ],
};

/** The clients who bought in the period, by manager; each manager's sum is their revenue in G4:G7. */
const CLIENTS: readonly [ru: string, en: string, manager: number, revenue: number][] = [
  ['ООО «Север»', 'Sever LLC', 0, 1_450_000],
  ['ООО «Волга-Трейд»', 'Volga-Trade LLC', 2, 1_100_000],
  ['АО «Прогресс»', 'Progress JSC', 3, 900_000],
  ['ООО «Атлант»', 'Atlant LLC', 1, 760_000],
  ['ООО «Меридиан»', 'Meridian LLC', 3, 620_000],
  ['ИП Козлов', 'Kozlov (sole trader)', 0, 520_000],
  ['ООО «Вектор»', 'Vektor LLC', 1, 430_000],
  ['ООО «Гранит»', 'Granit LLC', 2, 360_000],
  ['ООО «Ритм»', 'Ritm LLC', 2, 300_000],
  ['ООО «Орион»', 'Orion LLC', 0, 250_000],
  ['ООО «Луч»', 'Luch LLC', 1, 210_000],
  ['ИП Белова', 'Belova (sole trader)', 3, 180_000],
  ['ООО «Стимул»', 'Stimul LLC', 1, 150_000],
  ['ООО «Каскад»', 'Kaskad LLC', 0, 120_000],
  ['ООО «Форум»', 'Forum LLC', 2, 100_000],
  ['ИП Зайцев', 'Zaitsev (sole trader)', 3, 80_000],
  ['ООО «Исток»', 'Istok LLC', 0, 60_000],
  ['ООО «Берег»', 'Bereg LLC', 1, 50_000],
  ['ИП Макаров', 'Makarov (sole trader)', 2, 40_000],
  ['ООО «Нива»', 'Niva LLC', 3, 20_000],
];
const CLIENT_FIRST = 31;
const CLIENT_LAST = CLIENT_FIRST + CLIENTS.length - 1;

const abc: Block = {
  anchor: 'A29',
  rows: [
    [header(t('ABC-анализ клиентов по выручке', 'ABC analysis of clients by revenue'))],
    [
      header(t('Клиент', 'Client')),
      header(
        t('Менеджер', 'Account manager'),
        t('Строка менеджера в таблице вверху (4–7).', 'The manager’s row in the table above (4–7).'),
      ),
      header(t('Выручка, ₽', 'Revenue, RUB')),
      header(
        t('Класс', 'Class'),
        t(
          'ABC_CLASS: A — крупнейшие клиенты, вместе дающие 80% выручки (включая того, кто пересёк 80%), B — следующие до 95%, C — остальные.',
          'ABC_CLASS: A are the largest clients making up 80% of revenue (including the one that crosses 80%), B the next ones up to 95%, C the rest.',
        ),
      ),
      null,
      header(t('Класс', 'Class')),
      header(t('Выручка класса, ₽', 'Class revenue, RUB')),
      header(t('Доля выручки', 'Share of revenue')),
    ],
    ...CLIENTS.map(([ru, en, manager, revenue], i) => {
      const row = CLIENT_FIRST + i;
      const first = i === 0;
      const summary = ['A', 'B', 'C'][i];
      return [
        input(
          t(ru, en),
          undefined,
          first ? t('Клиенты, купившие за период.', 'The clients who bought in the period.') : undefined,
        ),
        formula(`=A${4 + manager}`),
        input(
          revenue,
          'money',
          first ? t('Выручка клиента за период.', 'The client’s revenue in the period.') : undefined,
        ),
        first ? formula(`=ABC_CLASS(C${CLIENT_FIRST}:C${CLIENT_LAST})`) : spill(),
        null,
        ...(summary
          ? [
              label(t(summary, summary)),
              formula(
                `=SUMIF(D${CLIENT_FIRST}:D${CLIENT_LAST},F${row},C${CLIENT_FIRST}:C${CLIENT_LAST})`,
                'money',
              ),
              formula(`=KEY_CLIENT_SHARE(G${row},C${CLIENT_LAST + 1})`, 'percent'),
            ]
          : []),
      ];
    }),
    [header(t('Итого', 'Total')), null, formula(`=SUM(C${CLIENT_FIRST}:C${CLIENT_LAST})`, 'money')],
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
    assumptions,
    abc,
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
    kpi_nps_scores: 'B19:M22',
    kpi_lifetime_cap: 'B25',
    kpi_period_start: 'B26',
    kpi_period_end: 'B27',
    kpi_client_revenue: `C${CLIENT_FIRST}:C${CLIENT_LAST}`,
  },
  freezeRows: 3,
  columnWidths: [200, 120, 120, 120, 120, 120, 130, 150, 130, 110, 40, 40, 40],
  charts: [],
};
