/**
 * What both display e2e files need: a speechSynthesis recorder to stub the
 * voice, small API helpers (sign in, issue, call next as a clerk would) and
 * a way to open the display page with its device token.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import type { HallServer } from '../support/hall-server';

/** Replaces speechSynthesis with a recorder: every utterance "speaks" for 250 ms. */
export const SPEECH_STUB = () => {
  type Rec = { text: string; start: number; end: number };
  const w = window as unknown as { __utter: Rec[]; __maxSpeaking: number; __cancels: number };
  w.__utter = [];
  w.__maxSpeaking = 0;
  w.__cancels = 0;
  let speaking = 0;
  class Utterance {
    lang = '';
    rate = 1;
    voice: unknown = null;
    onend: ((e: Event) => void) | null = null;
    onerror: ((e: Event) => void) | null = null;
    constructor(readonly text: string) {}
  }
  const voices = [
    { lang: 'zh-CN', name: 'Stub 普通话', default: true, localService: true, voiceURI: 'stub' },
  ];
  const synth = {
    getVoices: () => voices,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    cancel: () => void w.__cancels++,
    speak(u: Utterance) {
      speaking++;
      w.__maxSpeaking = Math.max(w.__maxSpeaking, speaking);
      const rec = { text: u.text, start: performance.now(), end: 0 };
      w.__utter.push(rec);
      setTimeout(() => {
        speaking--;
        rec.end = performance.now();
        u.onend?.(new Event('end'));
      }, 250);
    },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: Utterance,
    configurable: true,
  });
};

export type Ticket = { ticket: { id: string; number: string; windowNumber?: number } };

/** Helpers bound to the test file's server and browser (read when called). */
export function displayHarness(ctx: { server: () => HallServer; browser: () => Browser }) {
  async function api<T>(method: string, route: string, token?: string, body?: unknown): Promise<T> {
    const res = await fetch(`${ctx.server().url}/api/v1${route}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await res.json()) as T;
    if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  }
  const login = async (username: string, password: string, windowId?: string) =>
    (
      await api<{ token: string }>('POST', '/auth/login', undefined, {
        username,
        password,
        ...(windowId ? { windowId } : {}),
      })
    ).token;
  const issue = (itemId: string) =>
    api<Ticket>('POST', '/tickets', ctx.server().deviceToken('kiosk'), { itemId });
  const clerks = new Map<number, string>();
  async function clerk(n: number): Promise<string> {
    let token = clerks.get(n);
    if (!token) {
      const username = `w${String(n).padStart(2, '0')}`;
      token = await login(username, ctx.server().password(username), `w${n}`);
      clerks.set(n, token);
    }
    return token;
  }
  const current = new Map<number, string>();
  /** Call the next visitor at window n, finishing whoever it was serving (as a clerk would). */
  async function callNext(n: number, token?: string): Promise<Ticket> {
    const auth = token ?? (await clerk(n));
    const serving = current.get(n);
    if (serving) {
      await api('POST', `/tickets/${serving}/start`, auth, {});
      await api('POST', `/tickets/${serving}/finish`, auth, {});
    }
    const reply = await api<Ticket>('POST', `/windows/w${n}/call-next`, auth, {});
    current.set(n, reply.ticket.id);
    return reply;
  }

  async function openDisplay(query = '', viewport = { width: 1920, height: 1080 }): Promise<Page> {
    const context = await ctx.browser().newContext({
      viewport,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    await context.addInitScript(SPEECH_STUB);
    const page = await context.newPage();
    const sep = query ? '&' : '';
    await page.goto(
      `${ctx.server().url}/display/?${query}${sep}device=${ctx.server().deviceToken('display')}`,
    );
    return page;
  }
  const live = (page: Page) =>
    page.waitForSelector('[data-status="live"] .hq-d-main:not(.hq-d-loading)');
  /** The ticket each window is serving (callNext finishes it before the next call). */
  return { api, login, issue, clerk, callNext, openDisplay, live, current };
}
