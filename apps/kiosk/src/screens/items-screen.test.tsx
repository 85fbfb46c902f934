// @vitest-environment happy-dom
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider, loadPinyin, type Pinyin } from '@hallq/ui';
import { KIOSK_DICTIONARY } from '../dictionary';
import { testCatalog } from '../test-catalog';
import { ItemsScreen } from './items-screen';

afterEach(cleanup);
let pinyin: Pinyin;
beforeAll(async () => {
  pinyin = await loadPinyin();
});

function Harness({
  unitId,
  elder = false,
  onOpenItem,
  onOpenClosed = () => undefined,
}: {
  unitId?: string;
  elder?: boolean;
  onOpenItem: (id: string) => void;
  onOpenClosed?: (unitId: string, itemId: string) => void;
}) {
  const [query, setQuery] = useState('');
  return (
    <I18nProvider dict={KIOSK_DICTIONARY}>
      <ItemsScreen
        catalog={testCatalog()}
        unitId={unitId}
        query={query}
        pinyin={pinyin}
        elder={elder}
        onQuery={setQuery}
        onOpenItem={onOpenItem}
        onOpenClosed={onOpenClosed}
      />
    </I18nProvider>
  );
}
const ALL = testCatalog().items.length;

const itemButtons = () =>
  screen.getAllByRole('button').filter((b) => b.getAttribute('data-item') !== null);

describe('ItemsScreen', () => {
  it('narrows the list as letters are tapped on the pad', () => {
    render(<Harness onOpenItem={() => undefined} />);
    expect(itemButtons()).toHaveLength(ALL);
    for (const ch of 'jszg') fireEvent.click(screen.getByRole('button', { name: ch }));
    expect(itemButtons().map((b) => b.getAttribute('data-item'))).toEqual(['JY001']);
    fireEvent.click(screen.getByRole('button', { name: '删除' }));
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('jsz');
    fireEvent.click(screen.getByRole('button', { name: '清空' }));
    expect(itemButtons()).toHaveLength(ALL);
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

  it('in the hall-wide search, an item of a unit off its rota day says 周二办理 and leads on, not to a ticket', () => {
    const onOpenItem = vi.fn();
    const onOpenClosed = vi.fn();
    render(<Harness onOpenItem={onOpenItem} onOpenClosed={onOpenClosed} />);
    const wt = itemButtons().find((b) => b.getAttribute('data-item') === 'WT001')!;
    expect(wt.textContent).toContain('周二办理');
    fireEvent.click(wt);
    expect(onOpenClosed).toHaveBeenCalledWith('wenti', 'WT001');
    expect(onOpenItem).not.toHaveBeenCalled();
  });

  it('greys out an item an admin disabled, with 暂停取号', () => {
    render(<Harness unitId="minzheng" onOpenItem={() => undefined} />);
    const off = itemButtons().find((b) => b.getAttribute('data-item') === 'MZ002')!;
    expect(off).toHaveProperty('disabled', true);
    expect(off.textContent).toContain('暂停取号');
  });

  it('shows the alias that found an item, and the unit a hall-wide search matched', () => {
    render(<Harness onOpenItem={() => undefined} />);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '身份证' } });
    expect(itemButtons().map((b) => b.textContent)).toEqual(['咨询导办又称：身份证咨询导办即办件']);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'shebao' } });
    expect(itemButtons().map((b) => b.getAttribute('data-item'))).toEqual(['SB001', 'SB002']);
    expect(itemButtons()[0]?.querySelector('.k-item-unit mark')?.textContent).toBe('社');
  });

  it('the search box’s hint names one of the unit’s own items', () => {
    render(<Harness unitId="jiaoyu" onOpenItem={() => undefined} />);
    expect(screen.getByRole('searchbox').getAttribute('placeholder')).toBe(
      '例如：jszg（教师资格）',
    );
    cleanup();
    render(<Harness unitId="minzheng" onOpenItem={() => undefined} />);
    expect(screen.getByRole('searchbox').getAttribute('placeholder')).toBe(
      '例如：hydj（婚姻登记）',
    );
  });

  it('in 适老 mode the letter pad waits behind a button', () => {
    render(<Harness elder onOpenItem={() => undefined} />);
    expect(screen.queryByRole('button', { name: 'j' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '输入拼音字母查找' }));
    fireEvent.click(screen.getByRole('button', { name: 'j' }));
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('j');
    fireEvent.click(screen.getByRole('button', { name: '收起字母键盘' }));
    expect(screen.queryByRole('button', { name: 'j' })).toBeNull();
  });

  it('says so when nothing matches', () => {
    render(<Harness onOpenItem={() => undefined} />);
    for (const ch of 'qqq') fireEvent.click(screen.getByRole('button', { name: ch }));
    expect(screen.getByText(/没有找到相关事项/)).toBeTruthy();
  });
});
