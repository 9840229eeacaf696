import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../.generated/catalogue';
import { read } from '../hosts/bundles';

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    helpUrl: string;
    parameters: { name: string; description: string; dimensionality: string; optional?: boolean }[];
    result: { dimensionality: string };
  }[];
}

describe('functions.json', () => {
  it('is produced by the metadata API without errors, with exactly the core’s ids, and is what the build ships', async () => {
    const generated = await generateCustomFunctionsMetadata(['.generated/excel-functions.ts'], true);
    expect(generated.errors).toEqual([]);
    const metadata: Metadata = JSON.parse(generated.metadataJson);
    expect(metadata.functions.map((fn) => fn.id).sort()).toEqual(catalogue.map((spec) => spec.id).sort());
    expect(JSON.parse(read('addin/functions.json'))).toEqual(metadata);
  });

  it('describes every argument, takes ranges everywhere, and links each function to its reference entry', () => {
    const metadata: Metadata = JSON.parse(read('addin/functions.json'));
    for (const spec of catalogue) {
      const fn = metadata.functions.find((entry) => entry.id === spec.id)!;
      expect(fn.name).toBe(spec.id);
      expect(fn.helpUrl).toBe(`https://localhost:3000/taskpane.html#${spec.id}`);
      expect(fn.result.dimensionality).toBe('matrix');
      expect(fn.parameters.map((p) => [p.name, Boolean(p.optional), p.dimensionality])).toEqual(
        spec.params.map((p) => [p.name, Boolean(p.optional), 'matrix']),
      );
    }
  });

  it('the Russian override has exactly the English file’s keys, every one a property Microsoft documents', () => {
    // Microsoft's "Manually create JSON metadata for custom functions": the properties of the file, of a
    // function, of its options, of a parameter and of a result. A result has no description.
    const documented = new Set([
      ...['$schema', 'allowCustomDataForDataTypeAny', 'allowErrorForDataTypeAny', 'functions', 'enums'],
      ...['description', 'helpUrl', 'id', 'name', 'options', 'parameters', 'result'],
      ...['cancelable', 'capturesCallingObject', 'excludeFromAutoComplete', 'linkedEntityLoadService'],
      ...['requiresAddress', 'requiresParameterAddresses', 'requiresStreamAddress'],
      ...['requiresStreamParameterAddresses', 'stream', 'volatile'],
      ...['dimensionality', 'type', 'cellValueType', 'customEnumId', 'optional', 'repeating'],
    ]);
    /** Every key with its path, arrays by position: "functions.3.parameters.0.description". */
    const keyPaths = (value: unknown, path = ''): string[] =>
      value !== null && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, inner]) => [
            `${path}${key}`,
            ...keyPaths(inner, `${path}${key}.`),
          ])
        : [];
    const english = keyPaths(JSON.parse(read('addin/functions.json')));
    const russian = keyPaths(JSON.parse(read('addin/functions.ru.json')));
    expect(russian.sort()).toEqual(english.sort());
    const names = russian.map((path) => path.split('.').pop()!).filter((key) => !/^\d+$/.test(key));
    expect(names.filter((key) => !documented.has(key))).toEqual([]);
  });

  it('has a Russian override with the same ids, names and arguments and the Russian descriptions', () => {
    const english: Metadata = JSON.parse(read('addin/functions.json'));
    const russian: Metadata = JSON.parse(read('addin/functions.ru.json'));
    expect(russian.functions.map((fn) => [fn.id, fn.name])).toEqual(
      english.functions.map((fn) => [fn.id, fn.name]),
    );
    for (const spec of catalogue) {
      const fn = russian.functions.find((entry) => entry.id === spec.id)!;
      expect(fn.description).toBe(spec.ru.replace(/\s+/g, ' '));
      expect(fn.parameters.map((p) => p.description)).toEqual(
        spec.params.map((p) => p.ru.replace(/\s+/g, ' ')),
      );
    }
  });
});
