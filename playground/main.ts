/** The local playground: ROP Kit on a real formula engine, without Excel or a Google account. */
import { catalogue } from '../.generated/catalogue';
import { insertTemplate, TEMPLATES } from '../core/templates/catalogue';
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
import { PlaygroundWorkbook } from './workbook';

const lang = languageOf(new URLSearchParams(location.search).get('lang') ?? navigator.language);
const t = (ru: string, en: string) => (lang === 'ru' ? ru : en);
document.documentElement.lang = lang;
addStyles(BASE_CSS + WIZARD_CSS + PLAYGROUND_CSS);

const engine = createEngine(catalogue);
const workbook = new PlaygroundWorkbook(engine);
const firstSheet = t('Лист1', 'Sheet1');
engine.addSheet(firstSheet);
engine.setSheetContent(engine.getSheetId(firstSheet)!, sampleSheet(lang));
workbook.adopt(firstSheet);
void workbook.setColumnWidths(firstSheet, SAMPLE_LOOK.columnWidths);
for (const [format, ranges] of Object.entries(SAMPLE_LOOK.formats))
  void workbook.setNumberFormat(firstSheet, format as keyof typeof SAMPLE_LOOK.formats, ranges);
void workbook.setStyle(firstSheet, 'header', SAMPLE_LOOK.headers);
void workbook.setStyle(firstSheet, 'input', SAMPLE_LOOK.inputs);
void workbook.setStyle(firstSheet, 'title', ['A1']);

const grid = createGrid(workbook, lang, { formula: t('Формула', 'Formula'), cell: t('Ячейка', 'Cell') });
const tabs = el('nav', { class: 'tabs', 'aria-label': t('Листы', 'Sheets') });
const charts = el('div', { class: 'charts' });
const status = el('p', { class: 'status', role: 'status' });
let current = firstSheet;

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
    ...(workbook.sheetMetadata(sheet)?.charts ?? []).map((chart) => renderChart(workbook, sheet, chart)),
  );
}

// Charts follow the values: redraw them whenever the engine recalculates.
engine.on('valuesUpdated', () => {
  charts.replaceChildren(
    ...(workbook.sheetMetadata(current)?.charts ?? []).map((chart) => renderChart(workbook, current, chart)),
  );
});

const picker = el(
  'select',
  { id: 'template-picker', 'aria-label': t('Шаблон', 'Template') },
  ...TEMPLATES.map((template) => el('option', { value: template.id }, template.sheet[lang])),
);
const insertButton = el('button', { type: 'button' }, t('Вставить шаблон', 'Insert template'));
insertButton.addEventListener('click', async () => {
  const template = TEMPLATES.find((entry) => entry.id === picker.value)!;
  const sheet = await insertTemplate(template.id, workbook, lang);
  show(sheet);
  status.textContent = t(
    `Шаблон вставлен на новый лист «${sheet}»`,
    `Template inserted into the new sheet "${sheet}"`,
  );
});

const STORAGE_KEY = 'rop-kit:wizard';
const wizardHost: WizardHost = {
  async insert(inputs, where) {
    const result = await insertWizard(inputs, workbook, lang, where);
    if (result.status === 'inserted') show(result.sheet);
    return result;
  },
  async loadInputs() {
    return localStorage.getItem(STORAGE_KEY);
  },
  async saveInputs(inputs) {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(inputs));
  },
};

const side = el('aside', { class: 'side' });
const panels = {
  wizard: el('section', {
    class: 'panel',
    id: 'wizard',
    'aria-label': t('Мастер декомпозиции', 'Decomposition wizard'),
  }),
  reference: el('section', {
    class: 'panel',
    id: 'reference',
    'aria-label': t('Справочник функций', 'Function reference'),
  }),
};
const panelButtons = (['wizard', 'reference'] as const).map((name) => {
  const button = el(
    'button',
    { type: 'button', class: 'secondary', 'aria-controls': name },
    name === 'wizard'
      ? t('Мастер декомпозиции', 'Decomposition wizard')
      : t('Справочник функций', 'Function reference'),
  );
  button.addEventListener('click', () => openPanel(name));
  return button;
});
function openPanel(name: keyof typeof panels) {
  side.replaceChildren(panels[name]);
  panelButtons.forEach((button) =>
    button.setAttribute('aria-pressed', String(button.getAttribute('aria-controls') === name)),
  );
}
renderReference(panels.reference, catalogue, { lang, prefix: '' });
void renderWizard(panels.wizard, wizardHost, lang);

document
  .getElementById('playground')!
  .replaceChildren(
    el(
      'header',
      { class: 'top' },
      el('h1', {}, t('ROP Kit — песочница', 'ROP Kit — playground')),
      el(
        'p',
        {},
        t(
          'Формулы ROP Kit на настоящем движке таблиц. Выберите ячейку, введите формулу, например =ROP_BONUS(1,1), и нажмите Enter.',
          'ROP Kit formulas on a real spreadsheet engine. Pick a cell, type a formula such as =ROP_BONUS(1.1), press Enter.',
        ),
      ),
      el('div', { class: 'toolbar' }, picker, insertButton, ...panelButtons),
      status,
    ),
    el('div', { class: 'layout' }, el('div', { class: 'workspace' }, grid.element, tabs, charts), side),
  );
show(firstSheet);
openPanel('wizard');
