/**
 * «Мотивация»: the seed's schemes. Managers: fixed 30%, soft 10% at 100% of KPIs, commission 1% of
 * revenue at 80–100% of plan and 2% above (MANAGER_PAY), and how much is left to the next tier
 * (NEXT_TIER_GAP). The head of sales: fixed and soft salary plus the bonus coefficient 0 / 1 / 2 / 3
 * at 80 / 100 / 120% of the department plan (ROP_PAY).
 */
import { COMMISSION_MODES, heading } from './common';
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

/** Threshold and rate cells: the seed's values, then blanks the user may fill to add tiers. */
function tierInputs(
  values: readonly number[],
  slots: number,
  format: 'percent' | 'number',
  note: Texts,
): TemplateCell[] {
  return Array.from({ length: slots }, (_, i) =>
    input(values[i] ?? null, format, i === 0 ? note : undefined),
  );
}

const scheme: Block = {
  anchor: 'A4',
  rows: [
    [header(t('Схема оплаты менеджеров', 'Managers’ pay scheme'))],
    [
      label(t('Доля твёрдого оклада в целевом доходе', 'Fixed salary share of target pay')),
      input(0.3, 'percent', t('Источник: 30%.', 'The seed: 30%.')),
    ],
    [
      label(t('Доля мягкого оклада (платится при 100% KPI)', 'Soft salary share (paid at 100% of KPIs)')),
      input(0.1, 'percent', t('Источник: 10%.', 'The seed: 10%.')),
    ],
    [
      label(t('Пороги выполнения плана', 'Plan fulfilment thresholds')),
      ...tierInputs(
        [0.8, 1],
        4,
        'percent',
        t(
          'По возрастанию; ступень начинается выше порога. Новый порог — в пустую ячейку справа, и ставку к нему.',
          'Ascending; a tier starts above its threshold. Add a threshold in a blank cell on the right, with its rate.',
        ),
      ),
    ],
    [
      label(t('Комиссия от выручки на ступенях', 'Commission on revenue by tier')),
      ...tierInputs(
        [0, 0.01, 0.02],
        5,
        'percent',
        t(
          'На одну больше порогов: до 80% — 0, 80–100% — 1%, выше 100% — 2%.',
          'One more than thresholds: up to 80% — 0, 80–100% — 1%, above 100% — 2%.',
        ),
      ),
    ],
    [
      label(t('Режим начисления', 'Commission mode')),
      input(
        t(COMMISSION_MODES.ru[0], COMMISSION_MODES.en[0]),
        undefined,
        t(
          '«ретро»: достигнутая ставка — на всю выручку; «прогрессивная»: каждая часть выручки между порогами — по своей ставке.',
          '"retro": the reached rate applies to all revenue; "marginal": each band of revenue between thresholds is paid at its own rate.',
        ),
        COMMISSION_MODES,
      ),
    ],
  ],
};

/** Name, target pay, plan, fact, KPI fulfilment. Иванов is at 120% of plan: the seed's 2% tier. */
const MANAGERS: readonly [
  ru: string,
  en: string,
  targetPay: number,
  plan: number,
  fact: number,
  kpi: number,
][] = [
  ['Иванов Алексей', 'Alexey Ivanov', 100_000, 1_000_000, 1_200_000, 1],
  ['Петрова Мария', 'Maria Petrova', 90_000, 1_000_000, 950_000, 1],
  ['Сидоров Кирилл', 'Kirill Sidorov', 80_000, 800_000, 600_000, 0.9],
  ['Кузнецова Елена', 'Elena Kuznetsova', 85_000, 900_000, 810_000, 1.1],
];

function managerRow(
  [ru, en, targetPay, plan, fact, kpi]: (typeof MANAGERS)[number],
  i: number,
): TemplateCell[] {
  const first = i === 0;
  const note = (text: Texts) => (first ? text : undefined);
  return [
    input(t(ru, en), undefined, note(t('Имена менеджеров.', 'The managers’ names.'))),
    input(
      targetPay,
      'money',
      note(
        t(
          'Целевой доход за месяц: от него считаются оклады.',
          'Target monthly pay: the salaries are its shares.',
        ),
      ),
    ),
    input(
      plan,
      'money',
      note(t('План продаж менеджера на месяц.', 'The manager’s sales plan for the month.')),
    ),
    input(fact, 'money', note(t('Выручка менеджера за месяц.', 'The manager’s revenue for the month.'))),
    first ? formula('=PLAN_FULFILLMENT(D12:D15,C12:C15)', 'percent') : spill('percent'),
    input(
      kpi,
      'percent',
      note(
        t(
          'Выполнение KPI: при 100% и выше платится мягкий оклад.',
          'KPI fulfilment: at 100% or more the soft salary is paid.',
        ),
      ),
    ),
    first
      ? formula('=MANAGER_PAY(B12:B15,F12:F15,D12:D15,C12:C15,B5,B6,B7:E7,B8:F8,B9)', 'money')
      : spill('money'),
    ...spills(3, 'money'),
    first ? formula('=NEXT_TIER_GAP(D12:D15,C12:C15,B7:E7)', 'money') : spill('money'),
  ];
}

