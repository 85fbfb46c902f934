/**
 * What the admin API's catalogue and settings routes refuse, against the
 * real server: every bad request is a coded 4xx that changes nothing, and a
 * township admin changes only their own site. The hall starts with the
 * entries admin-catalog.test.ts creates (unit tuijun, item tj-youfu, w40).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addressOf, type TestHall } from '../../test/test-hall';
import { expectRefused } from '../../test/admin-support';
import { addTuijun, catalogSuite, PASSWORD } from '../../test/admin-api';

describe('admin API: catalogue and site settings', () => {
  let hall: TestHall;
  const { req } = catalogSuite((started) => (hall = started.hall));
  beforeAll(() => addTuijun(req));

  it('refuses bad input with a coded 4xx and changes nothing', async () => {
    await req('POST', '/units', {
      id: 'tw-unit',
      siteId: 'twn-001',
      name: '镇便民服务',
      shortName: '便民',
      ticketPrefix: 'B', // A is the demo township's 综合受理
      kind: 'whole',
    });
    const unit = { id: 'u2', name: 'x', shortName: 'x', ticketPrefix: 'Z', kind: 'permanent' };
    const item = {
      id: 'i2',
      unitId: 'yibao',
      name: 'x',
      promisedDays: 0,
      onTheSpot: true,
      expectedServiceMinutes: 5,
    };
    const win = { id: 'w99', number: 99, name: 'x', zone: 'A', kind: 'permanent', unitIds: [] };
    await expectRefused(hall, [
      [
        'unit id taken',
        () => req('POST', '/units', { ...unit, id: 'yibao' }),
        409,
        'HALLQ_E_ID_TAKEN',
      ],
      [
        'ticket prefix taken',
        () => req('POST', '/units', { ...unit, ticketPrefix: 'A' }),
        409,
        'HALLQ_E_ID_TAKEN',
      ],
      [
        'unit: unknown site',
        () => req('POST', '/units', { ...unit, siteId: 'nowhere' }),
        404,
        'HALLQ_E_SITE_NOT_FOUND',
      ],
      [
        'unknown unit',
        () => req('PATCH', '/units/nope', { name: 'x' }),
        404,
        'HALLQ_E_UNIT_NOT_FOUND',
      ],
      [
        'prefix of another unit',
        () => req('PATCH', '/units/tuijun', { ticketPrefix: 'A' }),
        409,
        'HALLQ_E_ID_TAKEN',
      ],
      [
        'item id taken',
        () => req('POST', '/items', { ...item, id: 'tj-youfu' }),
        409,
        'HALLQ_E_ID_TAKEN',
      ],
      [
        'item of an unknown unit',
        () => req('POST', '/items', { ...item, unitId: 'nope' }),
        404,
        'HALLQ_E_UNIT_NOT_FOUND',
      ],
      [
        'unknown item',
        () => req('PATCH', '/items/nope', { name: 'x' }),
        404,
        'HALLQ_E_ITEM_NOT_FOUND',
      ],
      [
        'item: validation',
        () => req('PATCH', '/items/tj-youfu', { dailyQuota: -1 }),
        400,
        'HALLQ_E_VALIDATION',
      ],
      [
        'window id taken',
        () => req('POST', '/windows', { ...win, id: 'w7' }),
        409,
        'HALLQ_E_ID_TAKEN',
      ],
      [
        'window number taken',
        () => req('POST', '/windows', { ...win, number: 7 }),
        409,
        'HALLQ_E_WINDOW_NUMBER_TAKEN',
      ],
      [
        'renumber onto another',
        () => req('PATCH', '/windows/w40', { number: 8 }),
        409,
        'HALLQ_E_WINDOW_NUMBER_TAKEN',
      ],
      [
        'window: unknown unit',
        () => req('POST', '/windows', { ...win, unitIds: ['nope'] }),
        404,
        'HALLQ_E_UNIT_NOT_FOUND',
      ],
      [
        'window: another site’s unit',
        () => req('PATCH', '/windows/w40', { unitIds: ['tw-unit'] }),
        409,
        'HALLQ_E_OTHER_SITE',
      ],
      [
        'unknown window',
        () => req('PATCH', '/windows/w404', { name: 'x' }),
        404,
        'HALLQ_E_WINDOW_NOT_FOUND',
      ],
      [
        'rota of a permanent window',
        () => req('PUT', '/windows/w7/rota', { rota: { '1': 'yibao' } }),
        400,
        'HALLQ_E_VALIDATION',
      ],
      [
        'rota: unknown unit',
        () => req('PUT', '/windows/w24/rota', { rota: { '1': 'nope' } }),
        404,
        'HALLQ_E_UNIT_NOT_FOUND',
      ],
      [
        'rota: unknown window',
        () => req('PUT', '/windows/w404/rota', { rota: { '1': 'jiaoyu' } }),
        404,
        'HALLQ_E_WINDOW_NOT_FOUND',
      ],
      [
        'hours that end before they start',
        () => req('PATCH', '/sites/district', { openingHours: [{ start: '12:00', end: '09:00' }] }),
        400,
        'HALLQ_E_VALIDATION',
      ],
      [
        'no ratio at all',
        () => req('PATCH', '/sites/district', { priorityRatio: { priority: 0, ordinary: 0 } }),
        400,
        'HALLQ_E_VALIDATION',
      ],
      [
        'unknown site',
        () => req('PATCH', '/sites/nowhere', { numberWidth: 3 }),
        404,
        'HALLQ_E_SITE_NOT_FOUND',
      ],
      [
        'site: validation',
        () => req('PATCH', '/sites/district', { numberWidth: 9 }),
        400,
        'HALLQ_E_VALIDATION',
      ],
    ]);
  });

  it('a township admin changes only their own site; the district’s entries are unknown to them', async () => {
    await req('POST', '/staff', {
      username: 'twadmin',
      password: PASSWORD,
      name: '镇管理员',
      role: 'admin',
      siteId: 'twn-001',
      windowIds: [],
    });
    const login = await hall.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username: 'twadmin', password: PASSWORD },
      remoteAddress: addressOf('twadmin'),
    });
    const tw = login.body.token as string;
    await expectRefused(hall, [
      [
        'a unit at the district',
        () =>
          req(
            'POST',
            '/units',
            {
              id: 'x1',
              siteId: 'district',
              name: 'x',
              shortName: 'x',
              ticketPrefix: 'X',
              kind: 'whole',
            },
            tw,
          ),
        403,
        'HALLQ_E_FORBIDDEN',
      ],
      [
        'edit a district unit',
        () => req('PATCH', '/units/yibao', { name: 'x' }, tw),
        404,
        'HALLQ_E_UNIT_NOT_FOUND',
      ],
      [
        'an item of a district unit',
        () =>
          req(
            'POST',
            '/items',
            {
              id: 'x2',
              unitId: 'yibao',
              name: 'x',
              promisedDays: 0,
              onTheSpot: true,
              expectedServiceMinutes: 5,
            },
            tw,
          ),
        404,
        'HALLQ_E_UNIT_NOT_FOUND',
      ],
      [
        'edit a district item',
        () => req('PATCH', `/items/${hall.itemOf('yibao')}`, { enabled: false }, tw),
        404,
        'HALLQ_E_ITEM_NOT_FOUND',
      ],
      [
        'edit a district window',
        () => req('PATCH', '/windows/w7', { name: 'x' }, tw),
        404,
        'HALLQ_E_WINDOW_NOT_FOUND',
      ],
      [
        'the district rota',
        () => req('PUT', '/windows/w24/rota', { rota: { '1': 'jiaoyu' } }, tw),
        404,
        'HALLQ_E_WINDOW_NOT_FOUND',
      ],
      [
        'the district’s settings',
        () => req('PATCH', '/sites/district', { numberWidth: 3 }, tw),
        403,
        'HALLQ_E_FORBIDDEN',
      ],
      [
        'another township’s settings',
        () => req('PATCH', '/sites/twn-002', { numberWidth: 3 }, tw),
        403,
        'HALLQ_E_FORBIDDEN',
      ],
      [
        'the district’s audit',
        () => req('GET', '/audit?siteId=district', undefined, tw),
        403,
        'HALLQ_E_FORBIDDEN',
      ],
    ]);
    const own = await req('PATCH', '/units/tw-unit', { name: '镇便民服务中心' }, tw);
    expect(own.status).toBe(200);
    const site = await req('PATCH', '/sites/twn-001', { numberWidth: 2 }, tw);
    expect(site.body.entry).toMatchObject({ id: 'twn-001', numberWidth: 2 });
  });
});
