/** Host wrapper source for each formula spec: the only place the two hosts' function shapes are written. */
import { menuCommand } from '../appsscript/menu';
import { addinUrl } from '../core/excel';
import type { FormulaSpec, ParamSpec } from '../core/spec';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/');

/** Excel reads parameter shapes from the TypeScript types: every argument may be a range. */
export function excelWrappers(specs: readonly FormulaSpec[]): string {
  const functions = specs.map((spec) => {
    const docs = [
      oneLine(spec.en),
      `@customfunction ${spec.id} ${spec.id}`,
      `@helpurl ${helpUrl(spec)}`,
      ...spec.params.map(
        (param) => `@param ${param.optional ? `[${param.name}]` : param.name} ${oneLine(param.en)}`,
      ),
      `@returns ${oneLine(spec.result.en)}`,
    ];
    const params = spec.params
      .map((param) => `${param.name}${param.optional ? '?' : ''}: any[][]`)
      .join(', ');
    return `/**\n${docs.map((line) => ` * ${line}`).join('\n')}\n */\nexport function ${spec.id}(${params}): any[][] {\n  return runInExcel(specs.${spec.id}, [${spec.params.map((p) => p.name).join(', ')}]);\n}\n`;
  });
  // Exported so that the typechecker sees them used: the associate calls that use them are appended by
  // custom-functions-metadata-plugin at build time.
  return `import { runInExcel } from '../addin/run';\nimport { catalogueById } from '../core/catalogue';\nimport { catalogue } from './catalogue';\n\nconst specs = catalogueById(catalogue);\n\n${functions.join('\n')}`;
}

/** The Russian texts that replace the English ones in functions.ru.json (Excel's metadata override). */
export function russianMetadata(specs: readonly FormulaSpec[]) {
  return Object.fromEntries(
    specs.map((spec) => [
      spec.id,
      {
        description: oneLine(spec.ru),
        parameters: Object.fromEntries(spec.params.map((param) => [param.name, oneLine(param.ru)])),
      },
    ]),
  );
}

/**
 * The JSDoc type Sheets shows for an argument. One that takes a range says so, as Google's guide writes
 * it for custom functions (`{number|Array<Array<number>>} input The value or range of cells`): lists,
 * and every argument of a function that broadcasts (all but the table functions, which take scalars).
 */
function sheetsType(spec: FormulaSpec, param: ParamSpec): string {
  const of = param.kind === 'list' ? param.of : param.kind;
  const value = of === 'text' ? 'string' : of === 'boolean' ? 'boolean' : of === 'date' ? 'Date' : 'number';
  const takesRange = param.kind === 'list' || spec.result.shape !== 'table';
  return takesRange ? `${value}|Array<Array<${value}>>` : value;
}

/**
 * Sheets shows the JSDoc as the function's help in the cell: Russian first, then English. Each
 * `global.X = …` becomes a top-level function of Code.js (gas-webpack-plugin); `declare global` gives
 * it its type, so the wrappers are typechecked like the rest of the repo.
 */
export function sheetsWrappers(specs: readonly FormulaSpec[]): string {
  const declarations = specs.map((spec) => {
    const params = spec.params.map((p) => `${p.name}${p.optional ? '?' : ''}: unknown`).join(', ');
    return `  var ${spec.id}: (${params}) => unknown;`;
  });
  const assignments = specs.map((spec) => {
    const docs = [
      oneLine(spec.ru),
      oneLine(spec.en),
      `Справка / Help: ${helpUrl(spec)}`,
      '',
      ...spec.params.map(
        (param) =>
          `@param {${sheetsType(spec, param)}} ${param.optional ? `[${param.name}]` : param.name} ${oneLine(param.ru)} / ${oneLine(param.en)}`,
      ),
      `@return ${oneLine(spec.result.ru)} / ${oneLine(spec.result.en)}`,
      '@customfunction',
    ];
    const names = spec.params.map((p) => p.name).join(', ');
    return `/**\n${docs.map((line) => (line ? ` * ${line}` : ' *')).join('\n')}\n */\nglobal.${spec.id} = function (${names}) {\n  return runInSheets(specs.${spec.id}, [${names}]);\n};\n`;
  });
  return `import { runInSheets } from '../appsscript/run';\nimport { catalogueById } from '../core/catalogue';\nimport { catalogue } from './catalogue';\n\ndeclare global {\n${declarations.join('\n')}\n}\n\nconst specs = catalogueById(catalogue);\n\n${assignments.join('\n')}`;
}

/**
 * Where the add-in is served: the dev server's address unless ADDIN_URL says otherwise at build time
 * (the build rewrites the manifest with the same value, from .generated/addin.json).
 */
export const ADDIN_URL = addinUrl(process.env.ADDIN_URL);

/**
 * The function's entry in the task pane's reference — the help link of both hosts: the page also
 * works in a plain browser, outside Excel, where it opens on the reference.
 */
export function helpUrl(spec: FormulaSpec): string {
  return `${ADDIN_URL}/taskpane.html#${spec.id}`;
}

/**
 * The Sheets menu's template commands, one global per template of the catalogue, typed like the
 * formula wrappers: adding a template to core/templates/registry.ts adds its menu item.
 */
export function sheetsTemplateCommands(ids: readonly string[]): string {
  const declarations = ids.map((id) => `  var ${menuCommand(id)}: () => void;`);
  const assignments = ids.map(
    (id) =>
      `/** Menu item: inserts the template \`${id}\` into a new sheet and shows it. */\nglobal.${menuCommand(id)} = () => insertFromMenu('${id}');\n`,
  );
  return `import { insertFromMenu } from '../appsscript/menu';\n\ndeclare global {\n${declarations.join('\n')}\n}\n\n${assignments.join('\n')}`;
}
