/**
 * Every error a formula can give, as the reference (docs/functions.md) lists it and the tests prove it:
 * those its parameters' kinds imply — derived here from `params` the way core/arguments.ts and
 * core/runner.ts check them — then the formula's own (`FormulaSpec.errors`).
 */
import { ERROR_KINDS, type ErrorKind } from './errors';
import type { ErrorNote, FormulaSpec, NumberKind, ParamSpec } from './spec';

/** Why an argument is refused; `formula` for the formula's own rules. */
export type Cause =
  | 'notNumber'
  | 'notDate'
  | 'negative'
  | 'zero'
  | 'aboveOne'
  | 'notWhole'
  | 'aboveMax'
  | 'listEmpty'
  | 'notAscending'
  | 'notText'
  | 'unknownChoice'
  | 'notBoolean'
  | 'shape'
  | 'formula';

export interface ErrorRule extends ErrorNote {
  cause: Cause;
  /** The arguments it is about, by name; none for the formula's own rules, whose text names them. */
  params: readonly string[];
}

type Rule = Omit<ErrorRule, 'params'>;

const rule = (kind: ErrorKind, cause: Cause, ru: string, en: string): Rule => ({ kind, cause, ru, en });

function numberRules(kind: NumberKind, whole?: boolean, max?: number): Rule[] {
  if (kind === 'date') {
    return [
      rule(
        '#VALUE!',
        'notDate',
        'не дата: текст не в виде 31.12.2026 или 2026-12-31, несуществующая дата (32.01.2026), ИСТИНА/ЛОЖЬ',
        'not a date: text other than 31.12.2026 or 2026-12-31, a date that does not exist (32.01.2026), TRUE/FALSE',
      ),
    ];
  }
  return [
    rule(
      '#VALUE!',
      'notNumber',
      'текст, который не читается как число, ИСТИНА/ЛОЖЬ или дата',
      'text that is not a number, TRUE/FALSE or a date',
    ),
    ...(kind === 'number' ? [] : [rule('#NUM!', 'negative', 'отрицательное число', 'a negative number')]),
    ...(kind === 'divisor' || kind === 'fraction'
      ? [rule('#DIV/0!', 'zero', 'ноль: на него делится расчёт', 'zero: the calculation divides by it')]
      : []),
    ...(kind === 'fraction' || kind === 'share'
      ? [
          rule(
            '#NUM!',
            'aboveOne',
            'доля больше 1: введите 35% или 0,35',
            'a fraction above 1: enter 35% or 0.35',
          ),
        ]
      : []),
    ...(whole ? [rule('#NUM!', 'notWhole', 'не целое число', 'not a whole number')] : []),
    ...(max === undefined ? [] : [rule('#NUM!', 'aboveMax', `число больше ${max}`, `a number above ${max}`)]),
  ];
}

function paramRules(param: ParamSpec): Rule[] {
  switch (param.kind) {
    case 'text':
      return param.choices
        ? [
            rule(
              '#VALUE!',
              'unknownChoice',
              `не одно из значений: ${Object.values(param.choices)
                .map((s) => s[0])
                .join(', ')}`,
              `not one of: ${Object.values(param.choices)
                .map((s) => s[0])
                .join(', ')}`,
            ),
          ]
        : [
            rule(
              '#VALUE!',
              'notText',
              'число, ИСТИНА/ЛОЖЬ или дата вместо текста',
              'a number, TRUE/FALSE or a date instead of text',
            ),
          ];
    case 'boolean':
      return [
        rule(
          '#VALUE!',
          'notBoolean',
          'не ИСТИНА/ЛОЖЬ (подходят и 1/0, «да»/«нет»)',
          'not TRUE/FALSE (1/0 and yes/no also do)',
        ),
      ];
    case 'list':
      return [
        ...(param.mayBeEmpty || param.inPlace
          ? []
          : [rule('#VALUE!', 'listEmpty', 'диапазон из одних пустых ячеек', 'a range of blank cells only')]),
        ...numberRules(param.of, param.whole, param.max),
        ...(param.ascending
          ? [
              rule(
                '#NUM!',
                'notAscending',
                'значения не строго по возрастанию',
                'values not strictly ascending',
              ),
            ]
          : []),
      ];
    default:
      return numberRules(param.kind, param.whole, param.max);
  }
}

/** What ranges in the scalar arguments may do wrong, which depends on the result's shape (SPEC.md §1). */
function shapeRule(spec: FormulaSpec): Rule | undefined {
  const scalars = spec.params.filter((param) => param.kind !== 'list').length;
  if (spec.result.shape === 'table') {
    return rule('#VALUE!', 'shape', 'диапазон вместо одного значения', 'a range where one value is expected');
  }
  if (spec.result.shape === 'row') {
    return scalars > 1
      ? rule(
          '#VALUE!',
          'shape',
          'диапазон не в один столбец или столбцы разной длины',
          'a range that is not one column, or columns of different lengths',
        )
      : rule('#VALUE!', 'shape', 'диапазон не в один столбец', 'a range that is not one column');
  }
  return scalars > 1
    ? rule('#VALUE!', 'shape', 'диапазоны разного размера', 'ranges of different sizes')
    : undefined;
}

/** The formula's errors, by kind (#VALUE!, #NUM!, #DIV/0!, #N/A); arguments that fail the same way share a line. */
export function errorRules(spec: FormulaSpec): ErrorRule[] {
  const rules: (Rule & { params: string[] })[] = [];
  const add = (found: Rule, param?: string) => {
    const same =
      param &&
      rules.find((known) => known.cause === found.cause && known.ru === found.ru && known.en === found.en);
    if (same) same.params.push(param);
    else rules.push({ ...found, params: param ? [param] : [] });
  };
  for (const param of spec.params) for (const found of paramRules(param)) add(found, param.name);
  const shape = shapeRule(spec);
  if (shape) for (const param of spec.params) if (param.kind !== 'list') add(shape, param.name);
  for (const note of spec.errors ?? []) add({ ...note, cause: 'formula' });
  // A stable sort: within a kind, the arguments' order, then the formula's own rules.
  return rules.sort((a, b) => ERROR_KINDS.indexOf(a.kind) - ERROR_KINDS.indexOf(b.kind));
}
