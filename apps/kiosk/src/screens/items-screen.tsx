/**
 * A unit's items, or every item of the hall, with the letter-pad search
 * (pinyin initials, pinyin, Chinese, code). Items whose quota is used up
 * show 今日已取完 and cannot be chosen.
 */
import { useMemo } from 'react';
import type { CatalogReply } from '@hallq/protocol';
import { useI18n } from '@hallq/ui';
import { searchItems, type PinyinMatch } from '../item-search';
import { isSoldOut } from '../unit-groups';
import { servedDaysText } from '../served-days';
import { LetterPad } from '../components/letter-pad';
import { MarkedText } from '../components/marked-text';

export function ItemsScreen({
  catalog,
  unitId,
  query,
  pinyinMatch,
  onQuery,
  onOpenItem,
}: {
  catalog: CatalogReply;
  unitId: string | undefined;
  query: string;
  pinyinMatch: PinyinMatch | undefined;
  onQuery: (query: string) => void;
  onOpenItem: (itemId: string) => void;
}) {
  const { t, lang } = useI18n();
  const unit = unitId ? catalog.units.find((u) => u.id === unitId) : undefined;
  const units = useMemo(() => new Map(catalog.units.map((u) => [u.id, u])), [catalog]);
  const items = useMemo(
    () => (unitId ? catalog.items.filter((i) => i.unitId === unitId) : catalog.items),
    [catalog, unitId],
  );
  const hits = useMemo(() => searchItems(items, query, pinyinMatch), [items, query, pinyinMatch]);

  return (
    <main className="k-screen k-items">
      <h1 className="k-title">{unit ? unit.name : t('items.allTitle')}</h1>
      {unit && <p className="k-subtitle">{t('items.prompt')}</p>}
      <label className="k-search">
        <span>{t('items.searchLabel')}</span>
        <input
          type="search"
          value={query}
          inputMode="none"
          autoComplete="off"
          placeholder={t('items.searchPlaceholder')}
          onChange={(e) => onQuery(e.target.value)}
        />
      </label>
      <ul className="k-item-list">
        {hits.map(({ item, marks }) => {
          const owner = units.get(item.unitId);
          const notToday = owner !== undefined && !owner.servedToday;
          const soldOut = isSoldOut(item);
          const state = soldOut
            ? t('items.soldOut')
            : notToday
              ? owner.servedWeekdays.length
                ? servedDaysText(owner.servedWeekdays, lang)
                : t('items.notToday')
              : item.onTheSpot
                ? t('items.onTheSpot')
                : undefined;
          return (
            <li key={item.id}>
              <button
                type="button"
                className="k-btn k-item"
                data-item={item.id}
                disabled={soldOut || notToday}
                onClick={() => onOpenItem(item.id)}
              >
                <span className="k-item-name">
                  <MarkedText text={item.name} marks={marks} />
                </span>
                {!unit && owner && <span className="k-item-unit">{owner.shortName}</span>}
                {state && (
                  <span className="k-item-state" data-state={soldOut ? 'soldOut' : undefined}>
                    {state}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      {hits.length === 0 && <p className="k-empty">{t('items.none')}</p>}
      <LetterPad
        onLetter={(ch) => onQuery(query + ch)}
        onDelete={() => onQuery([...query].slice(0, -1).join(''))}
        onClear={() => onQuery('')}
      />
    </main>
  );
}
