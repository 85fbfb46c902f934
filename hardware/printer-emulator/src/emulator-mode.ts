/** Fault modes the emulator can be put in, from tests (setMode) or HTTP (POST /mode). */

export interface EmulatorMode {
  paperOut?: boolean;
  paperNearEnd?: boolean;
  coverOpen?: boolean;
  /** Refuse TCP connections, as a printer that is switched off or unplugged. */
  offline?: boolean;
  /** Handle every incoming chunk this many ms late, answers to DLE EOT included. */
  slowMs?: number;
  /** Drop the connection part-way through every job. */
  dropMidJob?: boolean;
  /** Drop the connection part-way through the next N jobs only, then print normally. */
  dropNext?: number;
}

const FLAGS = ['paperOut', 'paperNearEnd', 'coverOpen', 'offline', 'dropMidJob'] as const;
const COUNTS = ['slowMs', 'dropNext'] as const;

/** Validate untrusted input (an HTTP body). Throws an Error naming the bad field. */
export function parseMode(value: unknown): EmulatorMode {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('mode must be a JSON object');
  }
  const input = value as Record<string, unknown>;
  const mode: EmulatorMode = {};
  for (const key of Object.keys(input)) {
    if (
      !(FLAGS as readonly string[]).includes(key) &&
      !(COUNTS as readonly string[]).includes(key)
    ) {
      throw new Error(`unknown mode field "${key}"`);
    }
  }
  for (const key of FLAGS) {
    const flag = input[key];
    if (flag === undefined) continue;
    if (typeof flag !== 'boolean') throw new Error(`${key} must be true or false`);
    if (flag) mode[key] = true;
  }
  for (const key of COUNTS) {
    const count = input[key];
    if (count === undefined) continue;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 600_000) {
      throw new Error(`${key} must be a whole number from 0 to 600000`);
    }
    if (count > 0) mode[key] = count;
  }
  return mode;
}
