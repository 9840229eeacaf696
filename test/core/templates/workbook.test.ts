import { describe, expect, it } from 'vitest';
import { asTyped } from '../../../core/templates/workbook';

describe('a cell’s content as a user types it, for every host', () => {
  it('keeps text as text behind an apostrophe, even when it looks like a number, a percent or a formula', () => {
    expect(asTyped('План продаж')).toBe("'План продаж");
    expect(asTyped('16%')).toBe("'16%");
    expect(asTyped('2025')).toBe("'2025");
    expect(asTyped('=x')).toBe("'=x");
  });

  it('writes a formula as its text, and numbers, booleans and an untouched cell as they are', () => {
    expect(asTyped({ formula: '=SALES_DECOMPOSE(B5,B6)' })).toBe('=SALES_DECOMPOSE(B5,B6)');
    expect(asTyped(0.16)).toBe(0.16);
    expect(asTyped(false)).toBe(false);
    expect(asTyped(null)).toBeNull();
  });
});
