import { describe, expect, it } from 'vitest';
import { newTicketId } from './ticket-id';

describe('ticket ids', () => {
  it('are 96 random bits each, never repeated across refills of the pool', () => {
    const ids = Array.from({ length: 1_000 }, () => newTicketId());
    for (const id of ids) expect(id).toMatch(/^t_[A-Za-z0-9_-]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
