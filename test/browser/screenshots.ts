/**
 * Where the browser tests save their screenshots: under test-results/ (not committed) on every run, and
 * into docs/screenshots/ (the README's) only when asked for with `npm run screenshots`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const SCREENSHOTS_DIR = join(
  root,
  process.env.ROPKIT_SCREENSHOTS === 'docs' ? 'docs/screenshots' : 'test-results/screenshots',
);

/** The path of screenshot `name` (e.g. `wizard.png`), its folder made. */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  return join(SCREENSHOTS_DIR, name);
}
