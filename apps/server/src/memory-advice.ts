/**
 * A sign-in's scrypt (N = 2^14, r = 8) mallocs a 16 MiB buffer. glibc
 * answers the first with mmap and, when it is freed, raises its mmap
 * threshold above that size; every later buffer then comes from a malloc
 * arena, and freeing it keeps the memory resident. On a hall server each
 * morning's sign-ins (and the demo hall's first start, which hashes 122
 * passwords) leave 60–120 MB that no request uses again (RESULTS.md).
 *
 * A fixed threshold (`MALLOC_MMAP_THRESHOLD_`, read by glibc when the
 * process starts, so it cannot be set from here) keeps such buffers mapped
 * and gives them back when freed. `pnpm start` sets it; a server started
 * another way is told how once, at boot.
 */

/**
 * The threshold `pnpm start` and the README give glibc: its own default,
 * 128 KiB, held fixed. 8 MiB (just below scrypt's buffer) gave the buffers
 * back too, but after the bench's 5,000 screens and simulated day the
 * server held 272 MB at 8 MiB, 277 MB unset and 148 MB at 128 KiB: the
 * dynamic threshold's rise sends every mid-sized buffer to the arenas.
 */
export const MMAP_THRESHOLD_BYTES = 128 * 1024;

export interface Runtime {
  platform: NodeJS.Platform;
  /** glibc's version when the process runs on glibc (process.report's header), else undefined. */
  glibc: string | undefined;
  env: Record<string, string | undefined>;
}

/** The boot log's advice, or undefined when the allocator already returns the buffers. */
export function scryptMemoryAdvice(rt: Runtime): string | undefined {
  if (rt.platform !== 'linux' || !rt.glibc) return undefined;
  if (rt.env.MALLOC_MMAP_THRESHOLD_) return undefined;
  if ((rt.env.GLIBC_TUNABLES ?? '').includes('glibc.malloc.mmap_threshold=')) return undefined;
  return (
    `MALLOC_MMAP_THRESHOLD_ is not set: glibc ${rt.glibc} keeps each sign-in's 16 MiB password hash buffer resident after it is freed. ` +
    `Start the server with MALLOC_MMAP_THRESHOLD_=${MMAP_THRESHOLD_BYTES} in its environment (README, "Running for real").`
  );
}

/** This process's runtime, for scryptMemoryAdvice (process.report takes ~10 ms: call it after listening). */
export function currentRuntime(): Runtime {
  const report = process.report?.getReport() as
    { header?: { glibcVersionRuntime?: string } } | undefined;
  return {
    platform: process.platform,
    glibc: report?.header?.glibcVersionRuntime,
    env: process.env,
  };
}
