/**
 * What the kiosk needs from the catalogue for issue 16's "search finds what
 * people say" and "no dead ends": items' 别名 (aliases), edited through
 * PATCH /items/:id, checked with a coded error and kept across a restart;
 * the 咨询导办 enquiry item of the site; the kiosk's idle time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';
import { expectRefused } from '../../test/admin-support';

interface CatalogItem {
  id: string;
  aliases?: string[];
}

describe('catalogue: aliases, 咨询导办, the kiosk idle time', () => {
  let hall: TestHall;
  let admin: string;
  beforeAll(async () => {
    hall = await startTestHall();
    admin = await hall.login('admin');
  });
  afterAll(() => hall.close());

  const patch = (url: string, body: unknown) =>
    hall.request({ method: 'PATCH', url: `/api/v1${url}`, token: admin, body });
  const catalog = async () =>
    (await hall.request({ method: 'GET', url: '/api/v1/catalog', token: hall.device('kiosk') }))
      .body;
  const aliasesOf = async (id: string) =>
    ((await catalog()).items as CatalogItem[]).find((i) => i.id === id)?.aliases;

  it('the demo fills the aliases visitors use: 医保卡, 退休, 户口, 营业执照', async () => {
    expect(await aliasesOf('YB002')).toContain('医保卡');
    expect(await aliasesOf('SB004')).toContain('退休');
    expect(await aliasesOf('GA001')).toContain('户口');
    expect(await aliasesOf('GS001')).toContain('营业执照');
  });

  it('an admin sets an item’s aliases (tidied), the kiosk sees them, and they survive a restart', async () => {
    const res = await patch('/items/MZ001', { aliases: ['  社团 ', '成立 社会团体'] });
    expect(res.status).toBe(200);
    expect(res.body.entry.aliases).toEqual(['社团', '成立 社会团体']);
    expect(await aliasesOf('MZ001')).toEqual(['社团', '成立 社会团体']);
    await hall.restart();
    admin = await hall.login('admin');
    expect(await aliasesOf('MZ001')).toEqual(['社团', '成立 社会团体']);
    // [] clears them.
    expect((await patch('/items/MZ001', { aliases: [] })).status).toBe(200);
    expect(await aliasesOf('MZ001')).toBeUndefined();
  });

  it('refuses a blank, repeated or self-naming alias with HALLQ_E_ALIAS_INVALID, and too many or too long ones', async () => {
    await expectRefused(hall, [
      ['blank', () => patch('/items/MZ002', { aliases: ['   '] }), 400, 'HALLQ_E_ALIAS_INVALID'],
      [
        'repeated, in another case',
        () => patch('/items/MZ002', { aliases: ['NGO', 'ngo'] }),
        400,
        'HALLQ_E_ALIAS_INVALID',
      ],
      [
        'the item’s own name',
        () => patch('/items/MZ002', { aliases: ['社会团体变更登记'] }),
        400,
        'HALLQ_E_ALIAS_INVALID',
      ],
      [
        'too long',
        () => patch('/items/MZ002', { aliases: ['长'.repeat(21)] }),
        400,
        'HALLQ_E_VALIDATION',
      ],
      [
        'too many',
        () => patch('/items/MZ002', { aliases: Array.from({ length: 21 }, (_, i) => `a${i}`) }),
        400,
        'HALLQ_E_VALIDATION',
      ],
    ]);
  });

  it('names the 咨询导办 enquiry item, served every working day at window 33', async () => {
    const body = await catalog();
    expect(body.hall.enquiry).toEqual({ unitId: 'zixun', itemId: 'ZX001' });
    const unit = body.units.find((u: { id: string }) => u.id === 'zixun');
    expect(unit).toMatchObject({ servedToday: true, zone: 'C区' });
    expect(body.windows.find((w: { number: number }) => w.number === 33).todayUnitIds).toEqual([
      'zixun',
    ]);
    const ticket = await hall.issue('ZX001');
    expect(ticket.status).toBe(201);
    // Without an enabled enquiry item, there is none to offer.
    await patch('/items/ZX001', { enabled: false });
    expect((await catalog()).hall.enquiry).toBeUndefined();
    await patch('/items/ZX001', { enabled: true });
  });

  it('the kiosk idle time is a site setting (60 s unless set)', async () => {
    expect((await catalog()).hall.kioskIdleSeconds).toBe(60);
    expect((await patch('/sites/district', { kioskIdleSeconds: 90 })).status).toBe(200);
    expect((await catalog()).hall.kioskIdleSeconds).toBe(90);
    const tooShort = await patch('/sites/district', { kioskIdleSeconds: 5 });
    expect(tooShort.body.error.code).toBe('HALLQ_E_VALIDATION');
  });
});
