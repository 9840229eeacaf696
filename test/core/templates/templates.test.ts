import { existsSync, readFileSync } from 'node:fs';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../.generated/catalogue';
import { cellName, cellsOf, parseCell, parseRange, type Position } from '../../../core/templates/a1';
import { TEMPLATES } from '../../../core/templates/registry';
import { functionCalls, STANDARD_FUNCTIONS } from '../../../core/templates/formula';
import type { Template, TemplateCell, Texts } from '../../../core/templates/model';
import { createEngine } from '../../../playground/engine';

/** Every cell of a template with its address. */
function cells(
  template: Template,
): { address: string; position: Position; cell: NonNullable<TemplateCell> }[] {
  return template.blocks.flatMap(({ anchor, rows }) => {
    const origin = parseCell(anchor);
    return rows.flatMap((row, r) =>
      row.flatMap((cell, c) => {
        const position = { row: origin.row + r, col: origin.col + c };
        return cell ? [{ address: cellName(position), position, cell }] : [];
      }),
    );
  });
}

function texts(template: Template): Texts[] {
  const found: Texts[] = [
    template.sheet,
    template.description,
    ...template.charts.flatMap((chart) => [chart.title, ...chart.series.map((series) => series.name)]),
  ];
  for (const { cell } of cells(template)) {
    if (cell.kind === 'label') found.push(cell.text);
    if ((cell.kind === 'label' || cell.kind === 'input' || cell.kind === 'formula') && cell.note)
      found.push(cell.note);
    if (cell.kind === 'input' && cell.value !== null && typeof cell.value === 'object')
      found.push(cell.value);
  }
  return found;
}

const formulas = (template: Template) =>
  cells(template).flatMap(({ cell }) =>
    cell.kind === 'input'
      ? cell.formula
        ? [cell.formula]
        : []
      : cell.kind !== 'formula'
        ? []
        : typeof cell.formula === 'string'
          ? [cell.formula]
          : [cell.formula.ru, cell.formula.en],
  );

describe('the templates', () => {
  it('have unique kebab-case ids and unique sheet names in each language', () => {
    const ids = TEMPLATES.map((template) => template.id);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
    for (const lang of ['ru', 'en'] as const) {
      const sheets = TEMPLATES.map((template) => template.sheet[lang]);
      expect(new Set(sheets).size, lang).toBe(sheets.length);
    }
  });

  it('each come with a test of their own and a section in docs/templates.md', () => {
    const docs = readFileSync('docs/templates.md', 'utf8');
    for (const { id, sheet } of TEMPLATES) {
      const module = id.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
      expect(existsSync(`test/core/templates/${module}.test.ts`), id).toBe(true);
      expect(docs, id).toContain(`## \`${id}\` — ${sheet.ru}`);
    }
  });

  it('have every text in Russian and in English', () => {
    for (const template of TEMPLATES) {
      for (const text of texts(template)) {
        expect(text.ru.trim(), `${template.id}: ${text.en}`).not.toBe('');
        expect(text.en.trim(), `${template.id}: ${text.ru}`).not.toBe('');
        // The seed's notation (Kобщ, Nобр) is kept in English too, as the formula reference does.
        expect(text.en.replace(/[KN](общ|отс|пост|обр|воз)/g, ''), `${template.id}: ${text.en}`).not.toMatch(
          /[а-яё]/i,
        );
      }
    }
  });

  it('place no two cells at the same address', () => {
    for (const template of TEMPLATES) {
      const addresses = cells(template).map(({ address }) => address);
      expect(
        addresses.filter((address, i) => addresses.indexOf(address) !== i),
        template.id,
      ).toEqual([]);
    }
  });

  it('call only ROP Kit functions and standard functions every host has', () => {
    const ids = new Set(catalogue.map((spec) => spec.id));
    for (const template of TEMPLATES) {
      for (const text of formulas(template)) {
        for (const name of functionCalls(text))
          expect(ids.has(name) || STANDARD_FUNCTIONS.has(name), `${template.id}: ${text}`).toBe(true);
      }
    }
    createEngine(catalogue);
    const known = HyperFormula.getRegisteredFunctionNames('enGB');
    for (const name of STANDARD_FUNCTIONS) expect(known).toContain(name);
  });

  it('reference only their own sheet’s cells, and do arithmetic on single cells only', () => {
    for (const template of TEMPLATES) {
      for (const text of formulas(template)) {
        const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '""');
        expect(outsideQuotes, template.id).not.toMatch(/!/);
        // A range next to an operator is arithmetic on a range, which Sheets would need ARRAYFORMULA for.
        expect(outsideQuotes, template.id).not.toMatch(
          /[A-Z]+\d+:[A-Z]+\d+\s*[-+*/^&]|[-+*/^&]\s*[A-Z]+\d+:[A-Z]+\d+/,
        );
      }
    }
  });

  it('name only input cells, with names no other template uses and no host could read as a cell', () => {
    const seen = new Set<string>();
    for (const template of TEMPLATES) {
      const inputs = new Set(
        cells(template).flatMap(({ address, cell }) => (cell.kind === 'input' ? [address] : [])),
      );
      for (const [name, range] of Object.entries(template.names)) {
        expect(name).toMatch(/^[a-z]+(_[a-z0-9]+)+$/);
        expect(seen.has(name), name).toBe(false);
        seen.add(name);
        for (const position of cellsOf(range))
          expect(inputs.has(cellName(position)), `${name} → ${cellName(position)}`).toBe(true);
      }
    }
  });

  it('start every drop-down on one of its own values, none with a list separator in it', () => {
    for (const template of TEMPLATES) {
      for (const { address, cell } of cells(template)) {
        if (cell.kind !== 'input' || !cell.choices) continue;
        const value = cell.value as Texts;
        expect(cell.choices.ru, `${template.id}!${address}`).toContain(value.ru);
        expect(cell.choices.en, `${template.id}!${address}`).toContain(value.en);
        // Excel takes a list as one "a,b,c" string.
        for (const choice of [...cell.choices.ru, ...cell.choices.en]) expect(choice).not.toMatch(/[,;]/);
      }
    }
  });

  it('explain every input: a note on it, or on a cell of its row or column in the same block', () => {
    for (const template of TEMPLATES) {
      for (const block of template.blocks) {
        const all = cells({ ...template, blocks: [block] });
        const noted = all.filter(({ cell }) => cell.kind !== 'spill' && cell.note);
        for (const { address, position, cell } of all) {
          if (cell.kind !== 'input' || cell.note) continue;
          const explained = noted.some(
            (other) => other.position.row === position.row || other.position.col === position.col,
          );
          expect(explained, `${template.id}!${address}`).toBe(true);
        }
      }
    }
  });

  it('chart single columns of equal height', () => {
    for (const template of TEMPLATES) {
      for (const chart of template.charts) {
        const categories = parseRange(chart.categories);
        expect(categories.from.col).toBe(categories.to.col);
        for (const series of chart.series) {
          const values = parseRange(series.values);
          expect([values.from.col, values.from.row, values.to.row]).toEqual([
            values.to.col,
            categories.from.row,
            categories.to.row,
          ]);
        }
      }
    }
  });
});
