/**
 * An admin or supervisor signed in without a window (issue 16): no window is
 * opened and no keypad is shown. What the caller offers them is 过号恢复 for
 * the site, and 退出; the rest of their work is in the admin API and screens.
 */
import { useState } from 'react';
import { messageOf, newIdempotencyKey, type HallqApi } from '@hallq/client';
import type { CatalogReply, StaffView } from '@hallq/protocol';
import { LangToggle, formatTime, useI18n, useNow } from '@hallq/ui';
import { RestoreDialog } from './restore-dialog';

export function ManagerHome({
  api,
  catalog,
  staff,
  onSignOut,
}: {
  api: HallqApi;
  catalog: CatalogReply;
  staff: StaffView;
  onSignOut: () => void;
}) {
  const { t, lang } = useI18n();
  const now = useNow(1_000);
  const [restoring, setRestoring] = useState(false);
  const [said, setSaid] = useState<string>();
  // The site's 过号 are listed through any of its windows.
  const anyWindow = catalog.windows.find((w) => w.siteId === staff.siteId) ?? catalog.windows[0];
  const signOut = async () => {
    await api.logout().catch(() => undefined);
    onSignOut();
  };
  return (
    <div className="workbench manager">
      <header className="topbar">
        <h1>
          {catalog.hall.name}
          <small>{t('managerNoWindow')}</small>
        </h1>
        <span className="clerk">
          {t(staff.role === 'admin' ? 'roleAdmin' : 'roleSupervisor')} {staff.name}
        </span>
        <span className="clock">{formatTime(now, catalog.hall.timeZone)}</span>
        <LangToggle />
        <button type="button" className="signout" onClick={() => void signOut()}>
          {t('signOut')}
        </button>
      </header>
      <main className="manager-main">
        <p>{t('managerHint')}</p>
        {anyWindow ? (
          <button type="button" className="primary" onClick={() => setRestoring(true)}>
            {t('restore')}
          </button>
        ) : null}
        {said ? (
          <p className="banner notice info" role="status" data-testid="notice">
            {said}
          </p>
        ) : null}
      </main>
      {restoring && anyWindow ? (
        <RestoreDialog
          api={api}
          windowId={anyWindow.id}
          timeZone={catalog.hall.timeZone}
          itemName={(id) => catalog.items.find((i) => i.id === id)?.name ?? id}
          onClose={() => setRestoring(false)}
          onSubmit={(ticket, position) => {
            setRestoring(false);
            api.restore(ticket.id, position, newIdempotencyKey()).then(
              (r) =>
                setSaid(
                  t(position === 'front' ? 'restoredFront' : 'restoredBack', {
                    number: r.ticket.number,
                  }),
                ),
              (err: unknown) => setSaid(messageOf(err, lang)),
            );
          }}
        />
      ) : null}
    </div>
  );
}
