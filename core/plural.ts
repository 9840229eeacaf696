/** Russian numerals agree with their noun: 1 конверсия, 2 конверсии, 5 конверсий (SPEC.md §1). */
const rules = new Intl.PluralRules('ru');

/** `count` with its noun in the right form: `counted(3, ['этап', 'этапа', 'этапов'])` → «3 этапа». */
export function counted(count: number, forms: readonly [one: string, few: string, many: string]): string {
  const form = rules.select(count);
  return `${count} ${form === 'one' ? forms[0] : form === 'few' ? forms[1] : forms[2]}`;
}
