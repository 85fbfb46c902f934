/**
 * The admin API's audit log against the real server: paged newest first,
 * filtered by site, time, actor and target, and refused to other roles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';

describe('admin API: the audit log', () => {
  let hall: TestHall;
  let admin: string;
  beforeAll(async () => {
    hall = await startTestHall();
    admin = await hall.login('admin');
    // Five district changes, two at a township, one a minute apart.
    for (let i = 1; i <= 5; i++) {
      hall.clock.advance(60_000);
      await hall.request({
        method: 'PATCH',
        url: '/api/v1/units/yibao',
        token: admin,
        body: { shortName: `医保${i}` },
      });
    }
    for (const n of [2, 3]) {
      hall.clock.advance(60_000);
      await hall.request({
        method: 'PATCH',
        url: '/api/v1/sites/twn-001',
        token: admin,
        body: { numberWidth: n },
      });
    }
  });
  afterAll(() => hall.close());

  const audit = (query: string, token = admin) =>
    hall.request({ method: 'GET', url: `/api/v1/audit${query}`, token });

  it('is paged newest first: each page’s nextCursor leads to the next, with no entry twice', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await audit(`?siteId=district&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.entries.length).toBeLessThanOrEqual(2);
      seen.push(
        ...res.body.entries.map(
          (e: { action: string; after: { shortName?: string } }) => e.after.shortName ?? e.action,
        ),
      );
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    // The oldest: the admin's sign-in.
    expect(seen).toEqual(['医保5', '医保4', '医保3', '医保2', '医保1', 'auth.signedIn']);
  });

  it('is filtered by site, time, actor and target', async () => {
    const all = (await audit('')).body.entries;
    // The seven changes and the admin's sign-in.
    expect(all).toHaveLength(8);
    const township = (await audit('?siteId=twn-001')).body.entries;
    expect(township.map((e: { siteId: string; target: string }) => [e.siteId, e.target])).toEqual([
      ['twn-001', 'site:twn-001'],
      ['twn-001', 'site:twn-001'],
    ]);
    const start = hall.clock.now() - 7 * 60_000;
    const middle = (await audit(`?from=${start + 2 * 60_000}&to=${start + 4 * 60_000}`)).body
      .entries;
    expect(middle.map((e: { after: { shortName: string } }) => e.after.shortName)).toEqual([
      '医保3',
      '医保2',
    ]);
    expect((await audit('?actor=staff-admin&target=unit')).body.entries).toHaveLength(5);
    expect((await audit('?actor=staff-supervisor')).body.entries).toHaveLength(0);
    expect((await audit('?target=unit:yibao&limit=1')).body).toMatchObject({
      entries: [
        { action: 'unit.updated', before: { shortName: '医保4' }, after: { shortName: '医保5' } },
      ],
      nextCursor: expect.any(String),
    });
  });

  it('refuses bad queries and other roles with coded errors', async () => {
    const clerk = await hall.login('w05');
    for (const [query, token, status, code] of [
      ['?limit=0', admin, 400, 'HALLQ_E_VALIDATION'],
      ['?limit=5000', admin, 400, 'HALLQ_E_VALIDATION'],
      ['?cursor=abc', admin, 400, 'HALLQ_E_VALIDATION'],
      ['?from=yesterday', admin, 400, 'HALLQ_E_VALIDATION'],
      ['?siteId=nowhere', admin, 403, 'HALLQ_E_FORBIDDEN'],
      ['', clerk, 403, 'HALLQ_E_FORBIDDEN'],
      ['', hall.device('kiosk'), 403, 'HALLQ_E_FORBIDDEN'],
      ['', undefined, 401, 'HALLQ_E_UNAUTHORIZED'],
    ] as const) {
      const res = await hall.request({
        method: 'GET',
        url: `/api/v1/audit${query}`,
        ...(token ? { token } : {}),
      });
      expect(res.status, query).toBe(status);
      expect(res.body.error.code, query).toBe(code);
    }
  });
});
