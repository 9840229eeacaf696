import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DIST } from './hosts/bundles';

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

describe('core/', () => {
  it('compiles on its own with no host or browser types, so no host API can creep in', () => {
    const program = ts.createProgram(files('core', /\.ts$/), {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2020,
      lib: ['lib.es2022.d.ts'],
      types: [],
      skipLibCheck: true,
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  });

  it('names no host global, even where a type would not notice', () => {
    const hosts = [
      'Office',
      'Excel',
      'CustomFunctions',
      'SpreadsheetApp',
      'google',
      'HtmlService',
      'Session',
      'document',
      'window',
      'globalThis',
    ];
    for (const file of files('core', /\.ts$/)) {
      const scanner = ts.createScanner(
        ts.ScriptTarget.Latest,
        true,
        ts.LanguageVariant.Standard,
        readFileSync(file, 'utf8'),
      );
      for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
        if (token === ts.SyntaxKind.Identifier)
          expect(hosts, `${file}: ${scanner.getTokenText()}`).not.toContain(scanner.getTokenText());
      }
    }
  });
});

/**
 * A script without its comments: Code.js is shipped unminified with the sources' comments, and a
 * comment that mentions HyperFormula is not an engine.
 */
const withoutComments = (file: string, text: string) =>
  file.endsWith('.js')
    ? ts.transpileModule(text, { compilerOptions: { removeComments: true, target: ts.ScriptTarget.ESNext } })
        .outputText
    : text;

describe('dist/', () => {
  const shipped = files(DIST, /\.(js|html|json|xml)$/);

  it('holds the two hosts’ files of SPEC.md §4', () => {
    const names = shipped.map((file) => file.slice(DIST.length + 1)).sort();
    expect(names).toEqual(
      expect.arrayContaining([
        'addin/functions.js',
        'addin/functions.json',
        'addin/functions.ru.json',
        'addin/manifest.xml',
        'addin/taskpane.html',
        'appsscript/Code.js',
        'appsscript/Sidebar.html',
        'appsscript/appsscript.json',
      ]),
    );
    expect(names.filter((name) => name.startsWith('appsscript/'))).toEqual([
      'appsscript/Code.js',
      'appsscript/Sidebar.html',
      'appsscript/appsscript.json',
    ]);
  });

  it('contains no formula engine, no eval or new Function, and no network call', () => {
    for (const file of shipped) {
      const text = readFileSync(file, 'utf8');
      expect(withoutComments(file, text), file).not.toMatch(/hyperformula/i);
      expect(text, file).not.toMatch(/\beval\s*\(|new\s+Function\s*\(/);
      expect(text, file).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|UrlFetchApp/);
    }
  });
});

describe('the typecheck', () => {
  it('covers every source file, the generated wrappers included: none opts out with @ts-nocheck', () => {
    const sources = ['core', 'addin', 'appsscript', 'ui', 'playground', 'scripts', 'test', '.generated']
      .flatMap((dir) => files(dir, /\.ts$/))
      .filter((file) => file !== join('test', 'static.test.ts'));
    expect(sources).toContain(join('.generated', 'sheets-functions.ts'));
    for (const file of sources) expect(readFileSync(file, 'utf8'), file).not.toMatch(/@ts-nocheck/);
  });
});

describe('scripts/', () => {
  it('never imports from test/: what a script needs lives in scripts/ or core/', () => {
    for (const file of files('scripts', /\.ts$/))
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from '\.\.\/test\//);
  });
});
