/**
 * A refusal by `pnpm hallq`: a coded error (the server's HALLQ_E_* codes,
 * including the CLI's own HALLQ_E_SERVER_UNREACHABLE and
 * HALLQ_E_DATA_DIR_LOCKED) or a usage mistake, with the exit status the
 * shell sees: 2 for usage, 1 for everything else.
 */
import type { HallqErrorCode } from '@hallq/protocol';

export class CliError extends Error {
  constructor(
    readonly code: HallqErrorCode | 'usage',
    message: string,
  ) {
    super(message);
  }
  get exitCode(): number {
    return this.code === 'usage' ? 2 : 1;
  }
}
