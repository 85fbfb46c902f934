// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider, type Lang } from '@hallq/ui';
import type { CatalogReply } from '@hallq/protocol';
import { KIOSK_DICTIONARY } from '../dictionary';
import { testCatalog } from '../test-catalog';
import { ClosedScreen } from './closed-screen';

afterEach(cleanup);

function show(itemId?: string, catalog: CatalogReply = testCatalog(), lang: Lang = 'zh-CN') {
  const onOpenItem = vi.fn();
  render(
    <I18nProvider dict={KIOSK_DICTIONARY} initial={lang}>
      <ClosedScreen catalog={catalog} unitId="wenti" itemId={itemId} onOpenItem={onOpenItem} />
    </I18nProvider>,
  );
  return onOpenItem;
}

describe('ClosedScreen', () => {
  it('says the unit is not served today and on which weekdays it is', () => {
    show();
    expect(screen.getByRole('heading').textContent).toBe('区文体广新局');
    expect(screen.getByRole('status').textContent).toContain('文体广新局今日不办理');
    expect(screen.getByTestId('served-days').textContent).toBe('周二办理，请在办理日前来');
  });

  it('names the item tapped, and offers the 咨询导办 desk where it stands', () => {
    const onOpenItem = show('WT001');
    expect(screen.getByRole('heading').textContent).toBe('营业性演出审批');
    expect(screen.getByText('咨询导办在 C区 33 号窗口')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '取咨询导办号' }));
    expect(onOpenItem).toHaveBeenCalledWith('ZX001');
  });

  it('offers no desk a site does not have', () => {
    const { enquiry: _, ...hall } = testCatalog().hall;
    show(undefined, { ...testCatalog(), hall });
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('speaks English on request', () => {
    show(undefined, testCatalog(), 'en');
    expect(screen.getByTestId('served-days').textContent).toBe(
      'Served Tue: please come back on one of those days',
    );
  });
});
