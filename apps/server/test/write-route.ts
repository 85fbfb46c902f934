/** One row of the write-route table: a route, who may call it, a valid body and bad ones. */
import type { Caller, HallFixture } from './hall-fixture';

export interface WriteRoute {
  method: 'POST' | 'PUT' | 'PATCH';
  /** As the OpenAPI document names it, e.g. /api/v1/tickets/{id}/recall. */
  path: string;
  url(f: HallFixture): string;
  /** A body the route accepts (undefined: sent without a body). */
  body(f: HallFixture): unknown;
  /** A caller that may use it. */
  allowed: Caller;
  /** Callers with a valid token of the wrong kind or role. */
  forbidden: Caller[];
  /** Wrong types, extra fields, missing fields: each must be refused. */
  bad(f: HallFixture): unknown[];
  /** Whether the route reads an Idempotency-Key header. */
  idempotent?: boolean;
}
