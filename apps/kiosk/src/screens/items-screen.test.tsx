// @vitest-environment happy-dom
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '@hallq/ui';
import { KIOSK_DICTIONARY } from '../dictionary';
import { loadPinyinMatch, type PinyinMatch } from '../item-search';
import { testCatalog } from '../test-catalog';
import { ItemsScreen } from './items-screen';

afterEach(cleanup);
let pinyin: PinyinMatch;
beforeAll(async () => {
  pinyin = await loadPinyinMatch();
});

function Harness({ unitId, onOpenItem }: { unitId?: string; onOpenItem: (id: string) => void }) {
  const [query, setQuery] = useState('');
  return (
    <I18nProvider dict={KIOSK_DICTIONARY}>
      <ItemsScreen
        catalog={testCatalog()}
        unitId={unitId}
        query={query}
        pinyinMatch={pinyin}
        onQuery={setQuery}
        onOpenItem={onOpenItem}
      />
    </I18nProvider>
  );
}

const itemButtons = () =>
  screen.getAllByRole('button').filter((b) => b.getAttribute('data-item') !== null);

describe('ItemsScreen', () => {
  it('narrows the list as letters are tapped on the pad', () => {
    render(<Harness onOpenItem={() => undefined} />);
    expect(itemButtons()).toHaveLength(6);
    for (const ch of 'jszg') fireEvent.click(screen.getByRole('button', { name: ch }));
    expect(itemButtons().map((b) => b.getAttribute('data-item'))).toEqual(['JY001']);
    fireEvent.click(screen.getByRole('button', { name: '删除' }));
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('jsz');
    fireEvent.click(screen.getByRole('button', { name: '清空' }));
    expect(itemButtons()).toHaveLength(6);
  });

  it('shows 今日已取完 on an item whose quota is used up and will not open it', () => {
    const onOpenItem = vi.fn();
    render(<Harness unitId="shebao" onOpenItem={onOpenItem} />);
    const soldOut = itemButtons().find((b) => b.getAttribute('data-item') === 'SB002')!;
    expect(soldOut.textContent).toContain('今日已取完');
    expect(soldOut).toHaveProperty('disabled', true);
    fireEvent.click(soldOut);
    expect(onOpenItem).not.toHaveBeenCalled();
    fireEvent.click(itemButtons().find((b) => b.getAttribute('data-item') === 'SB001')!);
    expect(onOpenItem).toHaveBeenCalledWith('SB001');
  });

  it('in the hall-wide search, an item of a unit off its rota day cannot be chosen', () => {
    render(<Harness onOpenItem={() => undefined} />);
    const wt = itemButtons().find((b) => b.getAttribute('data-item') === 'WT001')!;
    expect(wt).toHaveProperty('disabled', true);
    expect(wt.textContent).toContain('周二办理');
  });

  it('says so when nothing matches', () => {
    render(<Harness onOpenItem={() => undefined} />);
    for (const ch of 'qqq') fireEvent.click(screen.getByRole('button', { name: ch }));
    expect(screen.getByText(/没有找到相关事项/)).toBeTruthy();
  });
});
