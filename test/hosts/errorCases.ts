/**
 * Inputs that trigger every error docs/functions.md lists for a formula (core/errorRules.ts): those of
 * the parameters' kinds are made here from the example's arguments with one argument spoiled; those of
 * the formula's own rules (`FormulaSpec.errors`) are written out in FORMULA_TRIGGERS.
 */
import type { ErrorKind } from '../../core/errors';
import { type Cause, type ErrorRule, errorRules } from '../../core/errorRules';
import type { FormulaSpec, ParamSpec } from '../../core/spec';
import { exampleArgs } from '../../scripts/examples';

/** Arguments for each of a formula's own errors, in the order its `errors` lists them per kind, and a piece of the message. */
export const FORMULA_TRIGGERS: Readonly<
  Record<string, readonly (readonly [ErrorKind, unknown[], string])[]>
> = {
  RUN_RATE: [['#NUM!', [450000, 22, 21], 'elapsed_days cannot exceed total_days']],
  DAILY_TARGET: [['#DIV/0!', [1000000, 640000, 0], 'days_left cannot be zero']],
  PLAN_SPLIT: [
    ['#NUM!', [1000, [[1], [1], [1]], 3], 'total (1000) is not a multiple of step (3)'],
    ['#NUM!', [1e300, [[1], [1], [1]], 1], 'total divided by step is more than 2^53 steps'],
    ['#DIV/0!', [1000, [[0], [0], ['']], 1], 'weights are all zero'],
  ],
  ROP_BONUS: [
    [
      '#VALUE!',
      [1.1, null, [[0.8], [1]], [[0], [1], [2], [3]]],
      'coefficients needs 3 values for 2 thresholds, got 4',
    ],
  ],
  ROP_PAY: [
    [
      '#VALUE!',
      [60000, 20000, 50000, 1.1, 1, null, [[0], [1]]],
      'coefficients needs 4 values for 3 thresholds, got 2',
    ],
  ],
  SALES_COMMISSION: [
    ['#VALUE!', [1200000, 1000000, [[0.8], [1], [1.2]]], 'rates needs 4 values for 3 thresholds, got 3'],
  ],
  COMMISSION_EXPLAIN: [
    [
      '#VALUE!',
      [1200000, 1000000, null, [[0.01], [0.02]], 'marginal'],
      'rates needs 3 values for 2 thresholds, got 2',
    ],
  ],
  MANAGER_PAY: [
    [
      '#VALUE!',
      [100000, 1, 1200000, 1000000, null, null, [[1]]],
      'rates needs 2 values for 1 thresholds, got 3',
    ],
    ['#NUM!', [100000, 1, 1200000, 1000000, 0.7, 0.4], 'fixed_share + soft_share cannot exceed 100%'],
  ],
  PAY_STRUCTURE: [['#NUM!', [100000, 0.95, 0.1], 'fixed_share + soft_share cannot exceed 100%']],
  CHURN_RATE: [['#NUM!', [250, 240], 'lost_clients cannot exceed total_clients']],
  REPEAT_SHARE: [['#NUM!', [241, 240], 'regular_clients cannot exceed total_clients']],
  COMPLAINT_RATE: [['#NUM!', [151, 150], 'complaints cannot exceed requests']],
  KEY_CLIENT_SHARE: [['#NUM!', [3000001, 3000000], 'key_revenue cannot exceed total_revenue']],
  NPS: [['#DIV/0!', [[[''], [''], ['']]], 'scores has no values']],
  SALARY_BAND: [
    ['#N/A', ['Марс', 'компании', 2], 'Region "Марс" is not in the salary table'],
    ['#N/A', ['Казань', 'банки', 2], 'Segment "банки" is not known'],
    ['#N/A', ['Москва', 'агентства', 2], 'Moscow, agencies: the source gives only a median'],
  ],
  WORKDAYS_RU: [
    [
      '#VALUE!',
      ['01.01.2026', '31.01.2026', '30.01.2026', [['30.01.2026']]],
      '30.01.2026 is in both holidays',
    ],
    ['#N/A', ['01.01.2026', '01.01.2028'], 'end: 01.01.2028 is outside the production calendar'],
  ],
  MONTH_WORKDAYS_RU: [
    ['#VALUE!', ['15.01.2026', '30.01.2026', '30.01.2026'], '30.01.2026 is in both holidays'],
    ['#N/A', ['15.01.2012'], 'date: 15.01.2012 is outside the production calendar'],
  ],
  WORKDAY_RU: [
    ['#VALUE!', ['30.12.2026', 1, '30.12.2026', '30.12.2026'], '30.12.2026 is in both holidays'],
    ['#N/A', ['30.12.2027', 5], 'the date sought is outside the production calendar'],
  ],
  WORKHOURS_RU: [
    ['#N/A', ['01.01.2028', '31.12.2028'], 'start: 01.01.2028 is outside the production calendar'],
  ],
  PLAN_TO_DATE: [
    ['#VALUE!', [1500000, '23.01.2026', null, null, '23.01.2026', '23.01.2026'], '23.01.2026 is in both'],
    ['#NUM!', [1500000, '23.01.2026', '31.01.2026', '01.01.2026'], 'period_start cannot exceed period_end'],
    ['#DIV/0!', [1500000, '05.01.2026', '01.01.2026', '11.01.2026'], 'has no working day'],
    ['#N/A', [1500000, '23.01.2028'], 'as_of: 23.01.2028 is outside the production calendar'],
  ],
  PACE: [
    ['#VALUE!', [300000, 1000000, '23.01.2026', null, null, '23.01.2026', '23.01.2026'], 'is in both'],
    ['#NUM!', [300000, 1000000, '23.01.2026', '31.01.2026', '01.01.2026'], 'period_start cannot exceed'],
    ['#DIV/0!', [300000, 1000000, '05.01.2026', '01.01.2026', '11.01.2026'], 'has no working day'],
    ['#N/A', [300000, 1000000, '23.01.2026', '01.01.2012'], 'period_start: 01.01.2012 is outside'],
  ],
  SALARY_COMPA: [
    ['#N/A', [87000, 'Марс', 'компании'], 'Region "Марс" is not in the salary table'],
    ['#N/A', [87000, 'Казань', 'банки'], 'Segment "банки" is not known'],
  ],
  FUNNEL_CONVERSION: [['#VALUE!', [[[1000]]], 'counts needs at least 2 funnel stages, got 1']],
  FUNNEL_GAP: [
    [
      '#VALUE!',
      [
        [
          [1000, 300, 60],
          [900, 200, 50],
        ],
        [[0.5], [0.35]],
        2500,
      ],
      'counts must be one funnel (a row or a column), got a 2×3 range',
    ],
    ['#VALUE!', [[[1000]], [[0.5]], 2500], 'counts needs at least 2 funnel stages, got 1'],
    [
      '#VALUE!',
      [[[1000], [300], [60], [10]], [[0.5], [0.35]], 2500],
      'plan_conversions needs 3 conversions for 4 funnel stages, got 2',
    ],
  ],
  FUNNEL_BOTTLENECK: [
    ['#VALUE!', [[[1000]], [[0.5]]], 'counts needs at least 2 funnel stages, got 1'],
    [
      '#VALUE!',
      [[[1000, 300, 60]], [[0.5]]],
      'plan_conversions needs 2 conversions for 3 funnel stages, got 1',
    ],
  ],
  KPI_SCORE: [
    ['#DIV/0!', [0, 5, 'less'], 'fact is 0 with direction "less": the plan is divided by the fact'],
  ],
  KPI_INDEX: [
    ['#VALUE!', [[[1.1, '', 1.5]], [[50, 25, 25]]], 'scores: row 1 is blank in column 2'],
    ['#VALUE!', [[[1.1, 0.85, 1.5]], [[50, 25]]], 'weights has 2 values and scores has 3: they must match'],
    ['#DIV/0!', [[[1.1, 0.85, 1.5]], [[0, 0, 0]]], 'weights are all zero'],
  ],
  RHYTHM_COEFF: [
    ['#VALUE!', [[[90], [110]], [[100]]], 'facts has 2 values and plans has 1: they must match'],
    [
      '#VALUE!',
      [
        [[90], [110]],
        [[100], ['']],
      ],
      'period 2 is closed (it has a fact) but its plan is blank',
    ],
    [
      '#DIV/0!',
      [
        [[90], [110]],
        [[0], [0]],
      ],
      'plans are all zero',
    ],
  ],
  TARGET_COMMISSION_RATE: [
    ['#NUM!', [100000, 1000000, 0.7, 0.4], 'fixed_share + soft_share cannot exceed 100%'],
  ],
  ABC_CLASS: [
    ['#NUM!', [[[500], [300]], 0.9, 0.8], 'a_share is above b_share'],
    ['#DIV/0!', [[[0], [0]]], 'values are all zero'],
  ],
};

