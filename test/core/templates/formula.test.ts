import { describe, expect, it } from 'vitest';
import { functionCalls, qualifyFormula } from '../../../core/templates/formula';

describe('ROP Kit calls in template formulas', () => {
  it('lists the functions a formula calls', () => {
    expect(functionCalls('=PLAN_FULFILLMENT(F27,SUMIF(F15:F26,"<>",D15:D26))')).toEqual([
      'PLAN_FULFILLMENT',
      'SUMIF',
    ]);
    expect(functionCalls('=B31-B32')).toEqual([]);
  });

  it('prefixes ROP Kit functions for Excel and leaves standard ones alone', () => {
    expect(qualifyFormula('=PLAN_FULFILLMENT(F27,SUMIF(F15:F26,"<>",D15:D26))', 'KPI.')).toBe(
      '=KPI.PLAN_FULFILLMENT(F27,SUMIF(F15:F26,"<>",D15:D26))',
    );
    expect(qualifyFormula('=INDEX(D15:D26,MATCH(B30,A15:A26,0))', 'KPI.')).toBe(
      '=INDEX(D15:D26,MATCH(B30,A15:A26,0))',
    );
    expect(qualifyFormula('=ROUND(B5*B7/B6,0)*B6', 'KPI.')).toBe('=ROUND(B5*B7/B6,0)*B6');
  });

  it('does not touch text in quotes or a quoted sheet name', () => {
    expect(qualifyFormula('=SALARY_BAND(B5,"NPS(",B7,"median")', 'KPI.')).toBe(
      '=KPI.SALARY_BAND(B5,"NPS(",B7,"median")',
    );
    expect(qualifyFormula("=NPS('LTV(1)'!B2:K2)", 'KPI.')).toBe("=KPI.NPS('LTV(1)'!B2:K2)");
  });

  it('leaves formulas as they are for a host without a prefix', () => {
    expect(qualifyFormula('=NPS(B19:M19)', '')).toBe('=NPS(B19:M19)');
  });
});
