/**
 * 办事指南 through the admin API: PATCH /items/:id {guide} sets an item's
 * office guide, /catalog lists it for the kiosk, the audit log has it; a
 * malformed guide is refused and changes nothing; null removes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';
import { stateDigest } from '../../test/db-digest';

let hall: TestHall;
let admin: string;
beforeAll(async () => {
  hall = await startTestHall();
  admin = await hall.login('admin');
});
afterAll(() => hall.close());

const GUIDE = {
  implementer: '自贡市大安区医疗保障局',
  conditions: '本区户籍或居住证持有人，未参加职工基本医疗保险',
  materials: [
    { name: '居民身份证或户口簿', form: 'original', copies: 1, required: true },
    { name: '居住证', form: 'copy', copies: 1, required: false, notes: '非本区户籍提供' },
  ],
  legalDays: 5,
  place: '5—8号窗口（医保局）',
  consultPhone: '0813-1234567',
};

const patch = (body: unknown) =>
  hall.request({ method: 'PATCH', url: '/api/v1/items/YB002', token: admin, body });
const guideInCatalog = async () =>
  (await hall.request({ method: 'GET', url: '/api/v1/catalog' })).body.items.find(
    (i: { id: string }) => i.id === 'YB002',
  ).guide;

describe('office guide', () => {
  it('set by an admin, listed by the catalogue for the kiosk, and audited', async () => {
    expect((await patch({ guide: GUIDE })).status).toBe(200);
    expect(await guideInCatalog()).toEqual(GUIDE);
    const audit = await hall.request({
      method: 'GET',
      url: '/api/v1/audit?target=item:YB002',
      token: admin,
    });
    expect(audit.body.entries[0].after.guide.materials).toHaveLength(2);
  });

  it('a malformed guide is refused with a coded 400 and changes nothing', async () => {
    const before = stateDigest(hall.app.db);
    const material = GUIDE.materials[0];
    for (const guide of [
      { materials: [{ ...material, form: 'scan' }] },
      { materials: [{ ...material, name: '' }] },
      { materials: [{ ...material, copies: -1 }] },
      { ...GUIDE, consultPhone: 'call me' },
      { ...GUIDE, extra: 1 },
      { implementer: '缺少材料清单' },
    ]) {
      const res = await patch({ guide });
      expect(res.status, JSON.stringify(guide)).toBe(400);
      expect(res.body.error.code).toBe('HALLQ_E_VALIDATION');
    }
    expect(stateDigest(hall.app.db)).toBe(before);
    expect(await guideInCatalog()).toEqual(GUIDE);
  });

  it('null removes it: the kiosk falls back to the short guide', async () => {
    expect((await patch({ guide: null })).status).toBe(200);
    expect(await guideInCatalog()).toBeUndefined();
  });
});
