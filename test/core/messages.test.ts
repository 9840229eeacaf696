/**
 * Every error message reads as correct Russian (SPEC.md §1, issue 7): numerals agree with their nouns,
 * and predicates agree whatever the gender of an argument's name.
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../.generated/catalogue';
import { formula as ROP_BONUS } from '../../core/formulas/compensation/ropBonus';
import { ruForm, type RuForms } from '../../core/lang';
import { at, type Rule, rules } from '../../core/messages';
import { runFormula } from '../../core/runner';
import { expectError } from './expectError';

/** The counted nouns messages use, with the form each count takes (checked by hand below). */
const NOUNS: readonly RuForms[] = [
  ['значение', 'значения', 'значений'],
  ['порог', 'порога', 'порогов'],
  ['часть', 'части', 'частей'],
  ['аргумент', 'аргумента', 'аргументов'],
  ['элемент', 'элемента', 'элементов'],
  ['этап', 'этапа', 'этапов'],
  ['конверсия', 'конверсии', 'конверсий'],
];

const SAMPLES = [1, 2, 5, 11, 21];

/** A feminine argument name and a plural one: «маржа», «дней в периоде». */
const WHERE = at('FN', { name: 'margin', ruName: 'маржа' }, { name: 'total_days', ruName: 'дней в периоде' });

/** The shared rules, and those a formula's module declares for itself. */
const ALL_RULES: readonly Rule[] = [
  ...new Set([
    ...Object.values(rules),
    ...catalogue.flatMap((spec) => (spec.errors ?? []).map((own) => own.rule)),
  ]),
];

function rendered(rule: Rule, n: number): string {
  return rule.says(WHERE, ...rule.sample(n)).ru;
}

describe('Russian counting forms', () => {
  it('follow Intl.PluralRules("ru") for whole numbers, and take the genitive singular for fractions', () => {
    const plural = new Intl.PluralRules('ru');
    const forms: RuForms = ['one', 'few', 'many'];
    for (let n = 0; n <= 300; n++) expect(ruForm(n, forms), String(n)).toBe(plural.select(n));
    // 1 значение, 2 значения, 5 значений, 11 значений, 21 значение, 112 значений, 1,5 значения.
    const value = NOUNS[0];
    expect([1, 2, 5, 11, 21, 112, 1.5].map((n) => ruForm(n, value))).toEqual([
      'значение',
      'значения',
      'значений',
      'значений',
      'значение',
      'значений',
      'значения',
    ]);
  });
});

describe('every error message, rendered with 1, 2, 5, 11 and 21', () => {
  it('puts every counted noun in the form its number asks for', () => {
    const counted = new RegExp(`(\\d+) (${NOUNS.flat().join('|')})(?![а-яё])`, 'g');
    let checked = 0;
    for (const rule of ALL_RULES) {
      const { id } = rule;
      for (const n of SAMPLES) {
        const text = rendered(rule, n);
        for (const [, number, noun] of text.matchAll(counted)) {
          const forms = NOUNS.find((nouns) => nouns.includes(noun))!;
          expect(noun, `${id} with ${n}: ${text}`).toBe(ruForm(Number(number), forms));
          checked++;
        }
      }
    }
    // The tier-scheme message counts three nouns in each of its five renderings.
    expect(checked).toBeGreaterThanOrEqual(15);
  });

  it('says how many values n thresholds need, each noun agreeing with its count', () => {
    // n thresholds need n + 1 values; the sample got n of them.
    expect(SAMPLES.map((n) => rendered(rules.tierValues, n).split(' — ')[1])).toEqual([
      'на 1 порог нужно 2 значения, получено 1 значение',
      'на 2 порога нужно 3 значения, получено 2 значения',
      'на 5 порогов нужно 6 значений, получено 5 значений',
      'на 11 порогов нужно 12 значений, получено 11 значений',
      'на 21 порог нужно 22 значения, получено 21 значение',
    ]);
  });

  it('names an argument with a neuter noun, so «маржа» (feminine) is never «отрицательным» by itself', () => {
    expect(rendered(rules.negative, 5)).toBe(
      'FN: значение «маржа» (margin) не может быть отрицательным (−5)',
    );
    for (const rule of ALL_RULES) {
      const { id } = rule;
      const text = rendered(rule, 2);
      // A predicate follows an argument's name only after a head noun it agrees with.
      expect(text, id).not.toMatch(/(?<!значение |список |списка )«[^»]+» \([\w[\]]+\) (не может|должн)/);
    }
  });

  it('writes numbers the Russian way: a decimal comma and a minus sign', () => {
    expect(rendered(rules.aboveOne, 1)).toContain('получено 1,5: введите 35% или 0,35');
    expect(rules.aboveOne.says(WHERE, 1.5).en).toContain('got 1.5: enter 35% or 0.35');
  });
});

describe('ROP_BONUS with two thresholds and two coefficients (issue 7)', () => {
  it('says 3 values are needed for 2 thresholds, in agreement', () => {
    const error = expectError(
      runFormula(ROP_BONUS, [1.1, null, [[0.8], [1]], [[0], [1]]]),
      'tierValues',
      'coefficients',
      'thresholds',
    );
    expect(error.message).toContain('на 2 порога нужно 3 значения, получено 2 значения');
  });
});
