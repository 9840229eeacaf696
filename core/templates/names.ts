/**
 * "Nothing is lost" (SPEC.md §3): a template always goes into a new sheet, under a name no sheet has,
 * and its named ranges take names no range has, so a second insert never touches the first.
 */

/** Excel's limit; Sheets and HyperFormula allow longer names, so the shortest wins. */
export const MAX_SHEET_NAME = 31;

const taken = (existing: readonly string[]) => new Set(existing.map((name) => name.toLowerCase()));

/**
 * `wanted` if no sheet has that name (hosts compare sheet names case-insensitively), else
 * "wanted (2)", "wanted (3)"… — shortened so the number always fits in 31 characters.
 */
export function uniqueSheetName(existing: readonly string[], wanted: string): string {
  const names = taken(existing);
  const base = wanted.slice(0, MAX_SHEET_NAME);
  if (!names.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!names.has(name.toLowerCase())) return name;
  }
}

/**
 * The suffix that makes every one of a template's range names free: "" the first time, then "_2",
 * "_3"… — one suffix for the whole set, so a copy's names stay recognisable together. Google Sheets
 * has no sheet-scoped names, which is why names are suffixed rather than scoped to the sheet.
 */
export function uniqueNameSuffix(existing: readonly string[], wanted: readonly string[]): string {
  const names = taken(existing);
  const free = (suffix: string) => wanted.every((name) => !names.has(`${name}${suffix}`.toLowerCase()));
  if (free('')) return '';
  for (let n = 2; ; n++) if (free(`_${n}`)) return `_${n}`;
}
