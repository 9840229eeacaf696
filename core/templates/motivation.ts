/**
 * «Мотивация»: a pay scheme that adds up (SPEC.md §3). Managers: the seed's structure — fixed 30%, soft
 * 10% at 100% of KPIs, commission — with the commission rates set by TARGET_COMMISSION_RATE from each
 * manager's target pay and plan (0 up to 80%, r to 100%, 2r above, the seed's 1% → 2% step), so that
 * exactly 100% of plan and of KPIs pays exactly the target; the KPI index from a matrix of three
 * weighted KPIs (KPI_SCORE → KPI_INDEX) is MANAGER_PAY's kpi_fulfillment. The head of sales: fixed
 * 40–45% (the seed), soft pay on KPIs that include the rhythm over the months (RHYTHM_COEFF) and
 * overdue receivables (KPI_SCORE "less"), a bonus by the department's plan (ROP_PAY).
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

const note = (first: boolean, text: Texts) => (first ? text : undefined);

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
      input(
        0.1,
        'percent',
        t('Источник: 10%. Остальное — комиссия.', 'The seed: 10%. The rest is commission.'),
      ),
    ],
    [
      label(t('Пороги выполнения плана', 'Plan fulfilment thresholds')),
      input(
        0.8,
        'percent',
        t(
          'Ступень начинается выше порога: ровно 100% — ещё ступень 80–100%.',
          'A tier starts above its threshold: exactly 100% is still the 80–100% tier.',
        ),
      ),
      input(1, 'percent'),
    ],
    [
      label(t('Комиссия до первого порога', 'Commission up to the first threshold')),
      input(
        0,
        'percent',
        t('Источник: до 80% плана ничего не начисляется.', 'The seed: nothing is paid up to 80% of plan.'),
      ),
    ],
    [
      label(
        t(
          'Ставка выше 100% плана — во сколько раз больше',
          'Rate above 100% of plan, times the 80–100% rate',
        ),
      ),
      input(2, 'number', t('Источник: 1% → 2%, вдвое.', 'The seed: 1% → 2%, twice.')),
    ],
    [
      label(
        t(
          'Веса KPI: звонки, встречи, просроченная дебиторка',
          'KPI weights: calls, meetings, overdue receivables',
        ),
      ),
      input(
        0.4,
        'percent',
        t(
          'Относительные веса трёх KPI матрицы ниже.',
          'Relative weights of the three KPIs of the matrix below.',
        ),
      ),
      input(0.3, 'percent'),
      input(0.3, 'percent'),
    ],
    [
      label(t('Потолок выполнения одного KPI', 'Cap on one KPI’s fulfilment')),
      input(
        1.5,
        'percent',
        t(
          'Перевыполнение одного KPI засчитывается не выше этого.',
          'Overfulfilment of one KPI counts up to this.',
        ),
      ),
    ],
  ],
};

/** Name, calls plan / fact, meetings plan / fact, overdue receivables allowed / fact. */
const KPIS: readonly [ru: string, en: string, ...values: number[]][] = [
  ['Иванов Алексей', 'Alexey Ivanov', 1100, 1210, 60, 66, 100_000, 80_000],
  ['Петрова Мария', 'Maria Petrova', 1100, 1100, 60, 60, 100_000, 100_000],
  ['Сидоров Кирилл', 'Kirill Sidorov', 1100, 990, 60, 45, 100_000, 125_000],
  ['Кузнецова Елена', 'Elena Kuznetsova', 1100, 1155, 60, 63, 100_000, 95_000],
];

