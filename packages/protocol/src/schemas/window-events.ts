/**
 * The hall events of a window: signed in (or covered, 顶岗), signed out,
 * paused and resumed. Part of `HallEventSchemas` (hall-events.ts).
 */
import { Type } from 'typebox';
import { event, Str } from './hall-event-base';
import { WindowRef } from './hall-event-refs';
import { StaffBrief } from './windows';

export const WindowEventSchemas = {
  'window.signedIn': event(
    { window: WindowRef, staff: StaffBrief, cover: Type.Optional(Type.Literal(true)) },
    'A clerk opened the window; `cover`: 顶岗, a supervisor covering a window that is not theirs.',
  ),
  'window.signedOut': event({ window: WindowRef }, 'The window closed.'),
  'window.paused': event(
    {
      window: WindowRef,
      reason: Str,
      until: Type.Optional(Type.String({ description: 'expected return, local HH:MM' })),
    },
    'The window paused (暂停服务).',
  ),
  'window.resumed': event({ window: WindowRef }, 'The window resumed.'),
} as const;