export interface Trigger {
  rule: ErrorRule;
  args: unknown[];
  /** The argument spoiled, for the errors of the parameters' kinds: the message names it. */
  param?: string;
  /** For the formula's own rules, a piece of the message it must give. */
  message?: string;
}

const DATE = new Date(2024, 4, 17);

/** Values that break an argument for `cause`; lists take a lone value as a one-item list. */
function spoilers(cause: Cause, param: ParamSpec): unknown[] {
  switch (cause) {
    case 'notNumber':
      return ['abc', true, DATE];
    case 'notDate':
      return ['32.01.2026', 'abc', true];
    case 'negative':
      return [-1];
    case 'zero':
      return [0];
    case 'aboveOne':
      return [1.5];
    case 'notWhole':
      return [7.5];
    case 'aboveMax':
      // The rule is derived only for a parameter with a `max`.
      return [(param as { max: number }).max + 1];
    case 'listEmpty':
      return [[[''], ['']]];
    case 'notAscending':
      return [[[1], [0.5]]];
    case 'notText':
      return [123, false, DATE];
    case 'unknownChoice':
      return ['zzz', 123];
    case 'notBoolean':
      return ['maybe', 2];
    default:
      return [];
  }
}

const column = (value: unknown, length: number) => Array.from({ length }, () => [value]);

