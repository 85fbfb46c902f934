/**
 * What every hall event's payload starts with: the site's `seq`, the
 * `siteId` and the time `at`, and the `event` helper that builds a payload
 * schema from them and the event's own fields.
 */
import { Type, type TSchema } from 'typebox';

export const Str = Type.String();
export const Ms = Type.Integer({ description: 'epoch milliseconds' });

export const eventBase = { seq: Type.Integer({ minimum: 1 }), siteId: Str, at: Ms };
/** An event's payload: the common `seq`, `siteId` and `at`, then its own fields. */
export const event = <P extends Record<string, TSchema>>(fields: P, description: string) =>
  Type.Object({ ...eventBase, ...fields }, { description });
