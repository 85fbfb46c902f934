/** pinyin-pro's matcher once its chunk has loaded; undefined until then. */
import { useEffect, useState } from 'react';
import { loadPinyinMatch, type PinyinMatch } from '../item-search';

export function usePinyinMatch(): PinyinMatch | undefined {
  const [match, setMatch] = useState<{ fn: PinyinMatch }>();
  useEffect(() => {
    let live = true;
    loadPinyinMatch()
      .then((fn) => live && setMatch({ fn }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return match?.fn;
}
