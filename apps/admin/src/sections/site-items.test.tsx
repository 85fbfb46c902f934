// @vitest-environment happy-dom
/**
 * 事项 of a village room (村便民服务室): the district's master items to tick
 * for its agent's 代办, no intake unit (a room has no hall); a save sends the
 * room's list (PUT /sites/:id/items). A township still picks its parent's
 * items with its intake unit.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import type { CatalogReply, SiteNode } from '@hallq/protocol';
import { renderConsole, settle, type Rendered } from '../test-render';
import { confirmLeave } from '../unsaved-guard';
import { SiteItems } from './site-items';

let view: Rendered;
afterEach(() => {
  view.unmount();
  confirmLeave('', () => true);
});

const item = (id: string, name: string, unitId: string, homeUnitId?: string) => ({
  id,
  unitId,
  ...(homeUnitId ? { homeUnitId } : {}),
  code: id,
  name,
  category: '公共服务',
  promisedDays: 0,
  onTheSpot: true,
  expectedServiceMinutes: 8,
});

const SITES = [
  { id: 'district', name: '区政务服务中心', level: 'district' },
  { id: 'twn-001', name: '牛佛镇便民服务中心', level: 'township', parentId: 'district' },
  { id: 'vil-001-1', name: '牛佛镇某村便民服务室', level: 'village', parentId: 'twn-001' },
];

const catalogs: Record<string, unknown> = {
  district: {
    hall: { name: '区政务服务中心' },
    sites: SITES,
    units: [{ id: 'yibao', siteId: 'district', name: '区医疗保障局', shortName: '医保' }],
    items: [item('YB002', '城乡居民参保登记', 'yibao'), item('YB005', '医保关系转移', 'yibao')],
    windows: [],
  },
  // A township's items are the district's it takes, under its intake unit.
  'twn-001': {
    hall: { name: '牛佛镇便民服务中心' },
    sites: SITES,
    units: [{ id: 'twn-001-zh', siteId: 'twn-001', name: '综合受理', shortName: '综合' }],
    items: [item('YB002', '城乡居民参保登记', 'twn-001-zh', 'yibao')],
    windows: [],
  },
};

function render(node: SiteNode & { parentId: string }) {
  const setSiteItems = vi.fn().mockResolvedValue({ site: node });
  const catalog = vi.fn(async (siteId?: string) => catalogs[siteId ?? 'district'] as CatalogReply);
  view = renderConsole(<SiteItems node={node} />, { setSiteItems }, { catalog });
  return { setSiteItems, catalog };
}

const rowNames = () =>
  [...view.host.querySelectorAll('input[type="checkbox"]')].map((c) =>
    c.getAttribute('aria-label'),
  );

describe('SiteItems', () => {
  it("a village room ticks the district's master items, with no intake unit, and saves its list", async () => {
    const { setSiteItems, catalog } = render({
      id: 'vil-001-1',
      name: '牛佛镇某村便民服务室',
      level: 'village',
      parentId: 'twn-001',
      childIds: [],
      enabledItemIds: ['YB002'],
    });
    await settle();
    await settle();
    expect(catalog).toHaveBeenCalledWith('district');
    expect(rowNames()).toEqual(['城乡居民参保登记', '医保关系转移']);
    expect(view.host.textContent).not.toContain('受理部门');
    expect(view.host.textContent).toContain('代办');
    const second = view.host.querySelector<HTMLInputElement>('input[aria-label="医保关系转移"]')!;
    act(() => second.click());
    await settle();
    act(() => view.host.querySelector('form')!.requestSubmit());
    await settle();
    expect(setSiteItems).toHaveBeenCalledWith('vil-001-1', { itemIds: ['YB002', 'YB005'] });
    expect(view.host.textContent).toContain('已保存');
  });

  it("a township picks its parent's items and keeps its intake unit", async () => {
    render({
      id: 'twn-001',
      name: '牛佛镇便民服务中心',
      level: 'township',
      parentId: 'district',
      childIds: [],
      intakeUnitId: 'twn-001-zh',
      enabledItemIds: [],
    });
    await settle();
    await settle();
    expect(rowNames()).toEqual(['城乡居民参保登记', '医保关系转移']);
    expect(view.host.textContent).toContain('受理部门');
  });
});
