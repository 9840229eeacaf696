/**
 * The built bundles, loaded as their hosts load them: dist/appsscript/Code.js as one script whose
 * top-level functions are globals, dist/addin/functions.js with a `CustomFunctions` stand-in that
 * records the associate calls.
 */
import vm from 'node:vm';
import { ExcelError, read } from '../../scripts/bundles';

export { DIST, ExcelError, read } from '../../scripts/bundles';

export type Globals = Record<string, (...args: unknown[]) => unknown>;

export function loadSheets(services: Record<string, unknown> = {}): Globals {
  const context = vm.createContext({ ...services });
  vm.runInContext(read('appsscript/Code.js'), context, { filename: 'Code.js' });
  return context as Globals;
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
