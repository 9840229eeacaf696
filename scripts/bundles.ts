/** The built bundles in dist/, for the benchmark and the host tests (test/hosts/bundles.ts loads them). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../dist', import.meta.url));
export const read = (path: string) => readFileSync(resolve(DIST, path), 'utf8');

/** What Excel's runtime provides as `CustomFunctions.Error(code, message)`. */
export class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
