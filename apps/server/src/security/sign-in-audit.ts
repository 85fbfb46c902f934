/**
 * Sign-ins in the audit log (审计日志): each one, with the session it opens
 * in the same transaction, and each refused for its credentials, under the
 * target `auth:<staff id>` (apart from the account's changes, `staff:<id>`).
 * A refusal is one short row: the account's id when the username names one
 * (a disabled account too), else `auth:unknown` on the district hall's log —
 * the typed name is not kept, as it may be a password typed in the wrong
 * box. Wrong setup codes are kept as `auth:setup` once the setup is done.
 * The sign-in throttle (login-throttle.ts) bounds how many refusals can
 * be made a minute, and throttled attempts (429) are not recorded at all, so
 * a spray cannot fill the database.
 */
import type { FastifyInstance } from 'fastify';
import type { StaffRow } from '../domain/accounts';

export class SignInAudit {
  constructor(private readonly app: FastifyInstance) {}

  /** Opens the session (`open`) and records the sign-in, together or not at all. */
  signedIn(staff: StaffRow, windowId: string | undefined, address: string, open: () => string) {
    const { app } = this;
    return app.db.transaction(() => {
      const token = open();
      app.admin.audit.recordAccess({
        siteId: staff.site_id,
        at: app.clock.now(),
        actor: { kind: 'staff', id: staff.id, name: staff.name },
        action: 'auth.signedIn',
        target: `auth:${staff.id}`,
        after: { address, ...(windowId ? { windowId } : {}) },
      });
      return token;
    })();
  }

  refused(username: string, address: string): void {
    const { app } = this;
    const staff = app.accounts.staffByUsername(username);
    const siteId = staff?.site_id ?? this.districtSite();
    if (siteId === undefined) return;
    app.admin.audit.recordAccess({
      siteId,
      at: app.clock.now(),
      actor: { kind: 'staff', id: staff?.id ?? '', name: staff?.name ?? '' },
      action: 'auth.failed',
      target: `auth:${staff?.id ?? 'unknown'}`,
      after: { address },
    });
  }

  /**
   * Wrong setup codes (routes/setup.ts), written when the setup makes its
   * first admin: before it there may be no site to keep them under, and no
   * one who could read them. Target `auth:setup`, each at its own time.
   */
  setupRefused(siteId: string, attempts: readonly { at: number; address: string }[]): void {
    const { app } = this;
    app.db.transaction(() => {
      for (const { at, address } of attempts)
        app.admin.audit.recordAccess({
          siteId,
          at,
          actor: { kind: 'staff', id: '', name: '' },
          action: 'auth.failed',
          target: 'auth:setup',
          after: { address },
        });
    })();
  }

  /** Where a refusal naming no account is kept: the district hall, which sees every site. */
  private districtSite(): string | undefined {
    const sites = Object.values(this.app.hall.catalog.sites);
    return (sites.find((s) => s.level === 'district') ?? sites[0])?.id;
  }
}
