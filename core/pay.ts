/**
 * The seed's pay structure: «твердый (30 %), мягкий оклад (10 %) и бонусная часть (60 %). Мягкая часть
 * выплачивается при условии 100 % выполнения KPI». Shared by PAY_STRUCTURE, MANAGER_PAY and ROP_PAY.
 */
import type { FormulaError } from './errors';
import { at, type FormulaRule, formulaRule, rules } from './messages';
import type { NumberParam } from './spec';
import { isAbove } from './values';

export const fixedShareParam: NumberParam = {
  name: 'fixed_share',
  ruName: 'доля твёрдого оклада',
  kind: 'share',
  optional: true,
  default: 0.3,
  ru: 'Доля твёрдого оклада; по умолчанию 30% (для РОПа источник даёт 40–45%)',
  en: 'Fixed salary share; default 30% (40–45% for a head of sales in the seed)',
};

export const softShareParam: NumberParam = {
  name: 'soft_share',
  ruName: 'доля мягкого оклада',
  kind: 'share',
  optional: true,
  default: 0.1,
  ru: 'Доля мягкого оклада (платится при 100% KPI); по умолчанию 10%',
  en: 'Soft salary share (paid at 100% of KPIs); default 10%',
};

export const kpiParam: NumberParam = {
  name: 'kpi_fulfillment',
  ruName: 'выполнение KPI',
  kind: 'ratio',
  ru: 'Выполнение KPI: при 100% и выше платится мягкий оклад',
  en: 'KPI fulfilment: the soft salary is paid at 100% and above',
};

/** KPIs met: at least 100%, within SPEC's tolerance, so 0.9999999999 from a formula counts as 100%. */
export function kpiMet(kpiFulfillment: number): boolean {
  return !isAbove(1, kpiFulfillment);
}

/** Fixed, soft and bonus parts of a pay, and the rule the shares obey. */
export interface PaySplit {
  sharesAboveOne: FormulaRule<[]>;
  /** The bonus is what the other two leave, so the three add up to `total`. */
  split(
    total: number,
    fixedShare: number,
    softShare: number,
  ): [fixed: number, soft: number, bonus: number] | FormulaError;
}

export function paySplit(fn: string): PaySplit {
  const trigger = { [fixedShareParam.name]: 0.7, [softShareParam.name]: 0.4 };
  const sharesAboveOne = formulaRule(rules.sharesAboveOne, at(fn, fixedShareParam, softShareParam), trigger);
  return {
    sharesAboveOne,
    split(total, fixedShare, softShare) {
      if (isAbove(fixedShare + softShare, 1)) return sharesAboveOne.error();
      const fixed = total * fixedShare;
      const soft = total * softShare;
      return [fixed, soft, Math.max(0, total - fixed - soft)];
    },
  };
}
