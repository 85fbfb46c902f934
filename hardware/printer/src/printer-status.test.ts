import { describe, expect, it } from 'vitest';
import { statusFromReplies } from './printer-status';

// Replies as an Epson TM-T88 sends them (fixed bits 0x12 in every byte).
const healthy = { 1: 0x12, 2: 0x12, 4: 0x12 };

describe('statusFromReplies', () => {
  it('reads each condition from the DLE EOT reply bits', () => {
    expect(statusFromReplies(healthy)).toBe('online');
    expect(statusFromReplies({ ...healthy, 4: 0x1e })).toBe('paperNearEnd');
    expect(statusFromReplies({ 1: 0x1a, 2: 0x32, 4: 0x7e })).toBe('paperOut');
    expect(statusFromReplies({ 1: 0x1a, 2: 0x16, 4: 0x12 })).toBe('coverOpen');
    expect(statusFromReplies({ ...healthy, 1: 0x1a })).toBe('offline');
  });

  it('reports paper out from the paper-end sensor alone (printer still online)', () => {
    expect(statusFromReplies({ ...healthy, 4: 0x72 })).toBe('paperOut');
  });
});
