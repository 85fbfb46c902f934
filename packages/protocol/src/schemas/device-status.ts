/** What a device reports about itself (printer, voice, faults) and what a kiosk asks about its printer. */
import { Type, type Static } from 'typebox';
import { Id } from './common';

export const DevicePrinterStatus = Type.Union([
  Type.Literal('online'),
  Type.Literal('paperNearEnd'),
  Type.Literal('paperOut'),
  Type.Literal('coverOpen'),
  Type.Literal('offline'),
]);
export type DevicePrinterStatus = Static<typeof DevicePrinterStatus>;

export const VoiceSource = Type.Union([
  Type.Literal('speechSynthesis'),
  Type.Literal('serverTts'),
  Type.Literal('chimeOnly'),
]);
export type VoiceSource = Static<typeof VoiceSource>;

/** POST /devices/me/status */
export const DeviceStatusBody = Type.Object(
  {
    printerStatus: Type.Optional(DevicePrinterStatus),
    voiceSource: Type.Optional(VoiceSource),
    fault: Type.Optional(
      Type.Object(
        {
          code: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Z0-9_]+$' }),
          message: Type.String({ maxLength: 200 }),
          ticketId: Type.Optional(Id),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type DeviceStatusBody = Static<typeof DeviceStatusBody>;

/** GET /devices/me/printer — 'none': printing is local (Electron) or no printer is set. */
export const KioskPrinterReply = Type.Object({
  status: Type.Union([DevicePrinterStatus, Type.Literal('none')]),
});
export type KioskPrinterReply = Static<typeof KioskPrinterReply>;