const managers: Block = {
  anchor: 'A11',
  rows: [
    [
      header(t('Менеджер', 'Manager')),
      header(t('Целевой доход, ₽', 'Target pay, RUB')),
      header(t('План, ₽', 'Plan, RUB')),
      header(t('Факт, ₽', 'Actual, RUB')),
      header(t('Выполнение плана', 'Plan fulfilment')),
      header(t('Выполнение KPI', 'KPI fulfilment')),
      header(t('Твёрдый оклад, ₽', 'Fixed, RUB')),
      header(t('Мягкий оклад, ₽', 'Soft, RUB')),
      header(t('Комиссия, ₽', 'Commission, RUB')),
      header(t('Итого к выплате, ₽', 'Total pay, RUB')),
      header(
        t('До следующей ступени, ₽', 'To the next tier, RUB'),
        t(
          'Сколько выручки не хватает до следующего порога; 0 — все пороги пройдены.',
          'Revenue still needed to reach the next threshold; 0 once past the last.',
        ),
      ),
    ],
    ...MANAGERS.map(managerRow),
    [
      header(t('Итого', 'Total')),
      formula('=SUM(B12:B15)', 'money'),
      formula('=SUM(C12:C15)', 'money'),
      formula('=SUM(D12:D15)', 'money'),
      formula('=PLAN_FULFILLMENT(D16,C16)', 'percent'),
      null,
      ...['G', 'H', 'I', 'J'].map((column) => formula(`=SUM(${column}12:${column}15)`, 'money')),
    ],
  ],
};

const headOfSales: Block = {
  anchor: 'A18',
  rows: [
    [header(t('Руководитель отдела продаж', 'Head of sales'))],
    [
      label(t('Твёрдый оклад, ₽', 'Fixed salary, RUB')),
      input(
        60_000,
        'money',
        t('Источник: 40–45% дохода руководителя.', 'The seed: 40–45% of the head’s pay.'),
      ),
    ],
    [
      label(t('Мягкий оклад, ₽ (при 100% KPI)', 'Soft salary, RUB (at 100% of KPIs)')),
      input(
        20_000,
        'money',
        t('Платится при выполнении KPI руководителя на 100%.', 'Paid when the head’s KPIs are at 100%.'),
      ),
    ],
    [
      label(t('База бонуса, ₽', 'Bonus base, RUB')),
      input(
        60_000,
        'money',
        t(
          'Бонус = база × коэффициент за выполнение плана отдела.',
          'Bonus = base × the coefficient for the department’s plan fulfilment.',
        ),
      ),
    ],
    [label(t('План отдела, ₽', 'Department plan, RUB')), formula('=C16', 'money')],
    [label(t('Факт отдела, ₽', 'Department actual, RUB')), formula('=D16', 'money')],
    [
      label(t('Выполнение плана отдела', 'Department plan fulfilment')),
      formula('=PLAN_FULFILLMENT(B23,B22)', 'percent'),
    ],
    [
      label(t('Выполнение KPI руководителя', 'Head’s KPI fulfilment')),
      input(
        1,
        'percent',
        t('При 100% и выше платится мягкий оклад.', 'At 100% or more the soft salary is paid.'),
      ),
    ],
    [
      label(t('Пороги выполнения плана отдела', 'Department plan thresholds')),
      ...tierInputs(
        [0.8, 1, 1.2],
        4,
        'percent',
        t('Источник: 80%, 100%, 120%.', 'The seed: 80%, 100%, 120%.'),
      ),
    ],
    [
      label(t('Коэффициенты бонуса', 'Bonus coefficients')),
      ...tierInputs(
        [0, 1, 2, 3],
        5,
        'number',
        t(
          'Источник: до 80% — 0, 80–100% — 1, 100–120% — 2, более 120% — 3.',
          'The seed: up to 80% — 0, 80–100% — 1, 100–120% — 2, above 120% — 3.',
        ),
      ),
    ],
    [
      null,
      header(t('Твёрдый оклад, ₽', 'Fixed, RUB')),
      header(t('Мягкий оклад, ₽', 'Soft, RUB')),
      header(t('Бонус, ₽', 'Bonus, RUB')),
      header(t('Итого, ₽', 'Total, RUB')),
    ],
    [
      label(t('Доход руководителя', 'Head’s pay')),
      formula('=ROP_PAY(B19,B20,B21,B24,B25,B26:E26,B27:F27)', 'money'),
      ...spills(3, 'money'),
    ],
    [
      label(t('До следующей ступени бонуса, ₽', 'To the next bonus tier, RUB')),
      formula('=NEXT_TIER_GAP(B23,B22,B26:E26)', 'money'),
    ],
  ],
};

export const motivation: Template = {
  id: 'motivation',
  sheet: t('Мотивация', 'Motivation'),
  description: t(
    'Доход менеджеров (оклады и комиссия по ступеням) и руководителя (оклады и бонус по выполнению плана отдела).',
    'Managers’ pay (salaries and tiered commission) and the head of sales’ pay (salaries and a bonus for the department plan).',
  ),
  blocks: [
    { anchor: 'A1', rows: heading(t('Мотивация отдела продаж', 'Sales team pay')) },
    scheme,
    managers,
    headOfSales,
  ],
  names: {
    motiv_fixed_share: 'B5',
    motiv_soft_share: 'B6',
    motiv_thresholds: 'B7:E7',
    motiv_rates: 'B8:F8',
    motiv_mode: 'B9',
    motiv_rop_fixed: 'B19',
    motiv_rop_soft: 'B20',
    motiv_rop_bonus_base: 'B21',
    motiv_rop_kpi: 'B25',
    motiv_rop_thresholds: 'B26:E26',
    motiv_rop_coefficients: 'B27:F27',
  },
  freezeRows: 1,
  columnWidths: [330, 130, 130, 130, 130, 130, 130, 130, 130, 150, 170],
  charts: [],
};
