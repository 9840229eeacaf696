/**
 * The Sheets sidebar: the same panel as Excel's task pane (wizard, templates, reference). Every write
 * is a `google.script.run` call to a top-level function of Code.js, which renders server-side.
 */
import { catalogue } from '../.generated/catalogue';
import type { WizardInputs } from '../core/wizard/inputs';
import type { InsertResult } from '../core/wizard/sheet';
import { addStyles } from '../ui/dom';
import { languageOf } from '../core/lang';
import { renderPanel } from '../ui/panel';
import { BASE_CSS, PANEL_CSS, WIZARD_CSS } from '../ui/styles';

/** A server function called as a promise. */
function server<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value: unknown) => resolve(value as T))
      .withFailureHandler(reject) as unknown as Record<string, (...a: unknown[]) => void>;
    runner[name](...args);
  });
}

function start(locale: string | undefined): void {
  const lang = languageOf(locale ?? navigator.language);
  document.documentElement.lang = lang;
  addStyles(BASE_CSS + WIZARD_CSS + PANEL_CSS);
  renderPanel(
    document.getElementById('panel')!,
    {
      lang,
      prefix: '',
      insertTemplate: (id) => server<string>('insertTemplate', id),
      wizard: {
        insert: (inputs, where) => server<InsertResult>('insertWizard', inputs, where),
        loadInputs: async () => {
          const saved = await server<string | null>('loadWizardInputs');
          return saved ? (JSON.parse(saved) as WizardInputs) : null;
        },
        saveInputs: (inputs) => server<void>('saveWizardInputs', JSON.stringify(inputs)),
      },
    },
    catalogue,
  );
}

if (typeof google === 'undefined') {
  start(undefined);
} else {
  google.script.run
    .withSuccessHandler((locale: string) => start(locale))
    .withFailureHandler(() => start(undefined))
    .getUserLocale();
}
