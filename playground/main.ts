/** The local playground: ROP Kit on a real formula engine, without Excel or a Google account. */
import { catalogue } from '../.generated/catalogue';
import { insertTemplate, TEMPLATES } from '../core/templates/registry';
import { insertWizard } from '../core/wizard/sheet';
import { addStyles, el } from '../ui/dom';
import { languageOf } from '../ui/language';
import { renderReference } from '../ui/reference';
import { BASE_CSS, WIZARD_CSS } from '../ui/styles';
import { renderWizard, type WizardHost } from '../ui/wizard';
import { renderChart } from './charts';
import { createEngine } from './engine';
import { createGrid } from './grid';
import { SAMPLE_LOOK, sampleSheet } from './sample';
import { PLAYGROUND_CSS } from './styles';
import { toUserFormula } from './syntax';
import { PlaygroundWorkbook, type WorkbookSnapshot } from './workbook';

const lang = languageOf(new URLSearchParams(location.search).get('lang') ?? navigator.language);
/** The text in the page's language (core's t() builds both languages' texts). */
const say = (ru: string, en: string) => (lang === 'ru' ? ru : en);
document.documentElement.lang = lang;
addStyles(BASE_CSS + WIZARD_CSS + PLAYGROUND_CSS);

const engine = createEngine(catalogue);
const workbook = new PlaygroundWorkbook(engine);
const firstSheet = say('Лист1', 'Sheet1');

// The workbook lives in the browser's storage: restored on load, saved after every change.
const WORKBOOK_KEY = 'rop-kit:workbook';
function restoreOrSample() {
  const saved = localStorage.getItem(WORKBOOK_KEY);
  if (saved) {
    try {
      workbook.restore(JSON.parse(saved) as WorkbookSnapshot);
      return;
    } catch {
      localStorage.removeItem(WORKBOOK_KEY);
    }
  }
  engine.addSheet(firstSheet);
  engine.setSheetContent(engine.getSheetId(firstSheet)!, sampleSheet(lang));
  workbook.adopt(firstSheet);
  void workbook.setColumnWidths(firstSheet, SAMPLE_LOOK.columnWidths);
  for (const [format, ranges] of Object.entries(SAMPLE_LOOK.formats))
    void workbook.setNumberFormat(firstSheet, format as keyof typeof SAMPLE_LOOK.formats, ranges);
  void workbook.setStyle(firstSheet, 'header', SAMPLE_LOOK.headers);
  void workbook.setStyle(firstSheet, 'input', SAMPLE_LOOK.inputs);
  void workbook.setStyle(firstSheet, 'title', ['A1']);
  engine.clearUndoStack();
}
restoreOrSample();
let saving: ReturnType<typeof setTimeout> | undefined;
const save = () => {
  clearTimeout(saving);
  saving = setTimeout(() => localStorage.setItem(WORKBOOK_KEY, JSON.stringify(workbook.snapshot())), 150);
};
workbook.onTouched = save;
for (const event of ['valuesUpdated', 'sheetAdded', 'namedExpressionAdded'] as const) engine.on(event, save);

const grid = createGrid(workbook, lang, {
  formula: say('Формула', 'Formula'),
  cell: say('Ячейка', 'Cell'),
  spilled: (anchor) => say(`Результат формулы из ${anchor}`, `The result of the formula in ${anchor}`),
});
const tabs = el('nav', { class: 'tabs', 'aria-label': say('Листы', 'Sheets') });
const charts = el('div', { class: 'charts' });
const status = el('p', { class: 'status', role: 'status' });
let current = engine.getSheetNames()[0];

function show(sheet: string) {
  current = sheet;
  grid.show(sheet);
  tabs.replaceChildren(
    ...engine.getSheetNames().map((name) => {
      const tab = el(
        'button',
        {
          type: 'button',
          class: name === sheet ? 'tab current' : 'tab',
          ...(name === sheet ? { 'aria-current': 'page' } : {}),
        },
        name,
      );
      tab.addEventListener('click', () => show(name));
      return tab;
    }),
  );
  charts.replaceChildren(
    ...(workbook.sheetMetadata(sheet)?.charts ?? []).map((chart) =>
      renderChart(workbook, sheet, chart, lang),
    ),
  );
}

// Charts follow the values: redraw them whenever the engine recalculates.
engine.on('valuesUpdated', () => {
  charts.replaceChildren(
    ...(workbook.sheetMetadata(current)?.charts ?? []).map((chart) =>
      renderChart(workbook, current, chart, lang),
    ),
  );
});

