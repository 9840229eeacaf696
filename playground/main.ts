/** The local playground: ROP Kit on a real formula engine, without Excel or a Google account. */
import { catalogue } from '../.generated/catalogue';
import { addStyles, el } from '../ui/dom';
import { languageOf } from '../ui/language';
import { renderReference } from '../ui/reference';
import { BASE_CSS } from '../ui/styles';
import { createEngine } from './engine';
import { createGrid } from './grid';
import { sampleSheet } from './sample';
import { PLAYGROUND_CSS } from './styles';

const lang = languageOf(new URLSearchParams(location.search).get('lang') ?? navigator.language);
const t = (ru: string, en: string) => (lang === 'ru' ? ru : en);
document.documentElement.lang = lang;
addStyles(BASE_CSS + PLAYGROUND_CSS);

const engine = createEngine(catalogue);
const sheetName = engine.addSheet(t('Лист1', 'Sheet1'));
const sheet = engine.getSheetId(sheetName)!;
engine.setSheetContent(sheet, sampleSheet(lang));

const grid = createGrid(engine, sheet, lang, { formula: t('Формула', 'Formula'), cell: t('Ячейка', 'Cell') });
const reference = el('aside', { class: 'reference', 'aria-label': t('Справочник функций', 'Function reference') });
renderReference(reference, catalogue, { lang, prefix: '' });

document.getElementById('playground')!.replaceChildren(
  el(
    'header',
    { class: 'top' },
    el('h1', {}, t('ROP Kit — песочница', 'ROP Kit — playground')),
    el('p', {}, t('Формулы ROP Kit на настоящем движке таблиц. Выберите ячейку, введите формулу, например =ROP_BONUS(1,1), и нажмите Enter.', 'ROP Kit formulas on a real spreadsheet engine. Pick a cell, type a formula such as =ROP_BONUS(1.1), press Enter.')),
  ),
  el('div', { class: 'layout' }, grid.element, reference),
);
