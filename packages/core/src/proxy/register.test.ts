import { describe, expect, it } from 'vitest';
import { itemsAtSite } from '../site-items';
import { checkProxyRegistration } from './register';
import { villageNetwork } from '../test-support/village';

const reg = (over: Partial<Parameters<typeof checkProxyRegistration>[1]> = {}) => ({
  agentSiteId: 'vil',
  siteId: 'town',
  itemId: 'yb-reg',
  materials: ['居民身份证'],
  ...over,
});

describe('Q27 a village agent registers a 代办', () => {
  const catalog = villageNetwork();

  it('Q27 lands at the township intake unit when the township handles the item', () => {
    expect(checkProxyRegistration(catalog, reg())).toEqual({
      ok: true,
      value: { unitId: 'town-zh' },
    });
  });

  it("Q27 lands at the item's own unit when the district handles it", () => {
    expect(checkProxyRegistration(catalog, reg({ siteId: 'hall' }))).toEqual({
      ok: true,
      value: { unitId: 'yibao' },
    });
    expect(
      checkProxyRegistration(catalog, reg({ siteId: 'hall', itemId: 'ga-id', materials: [] })),
    ).toMatchObject({ ok: true, value: { unitId: 'gongan' } });
  });

  it('Q27 an item the handling site does not handle is refused', () => {
    expect(checkProxyRegistration(catalog, reg({ itemId: 'ga-id', materials: [] }))).toMatchObject({
      ok: false,
      code: 'HALLQ_E_ITEM_NOT_AT_SITE',
    });
  });

  it('Q27 an item the village room does not take in is refused', () => {
    expect(
      checkProxyRegistration(catalog, reg({ siteId: 'hall', itemId: 'jy-cert', materials: [] })),
    ).toMatchObject({ ok: false, code: 'HALLQ_E_PROXY_ITEM_NOT_TAKEN' });
  });

  it('Q27 the handling site must be above the room: not the room itself, nor a stranger', () => {
    for (const siteId of ['vil']) {
      expect(checkProxyRegistration(catalog, reg({ siteId }))).toMatchObject({
        ok: false,
        code: 'HALLQ_E_PROXY_SITE_NOT_ABOVE',
      });
    }
    expect(checkProxyRegistration(catalog, reg({ siteId: 'nowhere' }))).toMatchObject({
      ok: false,
      code: 'HALLQ_E_SITE_NOT_FOUND',
    });
  });

  it('Q27 only a village room registers 代办', () => {
    expect(checkProxyRegistration(catalog, reg({ agentSiteId: 'town' }))).toMatchObject({
      ok: false,
      code: 'HALLQ_E_PROXY_NOT_VILLAGE',
    });
  });

  it('Q27 a disabled item is refused; materials must come from the office guide', () => {
    const off = villageNetwork();
    off.items['yb-reg'] = { ...off.items['yb-reg']!, enabled: false };
    expect(checkProxyRegistration(off, reg())).toMatchObject({
      ok: false,
      code: 'HALLQ_E_ITEM_DISABLED',
    });
    expect(checkProxyRegistration(catalog, reg({ materials: ['结婚证'] }))).toEqual({
      ok: false,
      code: 'HALLQ_E_PROXY_MATERIAL_UNKNOWN',
      details: { unknown: ['结婚证'] },
    });
  });

  it('Q27 a village room lists the items it takes in, with their home units', () => {
    expect(itemsAtSite(catalog, 'vil').map((i) => [i.item.id, i.unitId])).toEqual([
      ['yb-reg', 'yibao'],
      ['ga-id', 'gongan'],
      ['mz-aid', 'minzheng'],
    ]);
  });
});
