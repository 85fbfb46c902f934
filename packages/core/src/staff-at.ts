/** The clerk signed into a window, as an event field (absent when nobody is). */
import type { DecideContext } from './decision';

export function staffAt(ctx: DecideContext, windowId: string): { staffId?: string } {
  const staffId = ctx.state.windows[windowId]?.staffId;
  return staffId === undefined ? {} : { staffId };
}
