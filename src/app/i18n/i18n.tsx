import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react';
import { catalogues, type Locale, type Messages } from './messages.ts';

const STORAGE_KEY = 'task-editor.locale';

function detectLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return navigator.languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

const I18nContext = createContext<{ locale: Locale; t: Messages; setLocale: (l: Locale) => void } | null>(
  null,
);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(detectLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
    localStorage.setItem(STORAGE_KEY, locale);
  }, [locale]);
  const value = useMemo(() => ({ locale, t: catalogues[locale], setLocale }), [locale]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n() {
  const context = use(I18nContext);
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>');
  return context;
}
