/** The formula modules of core/formulas/<area>/<name>.ts and the specs they export, in one fixed order. */
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FormulaSpec } from '../core/spec';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function formulaModules(): string[] {
  const base = join(root, 'core', 'formulas');
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((area) =>
      readdirSync(join(base, area.name))
        .filter((file) => file.endsWith('.ts'))
        .map((file) => join(base, area.name, file)),
    )
    .sort();
}

export async function loadSpecs(modules: readonly string[] = formulaModules()): Promise<FormulaSpec[]> {
  const specs: FormulaSpec[] = [];
  for (const file of modules) {
    const loaded = (await import(pathToFileURL(file).href)) as { formula?: FormulaSpec };
    if (!loaded.formula) throw new Error(`${relative(root, file)} does not export \`formula\``);
    specs.push(loaded.formula);
  }
  const ids = specs.map((spec) => spec.id);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw new Error(`Two formulas are called ${repeated}`);
  return specs;
}
