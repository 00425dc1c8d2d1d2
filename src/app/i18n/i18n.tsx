import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale, Messages } from './messages.ts';

/**
 * The app registers the shape of its catalogue here (../catalogue.ts), by declaration merging, as TanStack
 * Router registers its router: the catalogue carries the features' strings, and i18n sits below the features.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface Register {}

/** Everything the app says in one language. */
export type Catalogue = Register extends { catalogue: infer C extends { t: Messages } } ? C : { t: Messages };

/** Each language's catalogue: loaded on demand, and read synchronously once loaded. */
export interface Catalogues {
  load(locale: Locale): Promise<Catalogue>;
  loaded(locale: Locale): Catalogue | undefined;
}

const STORAGE_KEY = 'task-editor.locale';

/** The reader's language: their last choice, else Chinese when the browser prefers it, else English. */
export function detectLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return navigator.languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

interface I18n {
  locale: Locale;
  t: Messages;
  catalogue: Catalogue;
  setLocale: (l: Locale) => void;
}

const I18nContext = createContext<I18n | null>(null);

/** Renders once the catalogue of `initialLocale` is loaded (main.tsx loads it before the first render). */
export function I18nProvider({
  initialLocale,
  catalogues,
  children,
}: {
  initialLocale: Locale;
  catalogues: Catalogues;
  children: ReactNode;
}) {
  const [locale, setLocaleNow] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
    localStorage.setItem(STORAGE_KEY, locale);
  }, [locale]);
  // The other language's strings are fetched first; the page keeps its current language until they arrive.
  const setLocale = useCallback(
    (next: Locale) => {
      void catalogues.load(next).then(() => setLocaleNow(next));
    },
    [catalogues],
  );
  const catalogue = catalogues.loaded(locale);
  const value = useMemo(
    () => (catalogue ? { locale, t: catalogue.t, catalogue, setLocale } : null),
    [locale, catalogue, setLocale],
  );
  if (!value) throw new Error(`The ${locale} catalogue was not loaded before the first render`);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n() {
  const context = use(I18nContext);
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>');
  return context;
}