const kpiMatrix: Block = {
  anchor: 'A13',
  rows: [
    [header(t('Матрица KPI менеджеров', 'Managers’ KPI matrix'))],
    [
      header(t('Менеджер', 'Manager')),
      header(t('Звонки: план', 'Calls: plan')),
      header(t('Звонки: факт', 'Calls: actual')),
      header(t('Встречи: план', 'Meetings: plan')),
      header(t('Встречи: факт', 'Meetings: actual')),
      header(t('Просрочка: не более, ₽', 'Overdue: at most, RUB')),
      header(t('Просрочка: факт, ₽', 'Overdue: actual, RUB')),
      header(t('Звонки, %', 'Calls, %')),
      header(t('Встречи, %', 'Meetings, %')),
      header(
        t('Просрочка, %', 'Overdue, %'),
        t(
          '«Меньше — лучше»: допустимая / фактическая просрочка.',
          '"Less is better": allowed / actual overdue.',
        ),
      ),
      header(
        t('Индекс KPI', 'KPI index'),
        t(
          'Взвешенное выполнение трёх KPI: от 100% платится мягкий оклад.',
          'The weighted fulfilment of the three KPIs: from 100% the soft salary is paid.',
        ),
      ),
    ],
    ...KPIS.map(([ru, en, ...values], i) => {
      const first = i === 0;
      return [
        input(t(ru, en), undefined, note(first, t('Имена менеджеров.', 'The managers’ names.'))),
        ...values.map((value, k) =>
          input(
            value,
            k >= 4 ? 'money' : 'integer',
            note(
              first,
              k % 2 === 0
                ? t('План KPI на месяц.', 'The KPI’s plan for the month.')
                : t('Факт KPI за месяц.', 'The KPI’s actual for the month.'),
            ),
          ),
        ),
        first ? formula('=KPI_SCORE(C15:C18,B15:B18,"more",B11)', 'percent') : spill('percent'),
        first ? formula('=KPI_SCORE(E15:E18,D15:D18,"more",B11)', 'percent') : spill('percent'),
        first ? formula('=KPI_SCORE(G15:G18,F15:F18,"less",B11)', 'percent') : spill('percent'),
        first ? formula('=KPI_INDEX(H15:J18,B10:D10)', 'percent') : spill('percent'),
      ];
    }),
  ],
};

/** Name row in the KPI matrix, target pay, plan, fact. Each target is 10% of the plan: one rate for all. */
const PAY: readonly [target: number, plan: number, fact: number][] = [
  [100_000, 1_000_000, 1_200_000],
  [90_000, 900_000, 900_000],
  [80_000, 800_000, 600_000],
  [85_000, 850_000, 765_000],
];

function payRow([target, plan, fact]: (typeof PAY)[number], i: number) {
  const first = i === 0;
  const r = 22 + i;
  const rates = `G${r}:I${r}`;
  return [
    formula(`=A${15 + i}`),
    input(
      target,
      'money',
      note(
        first,
        t('Целевой доход за месяц при 100% плана и KPI.', 'Target monthly pay at 100% of plan and KPIs.'),
      ),
    ),
    input(
      plan,
      'money',
      note(first, t('План продаж менеджера на месяц.', 'The manager’s sales plan for the month.')),
    ),
    input(
      fact,
      'money',
      note(first, t('Выручка менеджера за месяц.', 'The manager’s revenue for the month.')),
    ),
    first ? formula('=PLAN_FULFILLMENT(D22:D25,C22:C25)', 'percent') : spill('percent'),
    formula(`=K${15 + i}`, 'percent'),
    formula('=B8', 'percent'),
    first ? formula('=TARGET_COMMISSION_RATE(B22:B25,C22:C25,B5,B6)', 'percent') : spill('percent'),
    formula(`=H${r}*B9`, 'percent'),
    formula(`=MANAGER_PAY(B${r},F${r},D${r},C${r},B5,B6,B7:C7,${rates})`, 'money'),
    ...spills(3, 'money'),
    formula(`=INDEX(MANAGER_PAY(B${r},1,C${r},C${r},B5,B6,B7:C7,${rates}),1,4)`, 'money'),
    formula(`=IF(E${r}>MAX(B7:C7),"—",NEXT_TIER_GAP(D${r},C${r},B7:C7))`, 'money'),
  ];
}

