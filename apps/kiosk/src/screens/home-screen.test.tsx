// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider, type Lang } from '@hallq/ui';
import type { CatalogReply } from '@hallq/protocol';
import { KIOSK_DICTIONARY } from '../dictionary';
import { testCatalog } from '../test-catalog';
import { HomeScreen } from './home-screen';

afterEach(cleanup);

function show(lang: Lang = 'zh-CN', warning?: string, catalog: CatalogReply = testCatalog()) {
  const onOpenUnit = vi.fn();
  const onOpenClosed = vi.fn();
  const onOpenItem = vi.fn();
  render(
    <I18nProvider dict={KIOSK_DICTIONARY} initial={lang}>
      <HomeScreen
        catalog={catalog}
        warning={warning}
        onOpenUnit={onOpenUnit}
        onOpenClosed={onOpenClosed}
        onOpenItem={onOpenItem}
        onSearchAll={() => undefined}
      />
    </I18nProvider>,
  );
  return { onOpenUnit, onOpenClosed, onOpenItem };
}

describe('HomeScreen', () => {
  it('a rota unit off its day shows the days it is served and, tapped, leads to them (no dead end)', () => {
    const { onOpenUnit, onOpenClosed } = show();
    const wenti = screen.getByRole('button', { name: /文体广新局/ });
    expect(wenti.getAttribute('data-closed')).toBe('true');
    expect(wenti.textContent).toContain('周二办理');
    fireEvent.click(wenti);
    expect(onOpenClosed).toHaveBeenCalledWith('wenti');
    expect(onOpenUnit).not.toHaveBeenCalled();
  });

  it('greys out a unit an admin disabled, with 暂停取号', () => {
    const c = testCatalog();
    const catalog = {
      ...c,
      units: c.units.map((u) => (u.id === 'minzheng' ? { ...u, enabled: false } : u)),
    };
    const { onOpenUnit, onOpenClosed } = show('zh-CN', undefined, catalog);
    const mz = screen.getByRole('button', { name: /民政局/ });
    expect(mz).toHaveProperty('disabled', true);
    expect(mz.textContent).toContain('暂停取号');
    fireEvent.click(mz);
    expect(onOpenUnit).not.toHaveBeenCalled();
    expect(onOpenClosed).not.toHaveBeenCalled();
  });

  it('always offers 咨询导办 on top, and not again among the departments', () => {
    const { onOpenItem } = show();
    fireEvent.click(screen.getByTestId('enquiry'));
    expect(onOpenItem).toHaveBeenCalledWith('ZX001');
    expect(document.querySelector('[data-unit="zixun"]')).toBeNull();
  });

  it('opens a unit served today', () => {
    const { onOpenUnit } = show();
    const jiaoyu = screen.getByRole('button', { name: /教育局/ });
    expect(jiaoyu.textContent).toContain('今日办理');
    fireEvent.click(jiaoyu);
    expect(onOpenUnit).toHaveBeenCalledWith('jiaoyu');
  });

  it('groups the units under the hall’s three headings', () => {
    show();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      '整体入驻部门',
      '常驻窗口部门',
      '综合窗口部门（按星期轮流办理）',
    ]);
  });

  it('shows the printer warning before anyone takes a number', () => {
    show('zh-CN', '打印机缺纸，不出票：取号后请用手机扫码保存号码');
    expect(screen.getByRole('alert').textContent).toBe(
      '打印机缺纸，不出票：取号后请用手机扫码保存号码',
    );
  });

  it('speaks English on request', () => {
    show('en');
    expect(screen.getByRole('button', { name: /文体广新局/ }).textContent).toContain('Served Tue');
  });
});
