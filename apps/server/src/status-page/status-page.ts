/**
 * The visitor's phone page behind the ticket's QR code: /t/<id> (HTML),
 * /t/status.js and /t/status.css (files beside this one: the CSP runs no
 * inline script), and /t/<id>/events, a text/event-stream of that ticket's
 * PhoneStatus — sent at once, then whenever a committed event of its site
 * changes what the page shows. No poll: the phone waits on the stream and
 * EventSource reconnects by itself. The ticket id is the capability (ids are
 * unguessable); the stream carries this ticket and its windows only.
 *
 * A ticket's business day ends on the site's clock: a heartbeat rebuilds
 * every open stream's status, so a waiting ticket turns expired at midnight
 * even when no command arrives (ticketView marks a past day's active ticket
 * expired before the day's close has run).
 */
import fp from 'fastify-plugin';
import { readFileSync, existsSync } from 'node:fs';
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PhoneStatus } from '@hallq/protocol';
import { phoneStatus } from '../domain/ticket-status';

declare module 'fastify' {
  interface FastifyInstance {
    ticketStreams: {
      /** Rebuild every open stream's status and send what changed (the heartbeat runs it). */
      refreshAll(): void;
      /** Open streams, for tests and health. */
      count(): number;
    };
  }
}

/** How often open streams are rebuilt and pinged. */
export const HEARTBEAT_MS = 15_000;
/** Open streams beyond this are refused (503): a phone page is one stream. */
const MAX_STREAMS = 20_000;
/** Events arriving together (a burst of calls) are sent as one update. */
const COALESCE_MS = 250;
const TICKET_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The page's files: beside this module, or under src/ when run from the dist bundle. */
function pageDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, path.join(here, 'status-page'), path.join(here, '../src/status-page')]) {
    if (existsSync(path.join(dir, 'status.js'))) return dir;
  }
  throw new Error(
    `the status page's files (status.js, status.css, status.html) are missing near ${here}`,
  );
}

interface Stream {
  ticketId: string;
  siteId: string;
  /** The last status sent, without its time: only a change is sent again. */
  last: string;
  res: ServerResponse;
}

export default fp(
  async (app) => {
    const dir = pageDir();
    const file = (name: string) => readFileSync(path.join(dir, name), 'utf8');
    const page = { html: file('status.html'), js: file('status.js'), css: file('status.css') };

    const bySite = new Map<string, Set<Stream>>();
    let open = 0;

    const statusOf = (id: string): PhoneStatus | undefined => {
      const state = app.hall.state;
      const ticket =
        (Object.hasOwn(state.tickets, id) ? state.tickets[id] : undefined) ??
        app.hall.store.ticket(id);
      return ticket && phoneStatus(ticket, state, app.clock.now());
    };

    const send = (s: Stream) => {
      const status = statusOf(s.ticketId);
      if (!status) return;
      const { at: _at, ...facts } = status;
      const key = JSON.stringify(facts);
      if (key === s.last) return;
      s.last = key;
      s.res.write(`event: status\ndata: ${JSON.stringify(status)}\n\n`);
    };

    const pending = new Set<string>();
    let timer: NodeJS.Timeout | undefined;
    const flush = () => {
      timer = undefined;
      for (const siteId of pending) for (const s of bySite.get(siteId) ?? []) send(s);
      pending.clear();
    };
    const stopListening = app.hall.onEvents((siteId) => {
      if (!bySite.has(siteId)) return;
      pending.add(siteId);
      timer ??= setTimeout(flush, COALESCE_MS);
    });

    const refreshAll = () => {
      for (const streams of bySite.values()) for (const s of streams) send(s);
    };
    const heartbeat = setInterval(() => {
      refreshAll();
      for (const streams of bySite.values()) for (const s of streams) s.res.write(': ping\n\n');
    }, HEARTBEAT_MS);
    heartbeat.unref();

    app.decorate('ticketStreams', { refreshAll, count: () => open });

    app.addHook('onClose', async () => {
      clearInterval(heartbeat);
      if (timer) clearTimeout(timer);
      stopListening();
      for (const streams of bySite.values()) for (const s of streams) s.res.end();
      bySite.clear();
    });

    const hide = { schema: { hide: true } };
    app.get('/t/status.js', hide, async (_req, reply) =>
      reply
        .type('text/javascript; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(page.js),
    );
    app.get('/t/status.css', hide, async (_req, reply) =>
      reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(page.css),
    );
    // The id is read by the script from the address; the page never echoes it.
    app.get('/t/:id', hide, async (_request, reply) =>
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(page.html),
    );

    app.get<{ Params: { id: string } }>('/t/:id/events', hide, async (request, reply) => {
      const { id } = request.params;
      const first = TICKET_ID.test(id) ? statusOf(id) : undefined;
      if (!first) {
        return reply.status(404).type('text/plain; charset=utf-8').send('找不到该号票');
      }
      if (open >= MAX_STREAMS) return reply.status(503).header('retry-after', '30').send();
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        ...(reply.getHeaders() as OutgoingHttpHeaders),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-store',
        'x-accel-buffering': 'no',
      });
      // EventSource waits this long before reconnecting after a drop.
      res.write('retry: 3000\n\n');
      const stream: Stream = { ticketId: id, siteId: first.ticket.siteId, last: '', res };
      let streams = bySite.get(stream.siteId);
      if (!streams) bySite.set(stream.siteId, (streams = new Set()));
      streams.add(stream);
      open++;
      send(stream);
      request.raw.on('close', () => {
        streams.delete(stream);
        if (streams.size === 0 && bySite.get(stream.siteId) === streams)
          bySite.delete(stream.siteId);
        open--;
      });
    });
  },
  { name: 'status-page', dependencies: ['hall'] },
);
