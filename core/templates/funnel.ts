/**
 * «Воронка»: the weekly check of a head of sales (SPEC.md §3) — which stage of the funnel loses the most
 * deals, and how much money is that? Stage counts per manager for the month against the planned
 * conversions (the seed's calls → leads 50%, leads → deals 35%, here split over meetings and invoices:
 * 70% × 80% × 62.5% = 35%) → FUNNEL_CONVERSION and FUNNEL_BOTTLENECK per manager, the department's
 * FUNNEL_GAP with the average check → deals and money lost at each stage, and a chart of that money.
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
  type Texts,
} from './model';

const STAGES: readonly Texts[] = [
  t('Звонки', 'Calls'),
  t('Лиды', 'Leads'),
  t('Встречи', 'Meetings'),
  t('Счета', 'Invoices'),
  t('Сделки', 'Deals'),
];

/** "Звонки → Лиды" for each transition. */
const TRANSITIONS: readonly Texts[] = STAGES.slice(1).map((to, i) =>
  t(`${STAGES[i].ru} → ${to.ru}`, `${STAGES[i].en} → ${to.en}`),
);

/** A month of six managers: about the decomposition's 6 430 calls and 1 125 deals. */
const MANAGERS: readonly [ru: string, en: string, ...counts: number[]][] = [
  ['Иванов Алексей', 'Alexey Ivanov', 1100, 560, 400, 320, 205],
  ['Петрова Мария', 'Maria Petrova', 1050, 500, 330, 270, 170],
  ['Сидоров Кирилл', 'Kirill Sidorov', 1000, 400, 290, 200, 110],
  ['Кузнецова Елена', 'Elena Kuznetsova', 1080, 540, 380, 310, 170],
  ['Новиков Павел', 'Pavel Novikov', 1120, 580, 410, 300, 190],
  ['Орлова Анна', 'Anna Orlova', 1060, 520, 350, 290, 185],
];
const FIRST = 11;
const LAST = FIRST + MANAGERS.length - 1;
const TOTAL = LAST + 1;

const plan: Block = {
  anchor: 'A4',
  rows: [
    [header(t('План воронки', 'The funnel plan')), ...STAGES.map((stage) => header(stage))],
    [
      label(t('Плановая конверсия в следующий этап', 'Planned conversion to the next stage')),
      input(0.5, 'percent', t('Источник: звонок → лид 50%.', 'The seed: call → lead 50%.')),
      input(
        0.7,
        'percent',
        t(
          'Лид → встреча → счёт → сделка: 70% × 80% × 62,5% = 35%, конверсия лида в сделку из источника.',
          'Lead → meeting → invoice → deal: 70% × 80% × 62.5% = 35%, the seed’s lead → deal conversion.',
        ),
      ),
      input(0.8, 'percent'),
      input(0.625, 'percent'),
    ],
    [
      label(t('Средний чек, ₽', 'Average deal size, RUB')),
      input(
        2500,
        'money',
        t(
          'Источник: 2 500 ₽. Во сколько обходится каждая потерянная сделка.',
          'The seed: 2 500 RUB. What each deal lost costs.',
        ),
      ),
    ],
  ],
};

