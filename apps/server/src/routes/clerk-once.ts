/**
 * A clerk's action runs at most once per Idempotency-Key: a retry after a
 * lost answer gets the first reply, and a second 叫号 is never a second call.
 * The reply is built from the state the command produced and stored inside
 * the command's own transaction, so a crash can never leave the action done
 * and its key forgotten.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Command, HallState } from '@hallq/core';
import { staffOf } from '../plugins/auth';
import { createIdempotency, requestHash } from '../domain/idempotency';

export function clerkOnce(app: FastifyInstance) {
  const idem = createIdempotency(app.hall.store);
  return <T>(
    request: FastifyRequest<{ Params: { id: string } }>,
    route: string,
    /** May refuse (throw) before anything runs, e.g. for a stale screen. */
    command: () => Command,
    reply: (state: HallState) => T,
  ): T => {
    const key = request.headers['idempotency-key'];
    const scope = `staff:${staffOf(request).staff.id}`;
    const hash = requestHash(route, { id: request.params.id, body: request.body ?? null });
    const prior = typeof key === 'string' ? idem.lookup(scope, key, hash) : undefined;
    if (prior) return prior.body as T;
    const { extra } = app.hall.execute(command(), {}, ({ state }) => {
      const body = reply(state);
      if (typeof key === 'string')
        idem.store(scope, key, hash, { status: 200, body }, app.clock.now());
      return body;
    });
    return extra as T;
  };
}
