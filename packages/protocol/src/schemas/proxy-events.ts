/**
 * The hall events of 全程代办 proxy tickets, on the handling site's proxy
 * stream. Part of `HallEventSchemas` (hall-events.ts).
 */
import { Type } from 'typebox';
import { event, Str } from './hall-event-base';

export const ProxyEventSchemas = {
  'proxy.registered': event(
    { proxyId: Str, unitId: Str, itemId: Str, agentId: Str, dueDay: Str },
    "全程代办: a village agent registered a proxy ticket (the handling site's proxy stream).",
  ),
  'proxy.stepped': event(
    { proxyId: Str, kind: Str, status: Str, trips: Type.Integer({ minimum: 0 }), agentId: Str },
    'A step of a proxy ticket.',
  ),
} as const;
