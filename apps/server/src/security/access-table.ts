/**
 * Who may use each route and socket event, on which site and which window:
 * the one written-down authorization table. The routes enforce it with their
 * own hooks and checks (plugins/auth.ts, routes/site-scope.ts, the session's
 * window); `access-table.test.ts` runs every cell of this table, every route
 * × every kind of caller × own or other site and window, against the real
 * server, and fails on a route missing here. `pnpm hallq` and the README's
 * security section print it with `accessTableMarkdown()`.
 *
 * A cell is a scope:
 * - `any`: the caller's own session, device or site, whatever it is (a list
 *   of the caller's own site, one's own password, one's own device);
 * - `site`: a target (ticket, window, staff member, unit, device, site) of the
 *   caller's own site; district-level staff also act on the township halls';
 * - `window`: only a clerk signed into that very window (supervisors and
 *   admins too, when they sit at it), or the rater bound to it.
 * A caller without a cell is refused: 401 without a token, else 403.
 */
export const CALLERS = [
  'anyone',
  'kiosk',
  'caller',
  'display',
  'rater',
  'clerk',
  'supervisor',
  'admin',
  'agent',
] as const;
export type Who = (typeof CALLERS)[number];
export type Scope = 'any' | 'site' | 'window';
/** `anyone`: no token needed (every caller may then use it, scope `any`). */
export type Access = Partial<Record<Who, Scope>>;

const open: Access = { anyone: 'any' };
const staffAtWindow: Access = { clerk: 'window', supervisor: 'window', admin: 'window' };
const managers = (scope: Scope): Access => ({ supervisor: scope, admin: scope });
const anyPrincipal: Access = {
  kiosk: 'any',
  caller: 'any',
  display: 'any',
  clerk: 'any',
  supervisor: 'any',
  admin: 'any',
  agent: 'any',
};
const anyStaff: Access = { clerk: 'any', supervisor: 'any', admin: 'any', agent: 'any' };
/** 全程代办: its agent, and the handling site's staff. */
const proxyReaders: Access = { agent: 'any', clerk: 'site', supervisor: 'site', admin: 'site' };

