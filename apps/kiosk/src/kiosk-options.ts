/**
 * Timings of the kiosk, overridable from the page's query so tests and
 * on-site tuning need no rebuild: `?idle=60&idleWarn=10&ticketIdle=10&poll=3&printerPoll=15`
 * (all in seconds). Without `idle`, the site's kioskIdleSeconds (from the
 * catalogue) decides.
 */
export interface KioskOptions {
  /**
   * After this long without a touch, any screen asks 还需要更多时间吗？;
   * undefined: the site's kioskIdleSeconds.
   */
  idleMs: number | undefined;
  /** …and returns home when nobody answers it within this long. */
  idleWarnMs: number;
  /** The ticket screen returns home after this long (a printed ticket). */
  ticketIdleMs: number;
  /** The ticket screen when printing failed: longer, so the visitor can take a photo. */
  ticketFailedIdleMs: number;
  /** How often the server's health is checked (the 暂停取号 screen). */
  healthPollMs: number;
  /** How often the printer's state is asked for. */
  printerPollMs: number;
  /** How often the catalogue (quotas, today's rota) is reloaded while idle at home. */
  catalogPollMs: number;
}

/** Before the catalogue says the site's idle time. */
export const DEFAULT_IDLE_MS = 60_000;

export const DEFAULT_OPTIONS: KioskOptions = {
  idleMs: undefined,
  idleWarnMs: 10_000,
  ticketIdleMs: 10_000,
  ticketFailedIdleMs: 30_000,
  healthPollMs: 3_000,
  printerPollMs: 15_000,
  catalogPollMs: 60_000,
};

function seconds(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  // Out-of-range values are ignored rather than trusted: a kiosk must never spin or stall.
  return Number.isFinite(n) && n >= 0.2 && n <= 3600 ? Math.round(n * 1000) : undefined;
}

export function parseKioskOptions(search: string): KioskOptions {
  const params = new URLSearchParams(search);
  const ticket = seconds(params, 'ticketIdle');
  return {
    idleMs: seconds(params, 'idle') ?? DEFAULT_OPTIONS.idleMs,
    idleWarnMs: seconds(params, 'idleWarn') ?? DEFAULT_OPTIONS.idleWarnMs,
    ticketIdleMs: ticket ?? DEFAULT_OPTIONS.ticketIdleMs,
    ticketFailedIdleMs: ticket !== undefined ? ticket * 3 : DEFAULT_OPTIONS.ticketFailedIdleMs,
    healthPollMs: seconds(params, 'poll') ?? DEFAULT_OPTIONS.healthPollMs,
    printerPollMs: seconds(params, 'printerPoll') ?? DEFAULT_OPTIONS.printerPollMs,
    catalogPollMs: seconds(params, 'catalogPoll') ?? DEFAULT_OPTIONS.catalogPollMs,
  };
}
