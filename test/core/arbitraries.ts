/**
 * fast-check generators for what a spreadsheet can pass a formula: numbers from the ordinary to the
 * absurd, numbers typed as text, junk, booleans, dates, blanks, ranges of matching and clashing sizes,
 * and lists. Weighted towards sensible values, so that most cases get past argument checking.
 */
import fc from 'fast-check';
import { SALARY_TABLE } from '../../core/data/salaries';
import { FormulaError } from '../../core/errors';
import type { FormulaSpec, ListParam, NumberKind, ParamSpec } from '../../core/spec';

const EXTREMES = [
  0,
  -0,
  1,
  -1,
  1e300,
  -1e300,
  1e-300,
  -1e-300,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  NaN,
  Infinity,
  -Infinity,
  0.8,
  1.2,
  800 / 1000,
];

export const number: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 0, max: 2, noNaN: true }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 2_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: 10 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.constantFrom(...EXTREMES) },
);

const numericText: fc.Arbitrary<string> = fc.oneof(
  fc.double({ min: -1e7, max: 1e7, noNaN: true }).map(String),
  fc.double({ min: 0, max: 1e7, noNaN: true }).map((n) => n.toLocaleString('ru-RU')),
  fc.double({ min: 0, max: 1e7, noNaN: true }).map((n) => n.toLocaleString('en-US')),
  fc.double({ min: 0, max: 1e7, noNaN: true }).map((n) => n.toLocaleString('de-DE')),
  fc.double({ min: 0, max: 2, noNaN: true }).map((n) => `${(n * 100).toFixed(1).replace('.', ',')}%`),
  fc.constantFrom(
    '1 234,5',
    '0,35',
    '35%',
    '1,234.5',
    '1.234,5',
    ' 12 ',
    '1\u00a0000',
    '1\u202f000',
    '1\u2009000,5',
    '-5',
    '+3',
    '.5',
    '5.',
    '1e5',
    '1,2,3',
    '%',
    '--1',
    '1e400',
    '9'.repeat(400),
  ),
);

const junk: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'abc',
    'ИСТИНА',
    'TRUE',
    'да',
    'нет',
    'Infinity',
    'NaN',
    '0x10',
    '#N/A',
    'undefined',
    'null',
  ),
);

const blank = fc.constantFrom(null, undefined, '', '   ');

/** One cell of any kind. */
export const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: number },
  { weight: 2, arbitrary: numericText },
  { weight: 1, arbitrary: junk },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date() },
  { weight: 2, arbitrary: blank },
);

/** Spellings a text or boolean parameter knows, so the generated cases also reach the maths. */
function known(param: ParamSpec): unknown[] {
  if (param.kind === 'date' || (param.kind === 'list' && param.of === 'date'))
    // Serials of 2013–2027 (with a time of day), text both ways, a Date, and the first and last covered days.
    return [
      46023,
      46037.75,
      45000,
      '23.01.2026',
      '2027-02-20',
      ' 31.12.2026 ',
      new Date(2026, 0, 15),
      41275,
      46752,
    ];
  if (param.kind === 'boolean') return [true, false, 0, 1, 'да', 'FALSE'];
  if (param.kind !== 'text') return [];
  if (param.choices) return Object.values(param.choices).flat();
  if (param.name === 'segment') return ['агентства', 'компании', 'agency', 'Company', 'Агентство'];
  return [
    ...SALARY_TABLE.flatMap((city) => [city.ru, city.en, ...city.aliases]),
    'МСК',
    'г. Москва',
    'санкт петербург',
  ];
}

const grid = <T>(cell: fc.Arbitrary<T>, rows: number, columns: number) =>
  fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows });
const asColumn = (values: readonly unknown[]) => values.map((v) => [v]);

/** A strictly ascending list, as thresholds must be. */
export const ascending = (min: number, max: number, minLength = 1, maxLength = 5) =>
  fc
    .uniqueArray(fc.integer({ min: min * 1000, max: max * 1000 }), { minLength, maxLength })
    .map((values) => values.sort((a, b) => a - b).map((v) => v / 1000));

const HUGE = [1e300, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, 1e15];
const TINY = [1e-300, Number.MIN_VALUE, 1e-12];

/** A number its kind accepts (NumberKind of core/spec.ts), from tiny to huge. */
function validNumber(kind: NumberKind, whole?: boolean, max?: number): fc.Arbitrary<number> {
  if (whole) return fc.integer({ min: 0, max: max ?? 1000 });
  const positive = fc.oneof(
    { weight: 4, arbitrary: fc.double({ min: 1e-6, max: 2, noNaN: true }) },
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 2_000_000 }) },
    { weight: 1, arbitrary: fc.constantFrom(...HUGE, ...TINY) },
    { weight: 1, arbitrary: fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }) },
  );
  switch (kind) {
    case 'fraction':
      return fc.oneof(
        fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }),
        fc.constantFrom(1, 0.35, 0.5, ...TINY),
      );
    case 'share':
      return fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 0.3, 0.1));
    case 'divisor':
      return positive;
    case 'number':
      return fc.oneof(
        positive,
        positive.map((v) => -v),
        fc.constant(0),
      );
    default:
      return fc.oneof({ weight: 5, arbitrary: positive }, { weight: 1, arbitrary: fc.constant(0) });
  }
}

