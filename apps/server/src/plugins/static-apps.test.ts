/** The pages the server serves beside the API: the ticket status page behind the QR code. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';

describe('screens and the ticket status page', () => {
  let hall: TestHall;
  beforeAll(async () => {
    hall = await startTestHall({ serveScreens: true });
  });
  afterAll(() => hall.close());

  it('/t/:id is a zh-CN page whose script is a file (it follows the ticket on its event stream)', async () => {
    const ticket = (await hall.issue(hall.itemOf('yibao'))).body.ticket;
    const res = await hall.request({ method: 'GET', url: `/t/${ticket.id}` });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('排队进度');
    expect(res.body).toContain('/t/status.js');
    const js = await hall.request({ method: 'GET', url: '/t/status.js' });
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
    expect(js.body).toContain('/api/v1/tickets/');
  });

  it('every reply carries the security headers, and no page runs inline script', async () => {
    const ticket = (await hall.issue(hall.itemOf('yibao'))).body.ticket;
    for (const url of [`/t/${ticket.id}`, '/api/v1/health', '/docs']) {
      const res = await hall.request({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['strict-transport-security'], url).toBeUndefined();
    }
    const page = await hall.request({ method: 'GET', url: `/t/${ticket.id}` });
    expect(page.body).not.toMatch(/<script>|<style>/);
  });

  it('/t/:id never echoes markup from the URL into the page', async () => {
    const res = await hall.request({
      method: 'GET',
      url: `/t/${encodeURIComponent("x');alert(1);//<script>alert(2)</script>")}`,
    });
    expect(res.status).toBe(200);
    expect(res.body).not.toContain('alert(');
    expect(res.body).not.toContain("x')");
  });

  it('the root leads to the kiosk, and each screen answers (built page, or a zh-CN notice to build it)', async () => {
    const root = await hall.request({ method: 'GET', url: '/' });
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe('/kiosk/');
    for (const screen of ['kiosk', 'caller', 'display', 'admin', 'supervisor']) {
      const res = await hall.request({ method: 'GET', url: `/${screen}` });
      expect([302, 503], screen).toContain(res.status);
      if (res.status === 503) expect(res.body).toContain('pnpm build');
    }
  });
});
