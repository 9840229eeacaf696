/**
 * The Sheets sidebar: the same panel as Excel's task pane (wizard, templates, reference). Every write
 * is a `google.script.run` call to a top-level function of Code.js, which renders server-side.
 */
import { catalogue } from '../.generated/catalogue';
import { languageOf } from '../core/lang';
import type { InsertResult } from '../core/wizard/sheet';
import { type HostConnection, startPanel } from '../ui/bootstrap';

/** A server function called as a promise. */
function server<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value: unknown) => resolve(value as T))
      .withFailureHandler(reject) as unknown as Record<string, (...a: unknown[]) => void>;
    runner[name](...args);
  });
}

const inSheets: HostConnection = {
  insertTemplate: (id) => server<string>('insertTemplate', id),
  wizard: {
    insert: (inputs, where) => server<InsertResult>('insertWizard', inputs, where),
    loadInputs: () => server<string | null>('loadWizardInputs'),
    saveInputs: (inputs) => server<void>('saveWizardInputs', JSON.stringify(inputs)),
  },
};

const page = { host: 'Google Sheets', prefix: '' } as const;

// Opened outside Sheets (a plain browser) there is no `google.script` to call.
if (typeof google === 'undefined' || !google.script?.run) {
  startPanel({ ...page, lang: languageOf(navigator.language) }, catalogue);
} else {
  const start = (locale?: string) =>
    startPanel({ ...page, lang: languageOf(locale ?? navigator.language), connection: inSheets }, catalogue);
  google.script.run
    .withSuccessHandler((locale: string) => start(locale))
    .withFailureHandler(() => start())
    .getUserLocale();
}
