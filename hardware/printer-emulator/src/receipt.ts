/** A printed job as structure: what the paper would show, in order. */

export type Align = 'left' | 'center' | 'right';

export interface ReceiptLine {
  text: string;
  align: Align;
  bold: boolean;
  /** Character width multiplier (1 = normal). */
  width: number;
  /** Character height multiplier (1 = normal). */
  height: number;
}

/** Everything on the paper in print order; `lines`, `qrCodes` and `cuts` are views of it. */
export type ReceiptElement =
  | { type: 'line'; line: ReceiptLine }
  | { type: 'qr'; data: string; align: Align; moduleSize: number }
  | { type: 'cut'; partial: boolean };

export interface DecodedReceipt {
  lines: ReceiptLine[];
  qrCodes: string[];
  cuts: number;
  /** The lines' text joined with newlines. */
  text: string;
  elements: ReceiptElement[];
  /** Commands the emulator skipped, e.g. `ESC 0x34`, for spotting what a driver sends. */
  unknownCommands: string[];
}

export interface Receipt extends DecodedReceipt {
  id: number;
  /** Epoch ms when the job's first bytes (status queries included) were handled. */
  startedAt: number;
  /** Epoch ms when the job ended. */
  receivedAt: number;
  /** The emulator dropped the connection mid-job (fault mode): the paper holds only a part. */
  interrupted: boolean;
}
