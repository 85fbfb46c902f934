/**
 * The AsyncAPI 3.0 document of the socket.io contract, generated from the
 * TypeBox schemas in schemas/hall-events.ts (names, payloads, descriptions):
 * the server serves it at /docs/asyncapi.json beside the OpenAPI page, and
 * renders it readable at /docs/events. Pure: no IO.
 */
import type { TSchema } from 'typebox';
import {
  HallEventSchemas,
  HelloPayload,
  RoomMessageSchemas,
  SocketAuth,
  SyncReplySchema,
  SyncRequest,
} from './schemas/hall-events';
import { PROTOCOL_VERSION } from './version';

/** A schema as plain JSON (TypeBox keeps its own markers under symbols, which JSON drops). */
const json = (schema: TSchema): Record<string, unknown> =>
  JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;

/** Which stream each event goes out on, for the document's channels. */
export function eventChannel(name: string): 'site' | 'supervision' | 'proxy' {
  if (name.startsWith('alert.')) return 'supervision';
  if (name.startsWith('proxy.')) return 'proxy';
  return 'site';
}

const messageId = (name: string) => name.replace('.', '_');
const described = (schema: TSchema) => (schema as TSchema & { description?: string }).description;

export interface AsyncApiOptions {
  serverVersion: string;
  /** The origin the screens reach (HALLQ_PUBLIC_URL), when known. */
  host?: string;
}

export function asyncApiDocument(options: AsyncApiOptions): Record<string, unknown> {
  const messages: Record<string, unknown> = {};
  const byChannel: Record<'site' | 'supervision' | 'proxy', string[]> = {
    site: [],
    supervision: [],
    proxy: [],
  };
  for (const [name, schema] of Object.entries(HallEventSchemas)) {
    const id = messageId(name);
    messages[id] = {
      name,
      title: name,
      summary: described(schema),
      payload: json(schema),
    };
    byChannel[eventChannel(name)].push(id);
  }
  messages.hello = {
    name: 'hello',
    summary: described(HelloPayload),
    payload: json(HelloPayload),
  };
  messages.sync = { name: 'sync', summary: described(SyncRequest), payload: json(SyncRequest) };
  messages.syncReply = {
    name: 'sync (acknowledgement)',
    summary:
      'The answer to `sync`: the missed events in seq order, a snapshot, or a coded refusal.',
    payload: json(SyncReplySchema),
  };
  for (const [name, m] of Object.entries(RoomMessageSchemas)) {
    messages[name] = { name, summary: m.description, payload: json(m.schema) };
  }
  const refs = (ids: string[]) =>
    Object.fromEntries(ids.map((id) => [id, { $ref: `#/components/messages/${id}` }]));
  const siteParam = { siteId: { description: "the site of the connection's token" } };
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'hallq socket.io events — 政务服务中心排队叫号系统',
      version: options.serverVersion,
      description: [
        `Protocol version ${PROTOCOL_VERSION}. socket.io v4 on the server's own port and path (/socket.io/).`,
        'Connect with `auth` = SocketAuth; the site comes from the token. The server sends `hello`;',
        'the client answers `sync` with its last seq and gets exactly the events it missed (or a',
        'snapshot when the gap is older than the server keeps). Hall events then arrive live in seq',
        'order: a duplicate is dropped, a gap means sync again. Each event is sent by its name with',
        'its payload as the only argument.',
      ].join(' '),
    },
    defaultContentType: 'application/json',
    servers: {
      hall: {
        host: options.host ?? 'hallq-server:3000',
        protocol: 'ws',
        pathname: '/socket.io/',
        description: 'socket.io (Engine.IO 4) over WebSocket, long-polling as fallback',
      },
    },
    channels: {
      site: {
        address: 'site:{siteId}',
        title: "A site's hall events",
        description:
          "Every screen, caller and kiosk of the site: its site's own stream, in seq order.",
        parameters: siteParam,
        messages: refs([...byChannel.site, 'hello']),
      },
      supervision: {
        address: 'supervisors:{siteId}',
        title: "A site's supervisors",
        description:
          'Supervisor and admin sessions. Alert events are logged in their own stream (`<siteId>#supervision`) and are never sent to screens; supervisors receive `alert`, each alert as it stands.',
        parameters: siteParam,
        messages: refs(['alert', ...byChannel.supervision]),
      },
      proxy: {
        address: 'proxy-site:{siteId}',
        title: 'Proxy tickets (全程代办)',
        description:
          "Logged on the handling site's proxy stream; its staff (room proxy-site:{siteId}) and the agent who registered it (room proxy-agent:{staffId}) receive `proxy`, the ticket as it stands, the applicant masked.",
        parameters: siteParam,
        messages: refs(['proxy', ...byChannel.proxy]),
      },
      sync: {
        address: 'sync',
        title: 'Resynchronisation',
        messages: refs(['sync', 'syncReply']),
      },
    },
    operations: {
      receiveHallEvents: {
        action: 'receive',
        channel: { $ref: '#/channels/site' },
        summary: 'Hall events of the connection’s site, live and in seq order',
        messages: byChannel.site
          .concat('hello')
          .map((id) => ({ $ref: `#/channels/site/messages/${id}` })),
      },
      receiveAlerts: {
        action: 'receive',
        channel: { $ref: '#/channels/supervision' },
        messages: [{ $ref: '#/channels/supervision/messages/alert' }],
      },
      receiveProxyTickets: {
        action: 'receive',
        channel: { $ref: '#/channels/proxy' },
        messages: [{ $ref: '#/channels/proxy/messages/proxy' }],
      },
      sync: {
        action: 'send',
        channel: { $ref: '#/channels/sync' },
        summary: 'Ask for what was missed; socket.io acknowledges with the reply',
        messages: [{ $ref: '#/channels/sync/messages/sync' }],
        reply: {
          channel: { $ref: '#/channels/sync' },
          messages: [{ $ref: '#/channels/sync/messages/syncReply' }],
        },
      },
    },
    components: {
      messages,
      schemas: { SocketAuth: json(SocketAuth) },
    },
  };
}
