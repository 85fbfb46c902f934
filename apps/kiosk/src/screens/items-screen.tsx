/**
 * A unit's items, or every item of the hall, with the letter-pad search
 * (pinyin, Chinese, code, what people call an item; hall-wide also the
 * unit's name). An item whose quota is used up (今日已取完) or that an
 * admin disabled (暂停取号) cannot be chosen; one whose unit is not served
 * today can, and leads to its weekdays and 咨询导办. In 适老 mode the letter
 * pad waits behind a button and the list turns a page at a time.
 */
import { useMemo, useState } from 'react';
import type { CatalogReply, ItemView, UnitView } from '@hallq/protocol';
import { useI18n, type Pinyin } from '@hallq/ui';
import { searchExample, searchItems, type SearchHit } from '../item-search';
import { isSoldOut } from '../unit-groups';
import { servedDaysText } from '../served-days';
import { LetterPad } from '../components/letter-pad';
import { MarkedText } from '../components/marked-text';
import { ScrollPager } from '../components/scroll-pager';

function ItemRow({
  hit,
  owner,
  showUnit,
  onOpenItem,
  onOpenClosed,
}: {
  hit: SearchHit;
  owner: UnitView | undefined;
  showUnit: boolean;
  onOpenItem: (itemId: string) => void;
  onOpenClosed: (unitId: string, itemId: string) => void;
}) {
  const { t, lang } = useI18n();
  const { item, marks, alias, unitMarks } = hit;
  const disabled = item.enabled === false || owner?.enabled === false;
  const notToday = owner !== undefined && !owner.servedToday;
  const soldOut = isSoldOut(item);
  const state = disabled
    ? t('items.disabled')
    : soldOut
      ? t('items.soldOut')
      : notToday
        ? owner.servedWeekdays.length
          ? servedDaysText(owner.servedWeekdays, lang)
          : t('items.notToday')
        : item.onTheSpot
          ? t('items.onTheSpot')
          : undefined;
  return (
    <li data-stop>
      <button
        type="button"
        className="k-btn k-item"
        data-item={item.id}
        data-closed={notToday || undefined}
        disabled={disabled || soldOut}
        onClick={() => (notToday ? onOpenClosed(item.unitId, item.id) : onOpenItem(item.id))}
      >
        <span className="k-item-name">
          <MarkedText text={item.name} marks={marks} />
          {alias && (
            <span className="k-item-alias">
              {t('items.aka')}
              <MarkedText text={alias.text} marks={alias.marks} />
            </span>
          )}
        </span>
        {showUnit && owner && (
          <span className="k-item-unit">
            <MarkedText text={owner.shortName} marks={unitMarks ?? []} />
          </span>
        )}
        {state && (
          <span
            className="k-item-state"
            data-state={disabled || soldOut ? 'soldOut' : notToday ? 'closed' : undefined}
          >
            {state}
          </span>
        )}
      </button>
    </li>
  );
}

export function ItemsScreen({
  catalog,
  unitId,
  query,
  pinyin,
  elder = false,
  onQuery,
  onOpenItem,
  onOpenClosed,
}: {
  catalog: CatalogReply;
  unitId: string | undefined;
  query: string;
  pinyin: Pinyin | undefined;
  elder?: boolean;
  onQuery: (query: string) => void;
  onOpenItem: (itemId: string) => void;
  onOpenClosed: (unitId: string, itemId: string) => void;
}) {
  const { t } = useI18n();
  const unit = unitId ? catalog.units.find((u) => u.id === unitId) : undefined;
  const units = useMemo(() => new Map(catalog.units.map((u) => [u.id, u])), [catalog]);
  const items = useMemo<ItemView[]>(
    () => (unitId ? catalog.items.filter((i) => i.unitId === unitId) : catalog.items),
    [catalog, unitId],
  );
  const hits = useMemo(
    () => searchItems(items, query, pinyin, unitId ? undefined : catalog.units),
    [items, query, pinyin, unitId, catalog.units],
  );
  const example = useMemo(() => searchExample(items, pinyin), [items, pinyin]);
  // 适老 mode: the pad waits behind a button, so the list has the room.
  const [padOpen, setPadOpen] = useState(false);
  const showPad = !elder || padOpen;

  return (
    <main className="k-screen k-items">
      <h1 className="k-title">{unit ? unit.name : t('items.allTitle')}</h1>
      {unit && <p className="k-subtitle">{t('items.prompt')}</p>}
      <label className="k-search">
        <span>{unit ? t('items.searchLabel') : t('items.searchAllLabel')}</span>
        <input
          type="search"
          value={query}
          inputMode="none"
          autoComplete="off"
          placeholder={example ? t('items.searchExample', example) : t('items.searchPlaceholder')}
          onChange={(e) => onQuery(e.target.value)}
        />
      </label>
      {elder && (
        <button
          type="button"
          className="k-btn k-pad-toggle"
          aria-expanded={padOpen}
          onClick={() => setPadOpen(!padOpen)}
        >
          {padOpen ? t('pad.hide') : t('pad.show')}
        </button>
      )}
      <ScrollPager elder={elder} className="k-item-pager">
        <ul className="k-item-list">
          {hits.map((hit) => (
            <ItemRow
              key={hit.item.id}
              hit={hit}
              owner={units.get(hit.item.unitId)}
              showUnit={!unit}
              onOpenItem={onOpenItem}
              onOpenClosed={onOpenClosed}
            />
          ))}
        </ul>
        {hits.length === 0 && <p className="k-empty">{t('items.none')}</p>}
      </ScrollPager>
      {showPad && (
        <LetterPad
          onLetter={(ch) => onQuery(query + ch)}
          onDelete={() => onQuery([...query].slice(0, -1).join(''))}
          onClear={() => onQuery('')}
        />
      )}
    </main>
  );
}
