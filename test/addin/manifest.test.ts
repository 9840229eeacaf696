import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXCEL_NAMESPACE } from '../../core/excel';
import { DIST, read } from '../hosts/bundles';

// `office-addin-manifest validate` calls an online service; these are the checks that matter offline.
const manifest = readFileSync('manifest.xml', 'utf8');

describe('manifest.xml', () => {
  it('namespaces the functions as KPI, the prefix the core writes into Excel formulas', () => {
    expect(EXCEL_NAMESPACE).toBe('KPI');
    expect(manifest).toMatch(/<Namespace resid="Functions.Namespace" \/>/);
    expect(manifest).toContain(`<bt:String id="Functions.Namespace" DefaultValue="${EXCEL_NAMESPACE}" />`);
  });

  it('asks for ReadWriteDocument and runs functions and task pane in one shared runtime', () => {
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1" \/>/);
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long" \/>/);
    expect(manifest).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url" \/>/);
  });

  it('serves Russian function metadata to Russian Excel', () => {
    expect(manifest).toMatch(
      /<bt:Url id="Functions.Metadata.Url" DefaultValue="https:\/\/localhost:3000\/functions.json">\s*<bt:Override Locale="ru-RU" Value="https:\/\/localhost:3000\/functions.ru.json" \/>/,
    );
  });

  it('points only at files the build writes into dist/addin', () => {
    const urls = [...manifest.matchAll(/"https:\/\/localhost:3000\/([^"#]*)"/g)]
      .map((match) => match[1])
      .filter(Boolean);
    expect(urls.length).toBeGreaterThan(5);
    for (const path of urls) expect(existsSync(resolve(DIST, 'addin', path)), path).toBe(true);
    expect(read('addin/manifest.xml')).toBe(manifest);
  });

  it('stays valid for an add-in served under a path (ADDIN_URL=https://host/rop-kit)', async () => {
    const { manifestFor } = await import('../../webpack.config.js');
    const built: string = manifestFor(manifest, 'https://host/rop-kit');
    const urls = [...built.matchAll(/"(https:\/\/[^"]*)"/g)].map((match) => match[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url, url).toMatch(/^https:\/\/host\/rop-kit\/[\w./-]+(#.*)?$/);
    // An AppDomain is an origin only (scheme and host, no path): the manifest needs none.
    for (const [, domain] of built.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g))
      expect(new URL(domain).origin).toBe(domain);
  });

  it('is well-formed XML with every resource id it uses defined', () => {
    const used = new Set([...manifest.matchAll(/resid="([^"]+)"/g)].map((match) => match[1]));
    const defined = new Set(
      [...manifest.matchAll(/<bt:(?:Url|Image|String) id="([^"]+)"/g)].map((match) => match[1]),
    );
    for (const id of used) expect(defined.has(id), id).toBe(true);
    const opened = [...manifest.matchAll(/<([A-Za-z:]+)[^>]*?(?<!\/)>/g)].filter(
      (m) => !m[0].startsWith('<?'),
    ).length;
    const closed = [...manifest.matchAll(/<\/[A-Za-z:]+>/g)].length;
    expect(opened).toBe(closed);
  });
});