/** A value the parameter accepts, now and then typed as text the way 1C exports it. */
function validCell(param: ParamSpec): fc.Arbitrary<unknown> {
  const spellings = known(param);
  if (spellings.length) return fc.constantFrom(...spellings);
  const kind = param.kind === 'list' ? param.of : (param.kind as NumberKind);
  const value = validNumber(
    kind,
    'whole' in param ? param.whole : undefined,
    'max' in param ? param.max : undefined,
  );
  return fc.oneof(
    { weight: 6, arbitrary: value },
    { weight: 1, arbitrary: value.map((v) => v.toLocaleString('ru-RU', { maximumFractionDigits: 20 })) },
  );
}

/** What a case shares across its arguments: the size of its ranges, the thresholds' count, how sensible it is. */
interface Plan {
  shared: [number, number];
  tiers: number;
  /** Out of 10: how often an argument is drawn from the values its parameter accepts. */
  sense: number;
}

function listArg(spec: FormulaSpec, param: ListParam, plan: Plan): fc.Arbitrary<unknown> {
  // Tier schemes need n ascending thresholds and n + 1 values (checkLists).
  const length = spec.checkLists ? (param.ascending ? plan.tiers : plan.tiers + 1) : undefined;
  const valid = param.ascending
    ? ascending(0, 3, length ?? 1, length ?? 5)
    : fc.array(validCell(param), { minLength: length ?? 1, maxLength: length ?? 6 });
  const invalid = fc.oneof(
    blank,
    anyCell,
    fc.integer({ min: 1, max: 6 }).chain((n) => grid(anyCell, n, 1)),
    fc.integer({ min: 1, max: 6 }).chain((n) => grid(anyCell, 1, n)),
    grid(anyCell, 2, 2),
  );
  return fc.oneof(
    {
      weight: plan.sense,
      arbitrary: fc.oneof(
        { weight: 4, arbitrary: valid.map(asColumn) },
        { weight: 1, arbitrary: valid.map((v) => [v]) },
        { weight: 1, arbitrary: blank },
      ),
    },
    { weight: 10 - plan.sense, arbitrary: invalid },
  );
}

/** A scalar argument: one value, a range of the case's shared size, or a range of its own size. */
function scalarArg(param: ParamSpec, plan: Plan): fc.Arbitrary<unknown> {
  const cell = fc.oneof(
    { weight: plan.sense, arbitrary: validCell(param) },
    { weight: 10 - plan.sense, arbitrary: anyCell },
  );
  return fc.oneof(
    { weight: 12, arbitrary: cell },
    { weight: 6, arbitrary: grid(cell, ...plan.shared) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
        .chain(([r, c]) => grid(cell, r, c)),
    },
  );
}

/** Arguments for `spec`: one per parameter, sometimes fewer (trailing ones omitted). */
export function argsFor(spec: FormulaSpec): fc.Arbitrary<unknown[]> {
  // Row functions take columns only; single-result functions any size.
  const column = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.constant(1));
  const plan: fc.Arbitrary<Plan> = fc.record({
    shared:
      spec.result.shape === 'row'
        ? column
        : fc.oneof(column, fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))),
    tiers: fc.integer({ min: 1, max: 4 }),
    sense: fc.constantFrom(10, 9, 9, 7, 3),
  });
  return plan.chain((p) =>
    fc
      .tuple(
        fc.tuple(
          ...spec.params.map((param) =>
            param.kind === 'list' ? listArg(spec, param, p) : scalarArg(param, p),
          ),
        ),
        fc.oneof(
          { weight: 5, arbitrary: fc.constant(0) },
          { weight: 1, arbitrary: fc.integer({ min: 1, max: spec.params.length }) },
        ),
      )
      .map(([args, omitted]) => args.slice(0, spec.params.length - omitted)),
  );
}

/** What a spreadsheet can show in a cell: a finite number, text, TRUE/FALSE, or (in the core) an error value. */
export const isShowable = (cell: unknown) =>
  typeof cell === 'number'
    ? Number.isFinite(cell)
    : typeof cell === 'string' || typeof cell === 'boolean' || cell instanceof FormulaError;

/** A result a host can place: one showable value, or a non-empty rectangular grid of them. */
export function isPlaceable(result: unknown, showable: (cell: unknown) => boolean = isShowable): boolean {
  if (!Array.isArray(result)) return showable(result);
  if (
    result.length === 0 ||
    !result.every((row) => Array.isArray(row) && row.length === result[0].length && row.length > 0)
  )
    return false;
  return result.every((row: unknown[]) => row.every(showable));
}
