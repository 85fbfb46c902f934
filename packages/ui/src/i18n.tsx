/**
 * zh-CN first, en available. Each app passes its own dictionary; this file
 * owns only the mechanism: a provider, `useT()`, and the language toggle.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type Lang = 'zh-CN' | 'en';
export type Dictionary<K extends string = string> = Record<Lang, Record<K, string>>;

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: string, vars?: Record<string, string | number>): string;
}

const Ctx = createContext<I18n | undefined>(undefined);

export function I18nProvider({
  dict,
  children,
  initial = 'zh-CN',
}: {
  dict: Dictionary;
  children: ReactNode;
  initial?: Lang;
}) {
  const [lang, setLang] = useState<Lang>(initial);
  const t = useCallback(
    (key: string, vars?: Record<string, string | number>) => {
      const raw = dict[lang][key] ?? dict['zh-CN'][key] ?? key;
      return vars ? raw.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`)) : raw;
    },
    [dict, lang],
  );
  const value = useMemo(() => ({ lang, setLang, t }), [lang, t]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

export const useT = () => useI18n().t;

export function LangToggle({ className }: { className?: string }) {
  const { lang, setLang } = useI18n();
  return (
    <button
      type="button"
      className={className ?? 'hq-lang-toggle'}
      onClick={() => setLang(lang === 'zh-CN' ? 'en' : 'zh-CN')}
      aria-label={lang === 'zh-CN' ? 'Switch to English' : '切换到中文'}
    >
      {lang === 'zh-CN' ? 'EN' : '中文'}
    </button>
  );
}
