/**
 * The built bundles, loaded as their hosts load them: dist/appsscript/Code.js as one script whose
 * top-level functions are globals, dist/addin/functions.js with a `CustomFunctions` stand-in that
 * records the associate calls.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
export const read = (path: string) => readFileSync(resolve(DIST, path), 'utf8');

export type Globals = Record<string, (...args: unknown[]) => unknown>;

export function loadSheets(services: Record<string, unknown> = {}): Globals {
  const context = vm.createContext({ ...services });
  vm.runInContext(read('appsscript/Code.js'), context, { filename: 'Code.js' });
  return context as Globals;
}

/** What Excel's runtime provides: `CustomFunctions.Error(code, message)` and `associate`. */
export class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export function loadExcel(): Map<string, (...args: unknown[]) => unknown> {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    Error: ExcelError,
    ErrorCode: {
      invalidValue: '#VALUE!',
      notAvailable: '#N/A',
      divisionByZero: '#DIV/0!',
      invalidNumber: '#NUM!',
    },
    associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
  };
  const context = vm.createContext({ CustomFunctions });
  vm.runInContext(read('addin/functions.js'), context, { filename: 'functions.js' });
  return associated;
}

/** Runs `call` and returns what it returned, or what it threw. */
export function outcome(call: () => unknown): { value?: unknown; thrown?: unknown } {
  try {
    return { value: call() };
  } catch (thrown) {
    return { thrown };
  }
}
