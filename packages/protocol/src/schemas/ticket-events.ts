/**
 * The hall events of a ticket's life: issued, called, recalled, started,
 * finished, 过号, transferred, restored and cancelled. Part of
 * `HallEventSchemas` (hall-events.ts).
 */
import { Type } from 'typebox';
import { event, Str } from './hall-event-base';
import { TicketRef, WindowRef } from './hall-event-refs';

const atWindow = { ticket: TicketRef, window: WindowRef, staffId: Type.Optional(Str) };
const Position = Type.Union([Type.Literal('front'), Type.Literal('back')]);

export const TicketEventSchemas = {
  'ticket.issued': event({ ticket: TicketRef, businessDay: Str }, 'A visitor took a number.'),
  'ticket.called': event(
    { ...atWindow, manualReason: Type.Optional(Str) },
    'A window called a ticket (选号呼叫 when `manualReason` is given). The hall screen shows and speaks it.',
  ),
  'ticket.recalled': event(
    { ...atWindow, recallCount: Type.Integer({ minimum: 1 }) },
    'The window called its ticket again (重呼).',
  ),
  'ticket.started': event(atWindow, 'The visitor arrived and service began (开始办理).'),
  'ticket.finished': event(atWindow, 'Service finished (办结).'),
  'ticket.noShow': event(atWindow, 'The visitor did not come (过号).'),
  'ticket.transferred': event(
    {
      ...atWindow,
      toUnitId: Str,
      toItemId: Str,
      toWindowId: Type.Optional(Str),
      position: Position,
      note: Type.Optional(Type.String({ description: 'why it was sent on (absent: none given)' })),
    },
    'The ticket was sent to another unit or window (转移).',
  ),
  'ticket.restored': event(
    { ticket: TicketRef, staffId: Str, window: Type.Optional(WindowRef), position: Position },
    "过号恢复: a 过号 ticket of the day waits again in its unit's (or target window's) queue; `window` is where a clerk restored it.",
  ),
  'ticket.cancelled': event(
    { ticket: TicketRef, window: Type.Optional(WindowRef) },
    'The ticket was cancelled; `window` is the window that held it (now free), absent for a waiting ticket.',
  ),
} as const;
