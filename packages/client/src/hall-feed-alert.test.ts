/**
 * A supervisor's feed hands over the supervisors room's `alert` messages,
 * each alert as it now stands, to whoever listens, until they stop or the
 * feed closes.
 */
import { describe, expect, it } from 'vitest';
import type { AlertView } from '@hallq/protocol';
import { HallFeed, type FeedSocket } from './hall-feed';
import { ScriptedSocket } from './test-support/scripted-socket';

const alert = (level: 'yellow' | 'red'): AlertView => ({
  id: 'a1',
  rule: 'long-wait',
  level,
  siteId: 'district',
  unitId: 'yibao',
  detail: {},
  openedAt: 1,
});

describe('HallFeed alerts', () => {
  it('hands each alert message to its listeners until they stop or the feed closes', () => {
    const socket = new ScriptedSocket();
    const feed = new HallFeed({ token: 't', connect: () => socket as unknown as FeedSocket });
    const a: string[] = [];
    const b: string[] = [];
    const stopA = feed.onAlert((x) => a.push(x.level));
    feed.onAlert((x) => b.push(x.level));
    socket.deliver('alert', alert('yellow'));
    stopA();
    socket.deliver('alert', alert('red'));
    feed.close();
    socket.deliver('alert', alert('red'));
    expect(a).toEqual(['yellow']);
    expect(b).toEqual(['yellow', 'red']);
  });
});
