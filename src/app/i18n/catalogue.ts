import type { CronMessages } from '../cron-builder/cron-messages.ts';
import type { DependencyMessages } from '../dependency-picker/dependency-messages.ts';
import type { ReviewMessages } from '../review/review-messages.ts';
import type { Locale, Messages } from './messages.ts';

/** Everything the app says, in one language: loaded as one chunk per language, before the first render. */
export interface Catalogue {
  t: Messages;
  cron: CronMessages;
  dependency: DependencyMessages;
  review: ReviewMessages;
}

const loaded = new Map<Locale, Catalogue>();

export function loadCatalogue(locale: Locale): Promise<Catalogue> {
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
}

/** A catalogue already loaded, for a synchronous render. */
export function loadedCatalogue(locale: Locale): Catalogue | undefined {
  return loaded.get(locale);
}
