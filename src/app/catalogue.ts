import type { BatchMessages } from './batch/batch-messages.ts';
import type { BatchUiMessages } from './batch/batch-ui-messages.ts';
import type { CronMessages } from './cron-builder/cron-messages.ts';
import type { DependencyMessages } from './dependency-picker/dependency-messages.ts';
import type { DraftMessages } from './drafts/draft-messages.ts';
import type { HistoryMessages } from './history/history-messages.ts';
import type { Catalogues } from './i18n/i18n.tsx';
import type { Locale, Messages } from './i18n/messages.ts';
import type { ReviewMessages } from './review/review-messages.ts';
import type { WorkspaceMessages } from './workspace/workspace-messages.ts';

/**
 * Everything the app says, in one language: the shared strings and each feature's, assembled here, above the
 * features (i18n, below them, knows this shape only through its `Register`). One chunk per language, loaded
 * before the first render.
 */
export interface AppCatalogue {
  t: Messages;
  batch: BatchMessages;
  batchUi: BatchUiMessages;
  cron: CronMessages;
  dependency: DependencyMessages;
  drafts: DraftMessages;
  history: HistoryMessages;
  review: ReviewMessages;
  workspace: WorkspaceMessages;
}

declare module './i18n/i18n.tsx' {
  interface Register {
    catalogue: AppCatalogue;
  }
}

const loaded = new Map<Locale, AppCatalogue>();

export const catalogues: Catalogues = {
  load(locale) {
    const ready = loaded.get(locale);
    if (ready) return Promise.resolve(ready);
    const loading =
      locale === 'zh-CN'
        ? import('./catalogue.zh-CN.ts').then((m) => m.catalogue)
        : import('./catalogue.en.ts').then((m) => m.catalogue);
    return loading.then((catalogue) => {
      loaded.set(locale, catalogue);
      return catalogue;
    });
  },
  loaded: (locale) => loaded.get(locale),
};
