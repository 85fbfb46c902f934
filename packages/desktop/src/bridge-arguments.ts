/**
 * Runtime shapes of what a renderer may send over the bridge. The sender is
 * already checked, but the page is web content: its arguments are validated
 * before they reach a device driver.
 */
import type { BRIDGE_CHANNELS, TicketPrintData } from '@hallq/protocol';
import { Type, type Static, type TSchema } from 'typebox';

export const TicketPrintDataSchema = Type.Object(
  {
    hallName: Type.String({ maxLength: 200 }),
    unitName: Type.String({ maxLength: 200 }),
    itemName: Type.String({ maxLength: 500 }),
    number: Type.String({ minLength: 1, maxLength: 32 }),
    ahead: Type.Integer({ minimum: 0 }),
    issuedAt: Type.Number(),
    timeZone: Type.String({ minLength: 1, maxLength: 64 }),
    statusUrl: Type.String({ maxLength: 2000 }),
    priority: Type.Optional(Type.Boolean()),
    /** Where to wait, printed under the item: 'A区'. */
    zone: Type.Optional(Type.String({ maxLength: 100 })),
    /** The windows serving the ticket: '5–8'. */
    windows: Type.Optional(Type.String({ maxLength: 200 })),
    /** 一次性告知: the item's 申请材料. */
    materials: Type.Optional(
      Type.Array(
        Type.Object(
          {
            name: Type.String({ maxLength: 200 }),
            form: Type.Union([
              Type.Literal('original'),
              Type.Literal('copy'),
              Type.Literal('both'),
            ]),
            copies: Type.Integer({ minimum: 1, maximum: 99 }),
            required: Type.Boolean(),
          },
          { additionalProperties: false },
        ),
        { maxItems: 40 },
      ),
    ),
  },
  { additionalProperties: false },
);

/**
 * Fails to compile when the schema and the protocol's TicketPrintData drift
 * apart. Exact equality: mutual assignability would miss an optional field
 * added on one side only, and the schema refuses unknown keys at run time.
 */
type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const _schemaMatchesProtocol: Same<Static<typeof TicketPrintDataSchema>, TicketPrintData> = true;

export type BridgeMethod = keyof typeof BRIDGE_CHANNELS;

/** The argument list each bridge method accepts, as a tuple schema. */
export const BRIDGE_ARGUMENTS: { readonly [M in BridgeMethod]: TSchema } = {
  getConfig: Type.Tuple([]),
  printTicket: Type.Tuple([TicketPrintDataSchema]),
  printerStatus: Type.Tuple([]),
};
