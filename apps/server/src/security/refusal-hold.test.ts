import { describe, expect, it } from 'vitest';
import { RefusalHold } from './refusal-hold';

describe('refused sign-ins are held before their 429', () => {
  it('holds up to the per-address cap, then answers at once; another address is still held', async () => {
    const hold = new RefusalHold({ holdMs: 50, perAddress: 2, overall: 10 });
    const first = [hold.hold('10.0.0.1'), hold.hold('10.0.0.1')];
    expect(hold.held).toBe(2);
    // The third from the same address: no hold, answer now and close.
    expect(await hold.hold('10.0.0.1')).toBe(false);
    const other = hold.hold('10.0.0.2');
    expect(hold.held).toBe(3);
    expect(await Promise.all([...first, other])).toEqual([true, true, true]);
    expect(hold.held).toBe(0);
    // Released: the address may be held again.
    expect(await hold.hold('10.0.0.1')).toBe(true);
  });

  it('the overall cap bounds the sockets held across addresses', async () => {
    const hold = new RefusalHold({ holdMs: 50, perAddress: 5, overall: 3 });
    const held = ['a', 'b', 'c'].map((a) => hold.hold(a));
    expect(await hold.hold('d')).toBe(false);
    expect(await Promise.all(held)).toEqual([true, true, true]);
  });
});