const picker = el(
  'select',
  { id: 'template-picker', 'aria-label': say('Шаблон', 'Template') },
  ...TEMPLATES.map((template) => el('option', { value: template.id }, template.sheet[lang])),
);
const insertButton = el('button', { type: 'button' }, say('Вставить шаблон', 'Insert template'));
insertButton.addEventListener('click', async () => {
  const template = TEMPLATES.find((entry) => entry.id === picker.value)!;
  const sheet = await insertTemplate(template.id, workbook, lang);
  // As in Excel after an add-in writes: Ctrl+Z does not take a template apart cell by cell.
  engine.clearUndoStack();
  show(sheet);
  save();
  status.textContent = say(
    `Шаблон вставлен на новый лист «${sheet}»`,
    `Template inserted into the new sheet "${sheet}"`,
  );
});

const STORAGE_KEY = 'rop-kit:wizard';
const wizardHost: WizardHost = {
  async insert(inputs, where) {
    const result = await insertWizard(inputs, workbook, lang, where);
    if (result.status === 'inserted') {
      engine.clearUndoStack();
      show(result.sheet);
      save();
    }
    return result;
  },
  async loadInputs() {
    return localStorage.getItem(STORAGE_KEY);
  },
  async saveInputs(inputs) {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(inputs));
  },
};

const side = el('aside', { class: 'side', id: 'side' });
const panels = {
  wizard: el('section', {
    class: 'panel',
    id: 'wizard',
    'aria-label': say('Мастер декомпозиции', 'Decomposition wizard'),
  }),
  reference: el('section', {
    class: 'panel',
    id: 'reference',
    'aria-label': say('Справочник функций', 'Function reference'),
  }),
};
const panelButtons = (['wizard', 'reference'] as const).map((name) => {
  const button = el(
    'button',
    { type: 'button', class: 'secondary', 'aria-controls': name },
    name === 'wizard'
      ? say('Мастер декомпозиции', 'Decomposition wizard')
      : say('Справочник функций', 'Function reference'),
  );
  button.addEventListener('click', () => openPanel(name));
  return button;
});
function openPanel(name: keyof typeof panels) {
  side.replaceChildren(panels[name]);
  setPanelOpen(true);
  panelButtons.forEach((button) =>
    button.setAttribute('aria-pressed', String(button.getAttribute('aria-controls') === name)),
  );
}
renderReference(panels.reference, catalogue, {
  lang,
  prefix: '',
  syntax: (formula) => toUserFormula(formula, lang),
});
void renderWizard(panels.wizard, wizardHost, lang);

const collapse = el('button', {
  type: 'button',
  class: 'secondary',
  'aria-controls': 'side',
  'aria-expanded': 'true',
});
function setPanelOpen(open: boolean) {
  side.hidden = !open;
  collapse.setAttribute('aria-expanded', String(open));
  collapse.textContent = open
    ? say('Скрыть панель ▸', 'Hide panel ▸')
    : say('◂ Показать панель', '◂ Show panel');
}
collapse.addEventListener('click', () => setPanelOpen(side.hidden));
setPanelOpen(true);

// Reset asks twice: a click arms it for a few seconds, a second click wipes the saved workbook.
const reset = el(
  'button',
  { type: 'button', class: 'secondary danger' },
  say('Сбросить книгу', 'Reset workbook'),
);
let armed: ReturnType<typeof setTimeout> | undefined;
reset.addEventListener('click', () => {
  if (armed) {
    clearTimeout(saving);
    localStorage.removeItem(WORKBOOK_KEY);
    location.reload();
    return;
  }
  reset.textContent = say('Точно сбросить? Нажмите ещё раз', 'Really reset? Click again');
  armed = setTimeout(() => {
    armed = undefined;
    reset.textContent = say('Сбросить книгу', 'Reset workbook');
  }, 5000);
});

const hint = el(
  'p',
  {},
  say(
    'Формулы ROP Kit на настоящем движке таблиц. Выберите ячейку, введите ',
    'ROP Kit formulas on a real spreadsheet engine. Pick a cell, type ',
  ),
  el('code', { class: 'hint-formula' }, say('=ROP_BONUS(1,1)', '=ROP_BONUS(1.1)')),
  say(
    ' и нажмите Enter. Русская запись, как в Google Таблицах: «;» между аргументами, запятая в дробях.',
    ' and press Enter.',
  ),
);

document
  .getElementById('playground')!
  .replaceChildren(
    el(
      'header',
      { class: 'top' },
      el('h1', {}, say('ROP Kit — песочница', 'ROP Kit — playground')),
      hint,
      el(
        'div',
        { class: 'toolbar' },
        picker,
        insertButton,
        ...panelButtons,
        collapse,
        el(
          'span',
          { class: 'saved-note' },
          say(
            'Книга хранится в этом браузере и переживёт перезагрузку.',
            'The workbook is kept in this browser and survives a reload.',
          ),
        ),
        reset,
      ),
      status,
    ),
    el('div', { class: 'layout' }, el('div', { class: 'workspace' }, grid.element, tabs, charts), side),
  );
show(current);
openPanel('wizard');
