/**
 * The arguments of a spec's example formula (`=ROP_BONUS(1.1, , {0.8;1})`), as a host passes them: for
 * the host tests and the benchmark.
 */

function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '{' || ch === '(')) depth++;
    else if (!quoted && (ch === '}' || ch === ')')) depth--;
    else if (!quoted && depth === 0 && ch === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim());
}

function literal(text: string): unknown {
  if (text === '') return null;
  if (text.startsWith('"')) return text.slice(1, -1);
  if (/^(TRUE|FALSE)$/i.test(text)) return /^TRUE$/i.test(text);
  if (text.startsWith('{')) {
    return splitTopLevel(text.slice(1, -1), ';').map((row) => splitTopLevel(row, ',').map(literal));
  }
  if (text.endsWith('%')) return Number(text.slice(0, -1)) / 100;
  const value = Number(text);
  if (Number.isNaN(value)) throw new Error(`Not a literal: ${text}`);
  return value;
}

export function exampleArgs(formula: string): unknown[] {
  const match = /^=([A-Z_]+)\((.*)\)$/.exec(formula);
  if (!match) throw new Error(`Not a call: ${formula}`);
  return match[2].trim() === '' ? [] : splitTopLevel(match[2], ',').map(literal);
}
