/** pinyin-pro (pinyin-search.ts) once its chunk has loaded; undefined until then. */
import { useEffect, useState } from 'react';
import { loadPinyin, type Pinyin } from './pinyin-search';

export function usePinyin(): Pinyin | undefined {
  const [pinyin, setPinyin] = useState<Pinyin>();
  useEffect(() => {
    let live = true;
    loadPinyin()
      .then((p) => live && setPinyin(p))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return pinyin;
}