/** Keyed as the OpenAPI document names the route: `METHOD /api/v1/path/{param}`. */
export const ROUTE_ACCESS: Record<string, Access> = {
  'GET /api/v1/health': open,
  'GET /api/v1/queues': open,
  'GET /api/v1/notice': open,
  'GET /api/v1/catalog': open,
  'GET /api/v1/tickets/{id}': open,
  'GET /api/v1/windows/{id}': open,
  'POST /api/v1/auth/login': open,
  // Pairing: a screen without a token asks for a code and polls with its secret id.
  'POST /api/v1/devices/pairing': open,
  'GET /api/v1/devices/pairing/{id}': open,
  // 首次设置: the one-time code from the server's log is the credential (refused once an admin exists).
  'GET /api/v1/setup': open,
  'POST /api/v1/setup': open,

  'GET /api/v1/auth/me': anyPrincipal,
  'POST /api/v1/auth/logout': anyStaff,
  'POST /api/v1/auth/password': anyStaff,

  'POST /api/v1/tickets': { kiosk: 'site' },
  'POST /api/v1/tickets/{id}/recall': staffAtWindow,
  'POST /api/v1/tickets/{id}/no-show': staffAtWindow,
  'POST /api/v1/tickets/{id}/start': staffAtWindow,
  'POST /api/v1/tickets/{id}/finish': staffAtWindow,
  'POST /api/v1/tickets/{id}/transfer': staffAtWindow,
  // 过号恢复: a clerk at any window of the site (the visitor came back to them), a supervisor.
  'POST /api/v1/tickets/{id}/restore': { clerk: 'site', supervisor: 'site', admin: 'site' },
  // The clerk cancels the ticket their window holds; a supervisor any of the site's.
  'POST /api/v1/tickets/{id}/cancel': { clerk: 'window', supervisor: 'site', admin: 'site' },

  'POST /api/v1/windows/{id}/call-next': staffAtWindow,
  'POST /api/v1/windows/{id}/call': staffAtWindow,
  'POST /api/v1/windows/{id}/pause': staffAtWindow,
  'POST /api/v1/windows/{id}/resume': staffAtWindow,
  'GET /api/v1/windows/{id}/stats': staffAtWindow,
  'GET /api/v1/windows/{id}/queue': { clerk: 'site', supervisor: 'site', admin: 'site' },
  'GET /api/v1/windows/{id}/no-shows': { clerk: 'site', supervisor: 'site', admin: 'site' },
  'POST /api/v1/windows/{id}/sign-out': managers('site'),

  // The caller's own hall's notice; the district's staff name a site, or push to every
  // township hall at once (includeChildren).
  'PUT /api/v1/notice': managers('any'),
  'GET /api/v1/staff': managers('any'),
  'POST /api/v1/staff': managers('any'),
  'PATCH /api/v1/staff/{id}': managers('site'),
  'POST /api/v1/staff/{id}/disable': managers('site'),
  'POST /api/v1/staff/{id}/enable': managers('site'),
  'POST /api/v1/staff/{id}/password': managers('site'),
  'POST /api/v1/units': managers('any'),
  'PATCH /api/v1/units/{id}': managers('site'),
  'POST /api/v1/items': managers('site'),
  'PATCH /api/v1/items/{id}': managers('site'),
  'POST /api/v1/windows': managers('any'),
  'PATCH /api/v1/windows/{id}': managers('site'),
  'PUT /api/v1/windows/{id}/rota': managers('site'),
  'PATCH /api/v1/sites/{id}': managers('site'),
  // The site tree (levels, parents, enabled items) of the sites the caller may see;
  // a township's enabled master items: its own staff, or the district's (core Q26).
  'GET /api/v1/sites': managers('any'),
  'PUT /api/v1/sites/{id}/items': managers('site'),
  // A township under the district, a village under a township: the district's admins only.
  'POST /api/v1/sites': { admin: 'site' },
  'GET /api/v1/audit': managers('any'),
  // 电子监察: the caller's own site's alerts (or another they may see); an alert of the site.
  'GET /api/v1/alerts': managers('any'),
  'POST /api/v1/alerts/{id}/ack': managers('site'),
  'GET /api/v1/supervision': managers('any'),
  // 绩效考评: a period's scores of the caller's site (or another they may see).
  'GET /api/v1/scores': managers('any'),
  // 统计报表: a range of days' figures of the caller's site (or another they may see);
  // the district's merge the township halls' too (includeChildren).
  'GET /api/v1/reports': managers('any'),
  // 调度: call a visitor of the site to another window that is free (audited).
  'POST /api/v1/supervision/tickets/{id}/call-to': managers('site'),
  'GET /api/v1/devices': managers('any'),

  'POST /api/v1/devices': { admin: 'any' },
  'POST /api/v1/devices/{id}/revoke': { admin: 'site' },
  // The admin binds the code a screen shows: the device is made on the admin's own site.
  'POST /api/v1/devices/pair': { admin: 'any' },
  'POST /api/v1/devices/me/status': { kiosk: 'any', caller: 'any', display: 'any' },
  'GET /api/v1/devices/me/printer': { kiosk: 'any' },
  // An <audio> element sends no header: the token rides as ?device=. The display
  // speaks its calls, the kiosk the prompts of its 适老 mode, the rating pad its prompt.
  'GET /api/v1/tts': { kiosk: 'any', display: 'any', rater: 'any' },

  // 好差评: the rater (评价器) of the window that finished the ticket rates it;
  // the visitor's phone page too, the ticket id being the capability.
  'POST /api/v1/ratings': { rater: 'window' },
  'POST /api/v1/tickets/{id}/rating': open,
  'GET /api/v1/tickets/{id}/rating': open,
  'POST /api/v1/tickets/{id}/rating/rectification': open,
  'GET /api/v1/ratings/pad': { rater: 'any' },
  'GET /api/v1/ratings': managers('any'),
  'GET /api/v1/ratings/figures': managers('any'),
  'GET /api/v1/rating-cases': managers('any'),
  'POST /api/v1/rating-cases/{id}/steps': managers('site'),
  // The official calendar (holidays, 调休) the working-day deadlines count on: one for all sites.
  'GET /api/v1/calendar/{year}': managers('any'),
  'PUT /api/v1/calendar/{year}': { admin: 'any' },

  // 全程代办: a village room's agent registers 代办 and follows their own; the handling
  // site's staff list, read and step theirs (the district's supervisors and admins any).
  'POST /api/v1/proxy-tickets': { agent: 'any' },
  'GET /api/v1/proxy-tickets': proxyReaders,
  'GET /api/v1/proxy-tickets/{id}': proxyReaders,
  'POST /api/v1/proxy-tickets/{id}/steps': proxyReaders,
  // The district roll-up: each site the caller may see, live, from the read models.
  'GET /api/v1/sites/rollup': managers('any'),
};

/**
 * The socket: a connection needs a token and joins its token's site room
 * only (the site is never the client's choice); `sync` answers for that room.
 */
export const SOCKET_ACCESS: Record<string, Access> = {
  connect: { ...anyPrincipal, rater: 'any' },
  sync: { ...anyPrincipal, rater: 'any' },
  // 全程代办: a proxy ticket as it stands, to the handling site's staff and its agent.
  'proxy (handling site, agent)': proxyReaders,
  // The site's supervisors room: each alert as it stands (`alert`, with its note).
  'alert (supervisors room)': managers('any'),
};

const SCOPE_TEXT: Record<Scope, string> = { any: '✓', site: 'own site', window: 'own window' };

/** The table as Markdown, for the README's security section. */
export function accessTableMarkdown(): string {
  const head = `| route | ${CALLERS.join(' | ')} |\n| --- |${CALLERS.map(() => ' --- |').join('')}`;
  const row = (name: string, access: Access) =>
    `| \`${name}\` | ${CALLERS.map((who) => {
      const scope = access[who] ?? (access.anyone ? 'any' : undefined);
      return scope ? SCOPE_TEXT[scope] : '—';
    }).join(' | ')} |`;
  return [
    head,
    ...Object.entries(ROUTE_ACCESS).map(([name, access]) => row(name, access)),
    ...Object.entries(SOCKET_ACCESS).map(([name, access]) => row(`socket ${name}`, access)),
  ].join('\n');
}
