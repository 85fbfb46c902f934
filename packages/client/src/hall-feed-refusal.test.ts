/**
 * A screen the server refused (an incompatible server mid-upgrade, a device
 * revoked and later re-enabled) tries again by itself: socket.io stops its
 * own retries after a refusal, the feed does not.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  HallFeed,
  REFUSED_RETRY_MS,
  REFUSED_UNAUTHORIZED_RETRY_MS,
  type FeedSocket,
} from './hall-feed';
import { ScriptedSocket } from './test-support/scripted-socket';

afterEach(() => vi.useRealTimers());

function refusedFeed(code: string) {
  vi.useFakeTimers();
  const socket = new ScriptedSocket();
  const feed = new HallFeed({ token: 't', connect: () => socket as unknown as FeedSocket });
  socket.active = false;
  socket.deliver('connect_error', Object.assign(new Error('refused'), { data: { code } }));
  return { socket, feed };
}

describe('HallFeed after a refusal', () => {
  it('tries again after an incompatible-server refusal, and says it is offline meanwhile', () => {
    const { socket, feed } = refusedFeed('HALLQ_E_INCOMPATIBLE');
    expect(feed.state.status).toBe('offline');
    vi.advanceTimersByTime(REFUSED_RETRY_MS - 1);
    expect(socket.connects).toBe(0);
    vi.advanceTimersByTime(1);
    expect(socket.connects).toBe(1);
    feed.close();
  });

  it('shows 请重新登录 (unauthorized) and tries again only slowly', () => {
    const { socket, feed } = refusedFeed('HALLQ_E_UNAUTHORIZED');
    expect(feed.state.status).toBe('unauthorized');
    vi.advanceTimersByTime(REFUSED_RETRY_MS);
    expect(socket.connects).toBe(0);
    vi.advanceTimersByTime(REFUSED_UNAUTHORIZED_RETRY_MS - REFUSED_RETRY_MS);
    expect(socket.connects).toBe(1);
    feed.close();
  });

  it('a closed feed never reconnects', () => {
    const { socket, feed } = refusedFeed('HALLQ_E_INCOMPATIBLE');
    feed.close();
    vi.advanceTimersByTime(REFUSED_UNAUTHORIZED_RETRY_MS);
    expect(socket.connects).toBe(0);
  });
});
