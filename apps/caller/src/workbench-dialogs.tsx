/**
 * The main screen's dialogs, at most one open at a time: 暂停, 转移, 选号呼叫,
 * 确认过号 and 过号恢复. Each closes before its action runs.
 */
import type { HallqApi } from '@hallq/client';
import type { CatalogReply, TicketView } from '@hallq/protocol';
import { CallTicketDialog } from './call-ticket-dialog';
import { NoShowConfirm } from './no-show-confirm';
import { PauseDialog } from './pause-dialog';
import { RestoreDialog } from './restore-dialog';
import { TransferDialog } from './transfer-dialog';
import type { CallerActions } from './use-caller-actions';

export type Dialog = 'pause' | 'transfer' | 'callTicket' | 'confirmNoShow' | 'restore' | undefined;

export function WorkbenchDialogs({
  dialog,
  api,
  catalog,
  windowId,
  current,
  queue,
  now,
  restoreNumber,
  actions,
  onClose,
}: {
  dialog: Dialog;
  api: HallqApi;
  catalog: CatalogReply;
  windowId: string;
  /** The ticket this screen shows as current (what the clerk acts on). */
  current: TicketView | undefined;
  /** The next visitors in call order, to pick from in 选号呼叫. */
  queue: TicketView[];
  now: number;
  /** The number 过号恢复 opens with (a 选号 of a passed number), if any. */
  restoreNumber: string | undefined;
  actions: CallerActions['actions'];
  onClose: () => void;
}) {
  const itemName = (id: string) => catalog.items.find((i) => i.id === id)?.name ?? id;
  return (
    <>
      {dialog === 'pause' ? (
        <PauseDialog
          onClose={onClose}
          onSubmit={(reason, until) => {
            onClose();
            void actions.pause(reason, until);
          }}
        />
      ) : null}
      {dialog === 'transfer' && current ? (
        <TransferDialog
          ticket={current}
          catalog={catalog}
          fromWindowId={windowId}
          onClose={onClose}
          onSubmit={(body) => {
            onClose();
            void actions.transfer(body);
          }}
        />
      ) : null}
      {dialog === 'callTicket' ? (
        <CallTicketDialog
          queue={queue}
          now={now}
          itemName={itemName}
          onClose={onClose}
          onSubmit={(target, reason) => {
            onClose();
            void actions.callTicket(target, reason);
          }}
        />
      ) : null}
      {dialog === 'confirmNoShow' && current ? (
        <NoShowConfirm
          ticket={current}
          onClose={onClose}
          onSubmit={() => {
            onClose();
            void actions.noShow();
          }}
        />
      ) : null}
      {dialog === 'restore' ? (
        <RestoreDialog
          api={api}
          windowId={windowId}
          timeZone={catalog.hall.timeZone}
          initialNumber={restoreNumber}
          itemName={itemName}
          onClose={onClose}
          onSubmit={(ticket, position) => {
            onClose();
            void actions.restore(ticket, position);
          }}
        />
      ) : null}
    </>
  );
}
