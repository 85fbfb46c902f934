/**
 * 全程代办 as the log keeps it: a proxy ticket registered by a village agent
 * (with the applicant: the log is where the record lives, core Q30) and each
 * step of it. Appended through HallService.recordAdmin on the handling
 * site's `#proxy` stream (domain/event-streams.ts); the proxy tables
 * (proxy-table.ts) are their read model, written in the same transaction,
 * and the audit records each one with the applicant masked.
 */
import type { ProxyStatus, ProxyStepKind } from '@hallq/core';
import type { ActorRef } from '@hallq/protocol';

export interface ProxyFacts {
  id: string;
  unitId: string;
  itemId: string;
  agentId: string;
  agentName: string;
  agentSiteId: string;
  applicant: { name: string; phone: string };
  materials: string[];
  note: string;
  dueDay: string;
  dueAt: number;
  calendarConfirmed: boolean;
}

export interface ProxyRegistered {
  type: 'proxy.registered';
  /** The handling site. */
  siteId: string;
  at: number;
  proxy: ProxyFacts;
  actor: ActorRef;
}

export interface ProxyStepped {
  type: 'proxy.stepped';
  siteId: string;
  at: number;
  proxyId: string;
  agentId: string;
  kind: ProxyStepKind;
  note: string;
  /** askMaterials: what is missing; resubmit: what the agent brought. */
  materials: string[];
  /** After the step. */
  status: ProxyStatus;
  trips: number;
  actor: ActorRef;
}

export type ProxyEvent = ProxyRegistered | ProxyStepped;

export const isProxyEvent = (event: { type: string }): event is ProxyEvent =>
  event.type.startsWith('proxy.');

/** What the audit records: the applicant masked (core Q30). */
export function proxyAudit(event: ProxyEvent): { action: string; target: string; after: unknown } {
  if (event.type === 'proxy.registered') {
    const { applicant: _applicant, ...facts } = event.proxy;
    return { action: event.type, target: `proxy:${event.proxy.id}`, after: facts };
  }
  return {
    action: `proxy.${event.kind}`,
    target: `proxy:${event.proxyId}`,
    after: {
      note: event.note,
      materials: event.materials,
      status: event.status,
      trips: event.trips,
    },
  };
}