const managers: Block = {
  anchor: 'A20',
  rows: [
    [header(t('Доход менеджеров', 'Managers’ pay'))],
    [
      header(t('Менеджер', 'Manager')),
      header(t('Целевой доход, ₽', 'Target pay, RUB')),
      header(t('План, ₽', 'Plan, RUB')),
      header(t('Факт, ₽', 'Actual, RUB')),
      header(t('Выполнение плана', 'Plan fulfilment')),
      header(t('Индекс KPI', 'KPI index')),
      header(t('Ставка до 80%', 'Rate to 80%')),
      header(
        t('Ставка 80–100%', 'Rate 80–100%'),
        t(
          'TARGET_COMMISSION_RATE: комиссионная часть целевого дохода (100% − 30% − 10% = 60%) / план. При ровно 100% плана она и платится.',
          'TARGET_COMMISSION_RATE: the commission part of the target pay (100% − 30% − 10% = 60%) / plan. At exactly 100% of plan that is what it pays.',
        ),
      ),
      header(t('Ставка выше 100%', 'Rate above 100%')),
      header(t('Твёрдый оклад, ₽', 'Fixed, RUB')),
      header(t('Мягкий оклад, ₽', 'Soft, RUB')),
      header(t('Комиссия, ₽', 'Commission, RUB')),
      header(t('Итого к выплате, ₽', 'Total pay, RUB')),
      header(
        t('При ровно 100% плана и KPI, ₽', 'At exactly 100% of plan and KPIs, RUB'),
        t('Проверка схемы: равно целевому доходу.', 'The scheme’s check: equals the target pay.'),
      ),
      header(
        t('До следующей ступени: ещё больше чем, ₽', 'To the next tier: more than, RUB'),
        t(
          'Следующая ступень начнётся, когда выручка вырастет больше чем на эту сумму; «—» — ступень высшая.',
          'The next tier starts once revenue grows by more than this; "—" means the top tier.',
        ),
      ),
    ],
    ...PAY.map(payRow),
    [
      header(t('Итого', 'Total')),
      formula('=SUM(B22:B25)', 'money'),
      formula('=SUM(C22:C25)', 'money'),
      formula('=SUM(D22:D25)', 'money'),
      formula('=PLAN_FULFILLMENT(D26,C26)', 'percent'),
      null,
      null,
      null,
      null,
      ...['J', 'K', 'L', 'M', 'N'].map((column) => formula(`=SUM(${column}22:${column}25)`, 'money')),
    ],
  ],
};

const MONTHS: readonly [ru: string, en: string, plan: number, fact: number][] = [
  ['Январь', 'January', 3_300_000, 3_350_000],
  ['Февраль', 'February', 3_400_000, 3_180_000],
  ['Март', 'March', 3_450_000, 3_520_000],
  ['Апрель', 'April', 3_500_000, 3_400_000],
  ['Май', 'May', 3_500_000, 3_650_000],
];

const headOfSales: Block = {
  anchor: 'A28',
  rows: [
    [header(t('Руководитель отдела продаж', 'Head of sales'))],
    [
      label(t('Целевой доход руководителя, ₽', 'The head’s target pay, RUB')),
      input(
        200_000,
        'money',
        t('Доход при 100% плана отдела и 100% KPI.', 'Pay at 100% of the department plan and of KPIs.'),
      ),
    ],
    [
      label(t('Доля твёрдого оклада (источник: 40–45%)', 'Fixed salary share (the seed: 40–45%)')),
      input(0.4, 'percent', t('Источник: у руководителя 40–45%.', 'The seed: 40–45% for a head of sales.')),
    ],
    [
      label(t('Доля мягкого оклада (при 100% KPI)', 'Soft salary share (at 100% of KPIs)')),
      input(0.15, 'percent', t('Остальное — база бонуса.', 'The rest is the bonus base.')),
    ],
    [
      label(t('Твёрдый оклад, мягкий оклад, база бонуса, ₽', 'Fixed, soft salary, bonus base, RUB')),
      formula('=PAY_STRUCTURE(B29,B30,B31)', 'money'),
      ...spills(2, 'money'),
    ],
    [label(t('План отдела, ₽', 'Department plan, RUB')), formula('=C26', 'money')],
    [label(t('Факт отдела, ₽', 'Department actual, RUB')), formula('=D26', 'money')],
    [
      label(t('Выполнение плана отдела', 'Department plan fulfilment')),
      formula('=PLAN_FULFILLMENT(B34,B33)', 'percent'),
    ],
    [
      label(t('Пороги выполнения плана отдела', 'Department plan thresholds')),
      input(0.8, 'percent', t('Источник: 80%, 100%, 120%.', 'The seed: 80%, 100%, 120%.')),
      input(1, 'percent'),
      input(1.2, 'percent'),
    ],
    [
      label(t('Коэффициенты бонуса', 'Bonus coefficients')),
      input(
        0,
        'number',
        t(
          'Источник: до 80% — 0, 80–100% — 1, 100–120% — 2, более 120% — 3.',
          'The seed: up to 80% — 0, 80–100% — 1, 100–120% — 2, above 120% — 3.',
        ),
      ),
      input(1, 'number'),
      input(2, 'number'),
      input(3, 'number'),
    ],
  ],
};

