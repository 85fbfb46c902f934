/**
 * 办事指南 (office guide) of an item, as PATCH /items/:id `guide` sets it and
 * /catalog lists it (the core's ItemGuide). 事项编码, 事项类型, 承诺时限 and
 * 即办件 are the item's own fields (code, category, promisedDays, onTheSpot).
 */
import { Type, type Static } from 'typebox';

const Text = (maxLength: number) => Type.String({ maxLength });

export const GuideMaterial = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    /** 原件, 复印件, or 原件及复印件. */
    form: Type.Union([Type.Literal('original'), Type.Literal('copy'), Type.Literal('both')]),
    copies: Type.Integer({ minimum: 0, maximum: 20 }),
    required: Type.Boolean(),
    notes: Type.Optional(Text(200)),
  },
  { additionalProperties: false },
);
export type GuideMaterial = Static<typeof GuideMaterial>;

export const ItemGuide = Type.Object(
  {
    implementer: Type.Optional(Text(100)),
    legalBasis: Type.Optional(Text(1000)),
    conditions: Type.Optional(Text(1000)),
    materials: Type.Array(GuideMaterial, { maxItems: 40 }),
    process: Type.Optional(Text(1000)),
    legalDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 365 })),
    /** Absent: 不收费. */
    fee: Type.Optional(
      Type.Object(
        { amount: Type.String({ minLength: 1, maxLength: 100 }), basis: Text(300) },
        { additionalProperties: false },
      ),
    ),
    place: Type.Optional(Text(200)),
    hours: Type.Optional(Text(200)),
    consultPhone: Type.Optional(Type.String({ maxLength: 40, pattern: '^[0-9 ()+-]*$' })),
    complaintPhone: Type.Optional(Type.String({ maxLength: 40, pattern: '^[0-9 ()+-]*$' })),
  },
  { additionalProperties: false },
);
export type ItemGuide = Static<typeof ItemGuide>;
