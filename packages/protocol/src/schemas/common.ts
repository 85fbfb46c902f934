import { Type, type Static } from 'typebox';
import { ERRORS } from '../error-codes';

/** An id in a path or body: short, printable, no surprises. */
export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.:-]+$' });

export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });
export type IdParams = Static<typeof IdParams>;

/** Idempotency-Key header (optional on every write route that creates or acts). */
export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({ minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9_.:-]+$' }),
  ),
});

export const ErrorBody = Type.Object({
  error: Type.Object({
    code: Type.String({ description: `One of: ${Object.keys(ERRORS).join(', ')}` }),
    message: Type.String({ description: 'zh-CN message for the screen' }),
    messageEn: Type.String(),
    details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  }),
});
export type ErrorBody = Static<typeof ErrorBody>;

export const EmptyBody = Type.Union([
  Type.Object({}, { additionalProperties: false }),
  Type.Null(),
]);