const rhythm: Block = {
  anchor: 'A39',
  rows: [
    [
      header(t('Месяц', 'Month')),
      header(
        t('План отдела, ₽', 'Department plan, RUB'),
        t(
          'Закрытые месяцы; текущий — из таблицы выше.',
          'Closed months; the current one comes from the table above.',
        ),
      ),
      header(
        t('Факт отдела, ₽', 'Department actual, RUB'),
        t('Выручка отдела за месяц.', 'The department’s revenue for the month.'),
      ),
    ],
    ...MONTHS.map(([ru, en, plan, fact]) => [label(t(ru, en)), input(plan, 'money'), input(fact, 'money')]),
    [label(t('Июнь (текущий)', 'June (current)')), formula('=B33', 'money'), formula('=B34', 'money')],
    [
      label(t('Ритмичность: Σ min(факт, план) / Σ план', 'Rhythm: Σ min(actual, plan) / Σ plan')),
      formula('=RHYTHM_COEFF(C40:C45,B40:B45)', 'percent'),
    ],
  ],
};

const headKpis: Block = {
  anchor: 'A48',
  rows: [
    [
      header(t('KPI руководителя', 'The head’s KPIs')),
      header(t('План', 'Plan')),
      header(t('Факт', 'Actual')),
      header(t('Вес', 'Weight')),
      header(t('Выполнение', 'Fulfilment')),
    ],
    [
      label(t('Ритмичность выполнения плана', 'Rhythm of plan fulfilment')),
      input(0.95, 'percent', t('Целевая ритмичность.', 'The target rhythm.')),
      formula('=B46', 'percent'),
      input(
        0.5,
        'percent',
        t('Относительные веса KPI руководителя.', 'Relative weights of the head’s KPIs.'),
      ),
      formula('=KPI_SCORE(C49,B49,"more",B11)', 'percent'),
    ],
    [
      label(
        t('Просроченная дебиторка отдела, ₽ (не более)', 'Department overdue receivables, RUB (at most)'),
      ),
      input(
        450_000,
        'money',
        t(
          'Допустимая просрочка; факт — сумма по менеджерам.',
          'The overdue allowed; the actual is the managers’ sum.',
        ),
      ),
      formula('=SUM(G15:G18)', 'money'),
      input(0.5, 'percent'),
      formula('=KPI_SCORE(C50,B50,"less",B11)', 'percent'),
    ],
    [
      label(t('Индекс KPI руководителя', 'The head’s KPI index')),
      formula('=KPI_INDEX(E49:E50,D49:D50)', 'percent'),
    ],
    [
      null,
      header(t('Твёрдый оклад, ₽', 'Fixed, RUB')),
      header(t('Мягкий оклад, ₽', 'Soft, RUB')),
      header(t('Бонус, ₽', 'Bonus, RUB')),
      header(t('Итого, ₽', 'Total, RUB')),
    ],
    [
      label(t('Доход руководителя', 'The head’s pay')),
      formula('=ROP_PAY(B32,C32,D32,B35,B51,B36:D36,B37:E37)', 'money'),
      ...spills(3, 'money'),
    ],
    [
      label(t('До следующей ступени бонуса: ещё больше чем, ₽', 'To the next bonus tier: more than, RUB')),
      formula('=IF(B35>MAX(B36:D36),"—",NEXT_TIER_GAP(B34,B33,B36:D36))', 'money'),
    ],
  ],
};

export const motivation: Template = {
  id: 'motivation',
  sheet: t('Мотивация', 'Motivation'),
  description: t(
    'Схема, которая сходится: ставки комиссии из целевого дохода и плана, матрица KPI, доход менеджеров и руководителя.',
    'A scheme that adds up: commission rates from target pay and plan, a KPI matrix, the managers’ and the head’s pay.',
  ),
  blocks: [
    { anchor: 'A1', rows: heading(t('Мотивация отдела продаж', 'Sales team pay')) },
    scheme,
    kpiMatrix,
    managers,
    headOfSales,
    rhythm,
    headKpis,
  ],
  names: {
    motiv_fixed_share: 'B5',
    motiv_soft_share: 'B6',
    motiv_thresholds: 'B7:C7',
    motiv_multiplier: 'B9',
    motiv_kpi_weights: 'B10:D10',
    motiv_kpi_cap: 'B11',
    motiv_rop_target: 'B29',
    motiv_rop_fixed_share: 'B30',
    motiv_rop_soft_share: 'B31',
    motiv_rop_thresholds: 'B36:D36',
    motiv_rop_coefficients: 'B37:E37',
  },
  freezeRows: 1,
  columnWidths: [360, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 140, 170, 190],
  charts: [],
};
