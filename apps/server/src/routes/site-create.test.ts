/**
 * POST /sites: a district admin adds a township (乡镇/街道) or a village
 * (村/社区) to the network, as an audited catalogue event; anyone else, and
 * any bad body, is refused and changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addressOf, startTestHall, type TestHall } from '../../test/test-hall';

let hall: TestHall;
let admin: string;
beforeEach(async () => {
  hall = await startTestHall();
  admin = await hall.login('admin');
});
afterEach(() => hall.close());

/** `null`: no token at all. */
const create = (body: unknown, token: string | null = admin) =>
  hall.request({ method: 'POST', url: '/api/v1/sites', ...(token ? { token } : {}), body });
const siteCount = () => Object.keys(hall.app.hall.catalog.sites).length;

const township = {
  id: 'twn-new',
  name: '新兴街道便民服务中心',
  level: 'township',
  parentId: 'district',
  openingHours: [{ start: '09:00', end: '12:00' }],
  workingWeekdays: [5, 1, 2, 3, 4],
};

describe('POST /sites', () => {
  it('a district admin adds a township, then a village under it; both are in the tree and the audit', async () => {
    const made = await create(township);
    expect(made.status).toBe(201);
    expect(made.body.entry).toMatchObject({
      id: 'twn-new',
      level: 'township',
      parentId: 'district',
      timeZone: 'Asia/Shanghai',
      openingHours: [{ start: '09:00', end: '12:00' }],
      workingWeekdays: [1, 2, 3, 4, 5],
      numberWidth: 3,
    });
    const village = await create({
      id: 'vil-new',
      name: '新兴社区便民服务室',
      level: 'village',
      parentId: 'twn-new',
    });
    expect(village.status).toBe(201);
    // Their screens have a view at once.
    expect(hall.app.hall.snapshot('vil-new').seq).toBe(1);
    const tree = await hall.request({ method: 'GET', url: '/api/v1/sites', token: admin });
    const node = tree.body.sites.find((s: { id: string }) => s.id === 'twn-new');
    expect(node).toMatchObject({ parentId: 'district', childIds: ['vil-new'] });
    const audit = await hall.request({
      method: 'GET',
      url: '/api/v1/audit?target=site:twn-new',
      token: admin,
    });
    expect(audit.body.entries).toEqual([
      expect.objectContaining({ action: 'site.created', target: 'site:twn-new' }),
    ]);
  });

  it('refuses every token but a district admin', async () => {
    const made = await hall.request({
      method: 'POST',
      url: '/api/v1/staff',
      token: admin,
      body: {
        username: 'twadmin',
        password: 'Twn-Admin-2026-x',
        name: '镇管理员',
        role: 'admin',
        siteId: 'twn-001',
        windowIds: [],
      },
    });
    expect(made.status).toBe(201);
    const twnAdmin = (
      await hall.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { username: 'twadmin', password: 'Twn-Admin-2026-x' },
        remoteAddress: addressOf('twadmin'),
      })
    ).body.token as string;
    const before = siteCount();
    const tokens: [string, string | null, number][] = [
      ['none', null, 401],
      ['supervisor', await hall.login('supervisor'), 403],
      ['clerk', await hall.login(hall.creds.staff.find((s) => s.role === 'clerk')!.username), 403],
      ['kiosk', hall.device('kiosk'), 403],
      ['township admin', twnAdmin, 403],
    ];
    for (const [who, token, status] of tokens) {
      const res = await create({ ...township, parentId: 'twn-001', level: 'village' }, token);
      expect(res.status, who).toBe(status);
      expect(res.body.error.code, who).toMatch(/^HALLQ_E_/);
    }
    expect(siteCount()).toBe(before);
  });

  it('bad bodies get coded errors and change nothing', async () => {
    const before = siteCount();
    const cases: [string, unknown, number, string][] = [
      ['village under the district', { ...township, level: 'village' }, 400, 'HALLQ_E_VALIDATION'],
      [
        'township under a township',
        { ...township, parentId: 'twn-001' },
        400,
        'HALLQ_E_VALIDATION',
      ],
      ['a district', { ...township, level: 'district' }, 400, 'HALLQ_E_VALIDATION'],
      ['id taken', { ...township, id: 'twn-001' }, 409, 'HALLQ_E_ID_TAKEN'],
      ['unknown parent', { ...township, parentId: 'nowhere' }, 404, 'HALLQ_E_SITE_NOT_FOUND'],
      ['unknown zone', { ...township, timeZone: 'Mars/Olympus' }, 400, 'HALLQ_E_VALIDATION'],
      [
        'hours backwards',
        { ...township, openingHours: [{ start: '12:00', end: '09:00' }] },
        400,
        'HALLQ_E_VALIDATION',
      ],
      ['extra field', { ...township, intakeUnitId: 'x' }, 400, 'HALLQ_E_VALIDATION'],
      ['bad id', { ...township, id: '9 lives' }, 400, 'HALLQ_E_VALIDATION'],
      ['no name', { ...township, name: '' }, 400, 'HALLQ_E_VALIDATION'],
    ];
    for (const [what, body, status, code] of cases) {
      const res = await create(body);
      expect(res.status, what).toBe(status);
      expect(res.body.error.code, what).toBe(code);
    }
    expect(siteCount()).toBe(before);
  });
});
