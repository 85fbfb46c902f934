/**
 * A supervisor's hand in the hall (issue 13): signing out a window its clerk
 * left, calling a visitor to another window. The change itself is a hall
 * event in the log (window.signedOut, ticket.transferred, ticket.called);
 * the audit row says which supervisor did it, written in the event's own
 * transaction (HallService.execute's `within`), with the event's seq.
 */
import type Database from 'better-sqlite3';
import type { StaffRow } from '../domain/accounts';
import type { CommandResult } from '../domain/hall-service';

export type SupervisorAction = 'supervisor.signOut' | 'supervisor.transfer' | 'supervisor.call';

export interface ActionEntry {
  siteId: string;
  action: SupervisorAction;
  target: string;
  before?: unknown;
  after?: unknown;
}

const audits = new WeakMap<Database.Database, Database.Statement>();

/** Records `entry` against the command's last event (the action's own, after any day rollover). */
export function auditAction(
  db: Database.Database,
  actor: Pick<StaffRow, 'id' | 'name'>,
  result: CommandResult,
  entry: ActionEntry,
): void {
  let insert = audits.get(db);
  if (!insert) {
    insert = db.prepare(`INSERT INTO audit
      (site_id, seq, at, actor_kind, actor_id, actor_name, action, target, before, after)
      VALUES (?, ?, ?, 'staff', ?, ?, ?, ?, ?, ?)`);
    audits.set(db, insert);
  }
  const last = result.wire.at(-1);
  const event = result.events.at(-1);
  insert.run(
    entry.siteId,
    last?.payload.seq ?? 0,
    event?.at ?? Date.now(),
    actor.id,
    actor.name,
    entry.action,
    entry.target,
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
  );
}
