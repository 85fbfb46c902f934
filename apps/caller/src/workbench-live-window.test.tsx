// @vitest-environment happy-dom
/**
 * The clerk's screen reads its window, queue and figures from the server and
 * reads them again when a hall event says so: no timer is involved. What it
 * shows stays the newest answer, and it leaves for the sign-in when the
 * session or the window ends (use-live-window.ts, use-window-data.ts). The
 * feed and the server are scripted (test-support/workbench.tsx).
 */
import { describe, expect, it } from 'vitest';
import { act } from 'react';
import { ApiError, NetworkError } from '@hallq/client';
import { QUEUE_PANEL_ROWS } from '@hallq/protocol';
import {
  client,
  currentNumber,
  emit,
  ev,
  fakeServer,
  feed,
  host,
  issued,
  mountEachTest,
  queueNumbers,
  settle,
  ticket,
} from './test-support/workbench';

const render = mountEachTest();

describe('the caller reads again when the feed says so', () => {
  it('shows a ticket issued into its unit as soon as the ticket.issued event arrives', async () => {
    const server = fakeServer();
    server.state.queue = [ticket('A001')];
    render(server);
    await settle();
    expect(queueNumbers()).toEqual(['A001']);

    // Issued on the server: not on this screen until an event says so (nothing polls).
    server.state.queue.push(ticket('A002'));
    await settle();
    expect(queueNumbers()).toEqual(['A001']);

    emit(issued(ticket('A002')));
    await settle();
    expect(queueNumbers()).toEqual(['A001', 'A002']);
  });

  it('lists the next visitors only, and says how many more wait after them', async () => {
    const server = fakeServer();
    server.state.queue = Array.from({ length: QUEUE_PANEL_ROWS + 12 }, (_, k) =>
      ticket(`A${String(k + 1).padStart(3, '0')}`),
    );
    render(server);
    await settle();
    expect(server.calls.windowQueue).toHaveBeenCalledWith('w5', QUEUE_PANEL_ROWS);
    expect(queueNumbers()).toHaveLength(QUEUE_PANEL_ROWS);
    expect(queueNumbers()[0]).toBe('A001');
    expect(host.querySelector('[data-testid="queue-count"]')?.textContent).toBe(
      `等候 ${QUEUE_PANEL_ROWS + 12} 人`,
    );
    expect(host.querySelector('[data-testid="queue-more"]')?.textContent).toContain('还有 12 人');
  });

  it('does not read again for a ticket issued to another unit', async () => {
    const server = fakeServer();
    render(server);
    await settle();
    const reads = server.calls.windowQueue.mock.calls.length;
    emit(issued(ticket('B001', { unitId: 'shebao' })));
    await settle();
    expect(server.calls.windowQueue.mock.calls.length).toBe(reads);
  });

  it('reads once for a burst of events (a resync hands over many at once)', async () => {
    const server = fakeServer();
    render(server);
    await settle();
    const reads = server.calls.windowQueue.mock.calls.length;
    act(() => {
      for (const n of ['A001', 'A002', 'A003']) feed.onEvent?.(issued(ticket(n)));
    });
    await settle();
    expect(server.calls.windowQueue.mock.calls.length).toBe(reads + 1);
  });
});

describe('what the clerk sees stays the newest answer', () => {
  it('shows the called ticket at once, and a slow read asked before the call never brings the old window back', async () => {
    const server = fakeServer();
    server.state.queue = [ticket('A001')];
    render(server);
    await settle();
    expect(currentNumber()).not.toBe('A001');

    // A read of the window is asked (an event at this window) and answers slowly.
    server.hold('window');
    emit(ev('window.resumed', { window: { id: 'w5', number: 5, name: '5号窗口' } }));
    await settle();

    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'F1' }));
    });
    await settle();
    expect(currentNumber()).toBe('A001');

    // The slow read answers with the window as it was before the call.
    server.release('window');
    await settle();
    expect(currentNumber()).toBe('A001');
  });

  it('keeps the last answer on screen when the server cannot be reached', async () => {
    client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
    const server = fakeServer();
    server.state.queue = [ticket('A001')];
    render(server);
    await settle();
    server.state.fail = new NetworkError();
    emit(issued(ticket('A002')));
    await settle();
    expect(server.calls.windowQueue.mock.calls.length).toBeGreaterThan(1);
    expect(queueNumbers()).toEqual(['A001']);
  });

  it('returns to the sign-in when the session is refused (401)', async () => {
    const server = fakeServer();
    const onExit = render(server);
    await settle();
    expect(onExit).not.toHaveBeenCalled();
    server.state.fail = new ApiError(401, 'HALLQ_E_UNAUTHORIZED', '请重新登录', 'Sign in again');
    emit(issued(ticket('A002')));
    await settle();
    expect(onExit).toHaveBeenCalledWith('sessionExpired');
  });

  it.each([
    ['its session ended', true, 'sessionExpired'],
    ['someone closed it elsewhere', false, 'windowClosedElsewhere'],
  ])('leaves with the right sentence when the window closes because %s', async (_, ended, why) => {
    const server = fakeServer();
    const onExit = render(server);
    await settle();
    server.state.window = { ...server.state.window, status: 'signedOut' };
    delete server.state.window.staff;
    server.state.sessionEnded = ended;
    emit(ev('window.signedOut', { window: { id: 'w5', number: 5, name: '5号窗口' } }));
    await settle();
    expect(onExit).toHaveBeenCalledTimes(1);
    expect(onExit).toHaveBeenCalledWith(why);
  });
});
