import { describe, expect, it } from 'vitest';
import { ceilCount, isAbove, parseNumberText } from '../../core/values';

describe('numbers typed as text', () => {
  it('reads the separators 1C and CRM exports use', () => {
    expect(parseNumberText('1 234,5')).toBe(1234.5);
    expect(parseNumberText('1\u00a0234\u00a0567')).toBe(1234567);
    expect(parseNumberText('1\u202f234')).toBe(1234);
    expect(parseNumberText('1\u2009234,75')).toBe(1234.75);
    expect(parseNumberText('0,35')).toBe(0.35);
    expect(parseNumberText('1,234.5')).toBe(1234.5);
    expect(parseNumberText('1.234,5')).toBe(1234.5);
    expect(parseNumberText('-12.5')).toBe(-12.5);
  });

  it('divides a trailing percent by 100', () => {
    expect(parseNumberText('35%')).toBe(0.35);
    expect(parseNumberText('12,5 %')).toBe(0.125);
  });

  it('refuses anything else', () => {
    for (const text of ['abc', '12 руб', '1,2,3', '1.2.3', '%', '1e5', '--1', ''])
      expect(parseNumberText(text), text).toBeUndefined();
  });
});

describe('the 1e-9 tolerance', () => {
  it('treats 800/1000 as exactly 80%', () => {
    expect(isAbove(800 / 1000, 0.8)).toBe(false);
    expect(isAbove(0.8 + 1e-12, 0.8)).toBe(false);
    expect(isAbove(0.8000001, 0.8)).toBe(true);
  });

  it('rounds counts up except floating-point noise', () => {
    expect(ceilCount(1125.0000000000002)).toBe(1125);
    expect(ceilCount(1124.9)).toBe(1125);
    expect(ceilCount(3214.2857)).toBe(3215);
    expect(ceilCount(0)).toBe(0);
  });
});
