/**
 * SPEC.md §3, "Templates add up": every template of the catalogue, in both languages, evaluates every
 * formula without an error cell on its sample data and after any drop-down choice. The templates come
 * from the catalogue, so one added later is covered without touching this test.
 */
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../core/templates/registry';
import type { Lang } from '../../core/templates/model';
import { rendered } from './rendered';

/** Every combination of the drop-downs' values when there are at most this many, else each choice alone. */
const MAX_COMBINATIONS = 200;

type Choice = readonly [cell: string, value: string];

function combinations(dropDowns: readonly (readonly [string, readonly string[]])[]): Choice[][] {
  const count = dropDowns.reduce((product, [, values]) => product * values.length, 1);
  if (count > MAX_COMBINATIONS)
    return dropDowns.flatMap(([cell, values]) => values.map((value): Choice[] => [[cell, value]]));
  return dropDowns.reduce<Choice[][]>(
    (sets, [cell, values]) => sets.flatMap((set) => values.map((value) => [...set, [cell, value] as const])),
    [[]],
  );
}

describe('every template of the catalogue after every drop-down choice', () => {
  for (const lang of ['ru', 'en'] as Lang[]) {
    for (const template of TEMPLATES) {
      it(`${template.id} (${lang}) shows no error cell`, async () => {
        const sheet = await rendered(template.id, lang);
        expect(sheet.errors(), 'the sample data').toEqual([]);
        const dropDowns = [...sheet.workbook.sheetMetadata(sheet.name)!.choices];
        const sample = new Map(dropDowns.map(([cell]) => [cell, sheet.value(cell) as string]));
        for (const choices of combinations(dropDowns)) {
          for (const [cell, value] of choices) sheet.set(cell, value);
          expect(sheet.errors(), choices.map(([cell, value]) => `${cell} = ${value}`).join(', ')).toEqual([]);
          for (const [cell] of choices) sheet.set(cell, sample.get(cell)!);
        }
      });
    }
  }

  it('tries the combinations that matter: Moscow agencies in the salary benchmark', () => {
    const sets = combinations([
      ['B5', ['Москва', 'Казань']],
      ['B6', ['компании', 'агентства']],
    ]);
    expect(sets).toContainEqual([
      ['B5', 'Москва'],
      ['B6', 'агентства'],
    ]);
    expect(sets).toHaveLength(4);
  });
});
