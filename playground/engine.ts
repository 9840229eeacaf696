/**
 * The playground's formula engine: HyperFormula (GPL-3.0, dev only: it is never bundled into dist/)
 * with every ROP Kit formula registered through the same core runner as Excel and Sheets.
 */
import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionPlugin,
  type FunctionPluginDefinition,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';
import type { ErrorKind, FormulaError } from '../core/errors';
import { runFormula } from '../core/runner';
import type { FormulaSpec, ShapeHint } from '../core/spec';

const ERROR_TYPES: Record<ErrorKind, ErrorType> = {
  '#VALUE!': ErrorType.VALUE,
  '#NUM!': ErrorType.NUM,
  '#DIV/0!': ErrorType.DIV_BY_ZERO,
  '#N/A': ErrorType.NA,
};

const toCellError = (error: FormulaError) => new CellError(ERROR_TYPES[error.kind], error.message);

interface Ast {
  type: string;
  procedureName: string;
  args: Ast[];
}

/** A value as a spreadsheet host passes it to the runner: plain numbers, text, booleans, null for empty. */
function hostValue(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(hostValue));
  if (typeof value === 'symbol') return null;
  if (value !== null && typeof value === 'object' && 'val' in value) return (value as { val: number }).val;
  return value;
}

function sizeOf(spec: FormulaSpec, ast: Ast, argSize: (arg: Ast) => ArraySize): ArraySize {
  const sizes = ast.args.map((arg) => (arg.type === 'EMPTY' ? ArraySize.scalar() : argSize(arg)));
  const hint: ShapeHint = {
    given: (name) => {
      const k = spec.params.findIndex((param) => param.name === name);
      return k < ast.args.length && ast.args[k].type !== 'EMPTY';
    },
    listLength: (name) => {
      const k = spec.params.findIndex((param) => param.name === name);
      const param = spec.params[k];
      if (!hint.given(name)) return param?.kind === 'list' ? (param.default?.length ?? 0) : 0;
      return sizes[k].width * sizes[k].height;
    },
    listShape: (name) => {
      const k = spec.params.findIndex((param) => param.name === name);
      return hint.given(name) ? [sizes[k].height, sizes[k].width] : [hint.listLength(name), 1];
    },
  };
  const broadcast = sizes.filter((_, k) => spec.params[k] && spec.params[k].kind !== 'list');
  const height = Math.max(1, ...broadcast.map((size) => size.height));
  const width = Math.max(1, ...broadcast.map((size) => size.width));
  const { result } = spec;
  if (result.shape === 'scalar') return new ArraySize(width, height);
  if (result.shape === 'row') return new ArraySize(result.width?.(hint) ?? result.columns.length, height);
  const [rows, columns] = result.size?.(hint) ?? [1, 1];
  return new ArraySize(columns, rows);
}

/**
 * The result laid out in the size HyperFormula reserved for it (padded with blanks). An error in a
 * formula that spills fills the whole reserved block: HyperFormula has already laid out its dependents
 * over that block, so a single error value there would leave them reading a spill that is not there
 * ("Unknown array") and keep showing their last numbers.
 */
function fitted(value: unknown, size: ArraySize): unknown {
  if (size.width === 1 && size.height === 1) return Array.isArray(value) ? value[0][0] : value;
  const grid = Array.isArray(value) ? (value as unknown[][]) : [[value]];
  if (value instanceof CellError) {
    const block = Array.from({ length: size.height }, () => Array.from({ length: size.width }, () => value));
    return SimpleRangeValue.onlyValues(block as never);
  }
  const rows = Array.from({ length: size.height }, (_, i) =>
    Array.from({ length: size.width }, (_, j) => grid[i]?.[j] ?? ''),
  );
  return SimpleRangeValue.onlyValues(rows as never);
}

export function ropKitPlugin(catalogue: readonly FormulaSpec[]): FunctionPluginDefinition {
  const specs = new Map(catalogue.map((spec) => [spec.id, spec]));
  class RopKitPlugin extends FunctionPlugin {
    static implementedFunctions = Object.fromEntries(
      catalogue.map((spec) => [spec.id, { method: 'run', sizeOfResultArrayMethod: 'size', parameters: [] }]),
    );

    run(ast: Ast, state: unknown): unknown {
      const spec = specs.get(ast.procedureName)!;
      const args = ast.args.map((arg) =>
        arg.type === 'EMPTY' ? null : this.evaluateAst(arg as never, state as never),
      );
      const failed = args.find((arg) => arg instanceof CellError);
      if (failed) return fitted(failed, this.size(ast, state));
      const result = runFormula(spec, args.map(hostValue), toCellError);
      const outcome =
        result !== null && typeof result === 'object' && !Array.isArray(result)
          ? toCellError(result)
          : result;
      return fitted(outcome, this.size(ast, state));
    }

    size(ast: Ast, state: unknown): ArraySize {
      return sizeOf(specs.get(ast.procedureName)!, ast, (arg) =>
        this.arraySizeForAst(arg as never, state as never),
      );
    }
  }
  return RopKitPlugin;
}

/** A HyperFormula instance with ROP Kit's formulas; `useArrayArithmetic` lets ranges reach them whole. */
export function createEngine(catalogue: readonly FormulaSpec[]): HyperFormula {
  const plugin = ropKitPlugin(catalogue);
  const names = Object.fromEntries(catalogue.map((spec) => [spec.id, spec.id]));
  if (!HyperFormula.getRegisteredFunctionNames('enGB').includes(catalogue[0]?.id)) {
    HyperFormula.registerFunctionPlugin(plugin, { enGB: names });
  }
  return HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', useArrayArithmetic: true });
}