/** The example's arguments, one per parameter (`null` where the example leaves it out). */
export function baseArgs(spec: FormulaSpec): unknown[] {
  const given = exampleArgs(spec.example.formula);
  return spec.params.map((_, k) => (k < given.length ? given[k] : null));
}

/**
 * Ranges where they do not fit: in a table function at all; in a row function, a row for the first
 * argument and columns of two lengths for the others; in a single-result function, two sizes.
 */
function shapeArgs(spec: FormulaSpec, rule: ErrorRule, param: string): unknown[] {
  const args = baseArgs(spec);
  const k = spec.params.findIndex((p) => p.name === param);
  if (spec.result.shape === 'table') args[k] = column(args[k], 2);
  else if (spec.result.shape === 'row' && param === rule.params[0]) args[k] = [[args[k], args[k]]];
  else {
    const j = spec.params.findIndex((p) => p.name === rule.params.find((name) => name !== param));
    args[k] = column(args[k], 3);
    args[j] = column(args[j], 2);
  }
  return args;
}

/** One or more inputs for every error the reference lists for `spec`. */
export function errorTriggers(spec: FormulaSpec): Trigger[] {
  const own = [...(FORMULA_TRIGGERS[spec.id] ?? [])];
  return errorRules(spec).flatMap((rule): Trigger[] => {
    if (rule.cause === 'formula') {
      const found = own.findIndex(([kind]) => kind === rule.kind);
      if (found < 0)
        return [{ rule, args: [], message: `no trigger written for ${spec.id} ${rule.kind}: ${rule.en}` }];
      const [[, args, message]] = own.splice(found, 1);
      return [{ rule, args, message }];
    }
    return rule.params.flatMap((param) => {
      if (rule.cause === 'shape') return [{ rule, param, args: shapeArgs(spec, rule, param) }];
      const k = spec.params.findIndex((p) => p.name === param);
      return spoilers(rule.cause, spec.params[k]).map((bad) => {
        const args = baseArgs(spec);
        args[k] = bad;
        return { rule, param, args };
      });
    });
  });
}
