import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../.generated/catalogue';

const readme = readFileSync('README.md', 'utf8');

describe('README.md', () => {
  it('lists every function with its documented example', () => {
    // Prettier pads the table's cells to one width.
    for (const spec of catalogue)
      expect(readme, spec.id).toMatch(new RegExp(`^\\| \`${spec.id}\` +\\|`, 'm'));
    for (const spec of catalogue) expect(readme, spec.id).toContain(`\`${spec.example.formula}\``);
  });

  it('lists no function the core does not have', () => {
    const listed = [...readme.matchAll(/^\| `([A-Z_]+)` +\|/gm)].map((match) => match[1]);
    expect(listed.sort()).toEqual(catalogue.map((spec) => spec.id).sort());
  });

  it('shows the two commands of the quick start', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});

describe('README.md commands', () => {
  it('names every npm script, so a command the project has is never a secret', () => {
    const scripts = Object.keys(
      (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts,
    );
    const spelled = (name: string) =>
      name === 'test' || name === 'start' ? `npm ${name}` : `npm run ${name}`;
    for (const name of scripts) expect(readme, name).toContain(spelled(name));
  });
});