const managers: Block = {
  anchor: 'A9',
  rows: [
    [header(t('Факт по менеджерам за месяц', 'The month’s actuals per manager'))],
    [
      header(t('Менеджер', 'Manager')),
      ...STAGES.map((stage) => header(stage)),
      ...TRANSITIONS.map((transition) => header(transition)),
      header(t('Общая конверсия', 'Overall conversion')),
      header(
        t('Узкое место, № перехода', 'Bottleneck, transition no.'),
        t(
          'FUNNEL_BOTTLENECK: переход, который теряет больше всего сделок против плана (1 — звонки → лиды); 0 — все конверсии в плане.',
          'FUNNEL_BOTTLENECK: the transition that loses the most deals against the plan (1 = calls → leads); 0 when all meet it.',
        ),
      ),
      header(t('Чинить первым', 'Fix first')),
    ],
    ...MANAGERS.map(([ru, en, ...counts], i) => {
      const first = i === 0;
      const row = FIRST + i;
      return [
        input(
          t(ru, en),
          undefined,
          first
            ? t(
                'Имена менеджеров; пустая строка остаётся пустой.',
                'The managers’ names; a blank row stays blank.',
              )
            : undefined,
        ),
        ...counts.map((count) =>
          input(
            count,
            'integer',
            first
              ? t('Сколько было на этом этапе за месяц.', 'How many reached this stage this month.')
              : undefined,
          ),
        ),
        first ? formula(`=FUNNEL_CONVERSION(B${FIRST}:F${LAST})`, 'percent') : spill('percent'),
        ...spills(4, 'percent'),
        first ? formula(`=FUNNEL_BOTTLENECK(B${FIRST}:F${LAST},B5:E5)`, 'integer') : spill('integer'),
        formula(`=IF(L${row}="","",IF(L${row}=0,"—",INDEX(G10:J10,1,L${row})))`),
      ];
    }),
    [
      header(t('Отдел', 'Department')),
      ...['B', 'C', 'D', 'E', 'F'].map((column) =>
        formula(`=SUM(${column}${FIRST}:${column}${LAST})`, 'integer'),
      ),
      formula(`=FUNNEL_CONVERSION(B${TOTAL}:F${TOTAL})`, 'percent'),
      ...spills(4, 'percent'),
      formula(`=FUNNEL_BOTTLENECK(B${TOTAL}:F${TOTAL},B5:E5)`, 'integer'),
      formula(`=IF(L${TOTAL}=0,"—",INDEX(G10:J10,1,L${TOTAL}))`),
    ],
  ],
};

const GAP = TOTAL + 3;

const gap: Block = {
  anchor: `A${TOTAL + 2}`,
  rows: [
    [
      header(t('Где отдел теряет сделки и деньги', 'Where the department loses deals and money')),
      header(t('Конверсия факт', 'Actual conversion')),
      header(t('Конверсия план', 'Planned conversion')),
      header(
        t('Недобор сделок', 'Deals lost'),
        t(
          'FUNNEL_GAP: на сколько сделок больше было бы, если бы только этот переход вышел на план, а остальные остались как есть. Недоборы не складываются: каждый — при прочих равных.',
          'FUNNEL_GAP: how many more deals there would be had this transition alone met its plan, the others as they are. The figures do not add up: each holds the others fixed.',
        ),
      ),
      header(
        t('Недобор, ₽', 'Money lost, RUB'),
        t('Недобор сделок × средний чек.', 'Deals lost × the average deal size.'),
      ),
    ],
    ...TRANSITIONS.map((transition, i) => [
      label(transition),
      i === 0 ? formula(`=FUNNEL_GAP(B${TOTAL}:F${TOTAL},B5:E5,B6)`, 'percent') : spill('percent'),
      spill('percent'),
      spill('number'),
      spill('money'),
    ]),
  ],
};

export const funnel: Template = {
  id: 'funnel',
  sheet: t('Воронка', 'Funnel'),
  description: t(
    'Конверсии по менеджерам против плана, узкое место каждого и отдела, недобор сделок и денег по этапам, диаграмма.',
    'Conversions per manager against the plan, each one’s and the department’s bottleneck, deals and money lost per stage, a chart.',
  ),
  blocks: [
    {
      anchor: 'A1',
      rows: heading(t('Воронка продаж: где теряем сделки', 'Sales funnel: where deals are lost')),
    },
    plan,
    managers,
    gap,
  ],
  names: {
    funnel_plan_conversions: 'B5:E5',
    funnel_avg_check: 'B6',
    funnel_counts: `B${FIRST}:F${LAST}`,
  },
  freezeRows: 1,
  columnWidths: [300, 110, 110, 110, 110, 110, 130, 130, 130, 130, 130, 150, 150],
  charts: [
    {
      type: 'column',
      title: t('Недобор по этапам воронки, ₽', 'Money lost per funnel stage, RUB'),
      categories: `A${GAP}:A${GAP + 3}`,
      series: [{ name: t('Недобор, ₽', 'Money lost, RUB'), values: `E${GAP}:E${GAP + 3}` }],
      anchor: `G${TOTAL + 2}`,
      width: 560,
      height: 300,
    },
  ],
};
