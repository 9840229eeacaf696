/**
 * The function reference (Excel task pane, Sheets sidebar, playground): every formula with its
 * description, arguments and example, searchable, in the host's language. One implementation; the
 * content comes from the specs, as docs/functions.md does.
 */
import { AREA_ORDER, AREAS } from '../core/areas';
import { signature } from '../core/catalogue';
import type { Cell, FormulaSpec } from '../core/spec';
import { qualifyFormula } from '../core/templates/formula';
import { el } from './dom';
import { type Lang, localeOf, pick } from './language';

const TEXT = {
  search: { ru: 'Найти функцию', en: 'Find a function' },
  searchHint: { ru: 'название или слово из описания', en: 'name or a word from the description' },
  found: { ru: 'Найдено функций', en: 'Functions found' },
  nothing: { ru: 'Ничего не найдено', en: 'Nothing found' },
  arguments: { ru: 'Аргументы', en: 'Arguments' },
  optional: { ru: 'необязательный', en: 'optional' },
  result: { ru: 'Результат', en: 'Result' },
  example: { ru: 'Пример', en: 'Example' },
};

export interface ReferenceOptions {
  lang: Lang;
  /** "KPI." in Excel, which namespaces add-in functions; nothing in Sheets and the playground. */
  prefix: string;
  /** Shows an example in the host's formula syntax (the playground's Russian: `;`, decimal comma). */
  syntax?: (formula: string) => string;
}

export function formatCell(cell: Cell, lang: Lang): string {
  if (typeof cell === 'number') return cell.toLocaleString(localeOf(lang), { maximumFractionDigits: 4 });
  return String(cell);
}

export function formatResult(result: FormulaSpec['example']['result'], lang: Lang): string {
  if (!Array.isArray(result)) return formatCell(result as Cell, lang);
  return result.map((row) => row.map((cell: Cell) => formatCell(cell, lang)).join(' | ')).join(' ; ');
}

function entry(
  spec: FormulaSpec,
  { lang, prefix, syntax = (formula) => formula }: ReferenceOptions,
): HTMLElement {
  return el(
    'article',
    { id: spec.id, class: 'fn', 'data-search': [spec.id, spec.ru, spec.en].join(' ').toLowerCase() },
    el('h3', {}, el('code', {}, signature(spec, prefix))),
    el('p', {}, pick(spec, lang)),
    el('h4', {}, pick(TEXT.arguments, lang)),
    el(
      'dl',
      {},
      ...spec.params.flatMap((param) => [
        el('dt', {}, el('code', {}, param.name), param.optional ? ` (${pick(TEXT.optional, lang)})` : ''),
        el('dd', {}, pick(param, lang)),
      ]),
    ),
    el('p', {}, el('strong', {}, `${pick(TEXT.result, lang)}: `), pick(spec.result, lang)),
    el(
      'p',
      {},
      el('strong', {}, `${pick(TEXT.example, lang)}: `),
      el('code', { class: 'example' }, syntax(qualifyFormula(spec.example.formula, prefix))),
      ` → ${formatResult(spec.example.result, lang)}`,
    ),
  );
}

/** Renders the reference into `root`; a `#ID` in the page address opens on that function. */
export function renderReference(
  root: HTMLElement,
  catalogue: readonly FormulaSpec[],
  options: ReferenceOptions,
): void {
  const { lang } = options;
  const search = el('input', {
    id: 'reference-search',
    type: 'search',
    placeholder: pick(TEXT.searchHint, lang),
    autocomplete: 'off',
  });
  const count = el('p', { class: 'count', role: 'status' });
  const groups = AREA_ORDER.map((area) => {
    const entries = catalogue.filter((spec) => spec.area === area).map((spec) => entry(spec, options));
    return {
      section: el('section', { class: 'area' }, el('h2', {}, pick(AREAS[area], lang)), ...entries),
      entries,
    };
  });
  const filter = () => {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const { section, entries } of groups) {
      let inArea = 0;
      for (const article of entries) {
        const match = words.every((word) => article.dataset.search!.includes(word));
        article.hidden = !match;
        if (match) inArea++;
      }
      section.hidden = inArea === 0;
      shown += inArea;
    }
    count.textContent = shown ? `${pick(TEXT.found, lang)}: ${shown}` : pick(TEXT.nothing, lang);
  };
  search.addEventListener('input', filter);
  root.replaceChildren(
    el('label', { for: 'reference-search' }, pick(TEXT.search, lang)),
    search,
    count,
    ...groups.map((group) => group.section),
  );
  filter();
  const target = location.hash.slice(1);
  if (target) document.getElementById(target)?.scrollIntoView();
}
