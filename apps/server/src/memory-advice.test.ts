import { describe, expect, it } from 'vitest';
import { MMAP_THRESHOLD_BYTES, scryptMemoryAdvice } from './memory-advice';

describe('scryptMemoryAdvice: the boot log tells a glibc server how to give scrypt buffers back', () => {
  const glibc = { platform: 'linux' as const, glibc: '2.36' };

  it('advises the fixed mmap threshold on glibc Linux when nothing sets it', () => {
    const advice = scryptMemoryAdvice({ ...glibc, env: {} });
    expect(advice).toContain(`MALLOC_MMAP_THRESHOLD_=${MMAP_THRESHOLD_BYTES}`);
    expect(advice).toContain('glibc 2.36');
  });

  it('is silent when the variable or the glibc tunable sets it', () => {
    expect(
      scryptMemoryAdvice({ ...glibc, env: { MALLOC_MMAP_THRESHOLD_: '131072' } }),
    ).toBeUndefined();
    expect(
      scryptMemoryAdvice({
        ...glibc,
        env: { GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=131072' },
      }),
    ).toBeUndefined();
    // Another tunable alone does not fix the threshold.
    expect(
      scryptMemoryAdvice({ ...glibc, env: { GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' } }),
    ).toBeDefined();
  });

  it('is silent off glibc (musl, Windows, macOS), where the variable means nothing', () => {
    expect(scryptMemoryAdvice({ platform: 'linux', glibc: undefined, env: {} })).toBeUndefined();
    expect(scryptMemoryAdvice({ platform: 'win32', glibc: undefined, env: {} })).toBeUndefined();
    expect(scryptMemoryAdvice({ platform: 'darwin', glibc: undefined, env: {} })).toBeUndefined();
  });
});
