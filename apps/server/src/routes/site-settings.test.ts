/**
 * 大厅设置's voice, kiosk idle time, public URL and 一次性告知 (PATCH
 * /sites/:id) against the real server: what admins and supervisors may set,
 * what /catalog then tells the screens (which re-read it on the change's
 * catalog.changed), where a ticket's QR code points, the audit row written
 * with the change or not at all, and coded refusals that change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';
import { adminDigest, eventsSince, expectRefused } from '../../test/admin-support';

let hall: TestHall;
let admin: string;
beforeAll(async () => {
  hall = await startTestHall();
  admin = await hall.login('admin');
});
afterAll(() => hall.close());

const patch = (body: unknown, token: string | null = admin, site = 'district') =>
  hall.request({
    method: 'PATCH',
    url: `/api/v1/sites/${site}`,
    ...(token !== null ? { token } : {}),
    body,
  });
const hallSettings = async () =>
  (await hall.request({ method: 'GET', url: '/api/v1/catalog', token: hall.device('display') }))
    .body.hall;

describe('PATCH /sites/:id: voice, kiosk idle time, public URL, materials on tickets', () => {
  it('the admin sets the voice; the screens are told and read it from /catalog; the audit has it', async () => {
    const since = hall.app.hall.seq('district');
    const before = (await hallSettings()).voice;
    const res = await patch({ voice: { repeat: 3, one: 'yi' } });
    expect(res.status).toBe(200);
    expect(res.body.entry.voice).toEqual({ repeat: 3, one: 'yi' });
    // The template not given keeps the server's.
    expect((await hallSettings()).voice).toEqual({
      template: before.template,
      repeat: 3,
      one: 'yi',
    });
    const sent = eventsSince(hall, 'district', since);
    expect(sent.map((e) => e.name)).toEqual(['catalog.changed']);
    expect(sent[0]?.payload).toMatchObject({ kind: 'site', id: 'district' });

    expect((await patch({ voice: { template: '请{number}号到{window}号窗口' } })).status).toBe(200);
    expect((await hallSettings()).voice).toEqual({
      template: '请{number}号到{window}号窗口',
      repeat: 3,
      one: 'yi',
    });
    const audit = await hall.request({
      method: 'GET',
      url: '/api/v1/audit?target=site:district&limit=1',
      token: admin,
    });
    expect(audit.body.entries[0]).toMatchObject({
      action: 'site.updated',
      before: { voice: { repeat: 3, one: 'yi' } },
      after: { voice: { template: '请{number}号到{window}号窗口', repeat: 3, one: 'yi' } },
    });
  });

  it('a supervisor sets the kiosk idle time and 一次性告知; /catalog tells the kiosk', async () => {
    const supervisor = await hall.login('supervisor');
    expect((await hallSettings()).printMaterials).toBe(false);
    const res = await patch({ kioskIdleSeconds: 45, printMaterials: true }, supervisor);
    expect(res.status).toBe(200);
    const h = await hallSettings();
    expect(h.kioskIdleSeconds).toBe(45);
    expect(h.printMaterials).toBe(true);
  });

  it('a site’s public URL is where its tickets’ QR codes point; null gives it back to the server', async () => {
    expect((await patch({ publicUrl: 'https://dating.example.cn/' })).status).toBe(200);
    expect((await hallSettings()).publicUrl).toBe('https://dating.example.cn');
    const ticket = await hall.issue(hall.itemOf('yibao'));
    expect(ticket.body.statusUrl).toBe(`https://dating.example.cn/t/${ticket.body.ticket.id}`);

    expect((await patch({ publicUrl: null })).status).toBe(200);
    expect((await hallSettings()).publicUrl).toBeUndefined();
    const next = await hall.issue(hall.itemOf('yibao'));
    expect(next.body.statusUrl).not.toContain('dating.example.cn');
  });

  it('clerks, devices and the unsigned are refused; bad voices and URLs are coded 400s; nothing changes', async () => {
    const clerk = await hall.login('w05', 'w5');
    await expectRefused(hall, [
      ['a clerk', () => patch({ voice: { repeat: 1 } }, clerk), 403, 'HALLQ_E_FORBIDDEN'],
      [
        'a display',
        () => patch({ voice: { repeat: 1 } }, hall.device('display')),
        403,
        'HALLQ_E_FORBIDDEN',
      ],
      ['no token', () => patch({ voice: { repeat: 1 } }, null), 401, 'HALLQ_E_UNAUTHORIZED'],
      [
        'a template without the number',
        () => patch({ voice: { template: '请到{window}号窗口办理' } }),
        400,
        'HALLQ_E_VALIDATION',
      ],
      [
        'an unknown placeholder',
        () => patch({ voice: { template: '请{number}号到{room}' } }),
        400,
        'HALLQ_E_VALIDATION',
      ],
      ['repeat 9', () => patch({ voice: { repeat: 9 } }), 400, 'HALLQ_E_VALIDATION'],
      ['one as 1', () => patch({ voice: { one: '1' } }), 400, 'HALLQ_E_VALIDATION'],
      ['a voice field unknown', () => patch({ voice: { speed: 2 } }), 400, 'HALLQ_E_VALIDATION'],
      ['an ftp URL', () => patch({ publicUrl: 'ftp://hall/' }), 400, 'HALLQ_E_VALIDATION'],
      [
        'a URL with a query',
        () => patch({ publicUrl: 'http://hall.cn/?a=1' }),
        400,
        'HALLQ_E_VALIDATION',
      ],
      [
        'a loopback URL',
        () => patch({ publicUrl: 'http://127.0.0.1:8080' }),
        400,
        'HALLQ_E_VALIDATION',
      ],
      ['materials as text', () => patch({ printMaterials: 'yes' }), 400, 'HALLQ_E_VALIDATION'],
      ['idle 5 s', () => patch({ kioskIdleSeconds: 5 }), 400, 'HALLQ_E_VALIDATION'],
    ]);
    const refused = await patch({ voice: { template: '请到窗口' } });
    expect(refused.body.error.details).toMatchObject({ field: 'voice.template' });
  });

  it('the change and its audit row are one transaction: when the row cannot be written, the voice is unchanged', async () => {
    const before = await hallSettings();
    const digest = adminDigest(hall);
    hall.app.db.exec(`CREATE TEMP TRIGGER audit_refuses BEFORE INSERT ON audit
      BEGIN SELECT RAISE(ABORT, 'audit unavailable'); END;`);
    try {
      expect((await patch({ voice: { repeat: 5 } })).status).toBe(500);
    } finally {
      hall.app.db.exec(`DROP TRIGGER audit_refuses`);
    }
    expect(adminDigest(hall)).toBe(digest);
    expect((await hallSettings()).voice).toEqual(before.voice);
  });
});
