/** The outcome of one print job: ok, or a code the kiosk can act on and a message staff can read. */

export type PrintErrorCode = 'PRINTER_OFFLINE' | 'PAPER_OUT' | 'TIMEOUT';

export type PrintResult =
  | {
      ok: true;
      /** Printed, but the roll is nearly used up: tell the staff before it runs out. */
      warning?: 'paperNearEnd';
    }
  | {
      ok: false;
      code: PrintErrorCode;
      /** Plain zh-CN for the visitor or the staff. */
      message: string;
      /** Technical cause for the log (English, may name hosts and errno codes). */
      detail?: string;
    };

export function printError(code: PrintErrorCode, message: string, detail?: string): PrintResult {
  return detail === undefined ? { ok: false, code, message } : { ok: false, code, message, detail };
}
