/**
 * The add-in's panel — Excel task pane and Sheets sidebar alike: the wizard, the templates and the
 * function reference on three tabs. The host passes what differs: how to insert, the function prefix.
 */
import type { FormulaSpec } from '../core/spec';
import { TEMPLATES } from '../core/templates/registry';
import { el } from './dom';
import { type Lang, pick } from './language';
import { renderReference } from './reference';
import { renderWizard, type WizardHost } from './wizard';

export interface PanelHost {
  lang: Lang;
  /** "KPI." in Excel. */
  prefix: string;
  wizard: WizardHost;
  /** Inserts a template into a new sheet; resolves to the new sheet's name. */
  insertTemplate(id: string): Promise<string>;
}

const TABS = [
  { id: 'wizard', ru: 'Мастер', en: 'Wizard' },
  { id: 'templates', ru: 'Шаблоны', en: 'Templates' },
  { id: 'reference', ru: 'Функции', en: 'Functions' },
] as const;

const TEXT = {
  insert: { ru: 'Вставить', en: 'Insert' },
  inserted: { ru: 'Вставлено на новый лист «{sheet}»', en: 'Inserted into the new sheet "{sheet}"' },
  failed: { ru: 'Не удалось вставить: {message}', en: 'Could not insert: {message}' },
  intro: {
    ru: 'Шаблон всегда вставляется на новый лист: ваши данные не меняются.',
    en: 'A template always goes into a new sheet: your data stays as it is.',
  },
};

function templatesList(host: PanelHost): HTMLElement {
  const { lang } = host;
  const status = el('p', { class: 'wizard-status', role: 'status' });
  const items = TEMPLATES.map((template) => {
    const button = el(
      'button',
      { type: 'button', 'aria-label': `${pick(TEXT.insert, lang)}: ${template.sheet[lang]}` },
      pick(TEXT.insert, lang),
    );
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        const sheet = await host.insertTemplate(template.id);
        status.textContent = pick(TEXT.inserted, lang).replace('{sheet}', sheet);
      } catch (error) {
        status.textContent = pick(TEXT.failed, lang).replace(
          '{message}',
          error instanceof Error ? error.message : String(error),
        );
      } finally {
        button.disabled = false;
      }
    });
    return el(
      'li',
      { class: 'template' },
      el('h3', {}, template.sheet[lang]),
      el('p', {}, template.description[lang]),
      button,
    );
  });
  return el(
    'div',
    {},
    el('p', {}, pick(TEXT.intro, lang)),
    status,
    el('ul', { class: 'templates' }, ...items),
  );
}

export function renderPanel(root: HTMLElement, host: PanelHost, catalogue: readonly FormulaSpec[]): void {
  const { lang } = host;
  const panels: Record<(typeof TABS)[number]['id'], HTMLElement> = {
    wizard: el('section', { id: 'panel-wizard', role: 'tabpanel' }),
    templates: el('section', { id: 'panel-templates', role: 'tabpanel' }, templatesList(host)),
    reference: el('section', { id: 'panel-reference', role: 'tabpanel' }),
  };
  void renderWizard(panels.wizard, host.wizard, lang);
  renderReference(panels.reference, catalogue, { lang, prefix: host.prefix });
  const tabs = TABS.map((tab) =>
    el(
      'button',
      { type: 'button', role: 'tab', id: `tab-${tab.id}`, 'aria-controls': `panel-${tab.id}` },
      pick(tab, lang),
    ),
  );
  const open = (id: string) => {
    tabs.forEach((tab) => tab.setAttribute('aria-selected', String(tab.id === `tab-${id}`)));
    for (const [name, panel] of Object.entries(panels)) panel.hidden = name !== id;
  };
  tabs.forEach((tab, i) => tab.addEventListener('click', () => open(TABS[i].id)));
  root.replaceChildren(
    el('div', { role: 'tablist', class: 'panel-tabs' }, ...tabs),
    ...Object.values(panels),
  );
  // A help link (`taskpane.html#ROP_BONUS`) opens on the function's entry.
  open(location.hash.length > 1 ? 'reference' : 'wizard');
}
