/**
 * `pnpm hallq` when a server holds the data directory's lock but does not
 * answer: a coded refusal at once (without waiting on the database it
 * holds), and nothing is written; `seed` is refused while a server holds
 * the directory at all.
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../store/open-database';
import { LOCK_FILE } from '../data-dir-lock';
import { seededDataDir } from '../../test/test-hall';
import { hallq, SLOW, tempDirs } from '../../test/hallq-cli';

/** Staff, devices and events in the data directory's database: any write changes it. */
const count = (dataDir: string) => {
  const db = openDatabase(path.join(dataDir, 'hallq.sqlite'));
  try {
    return db
      .prepare(
        `SELECT (SELECT COUNT(*) FROM staff) + (SELECT COUNT(*) FROM devices) + (SELECT COUNT(*) FROM events) AS n`,
      )
      .get();
  } finally {
    db.close();
  }
};

describe('pnpm hallq (CLI)', () => {
  const dir = tempDirs();

  it(
    'a server holds the data directory but does not answer: a coded refusal at once, nothing written; seed is refused too',
    async () => {
      const dataDir = dir(seededDataDir());
      // A port nobody listens on.
      const port = await new Promise<number>((resolve) => {
        const s = createServer().listen(0, '127.0.0.1', () => {
          const p = (s.address() as { port: number }).port;
          s.close(() => resolve(p));
        });
      });
      // This test process stands for the server: a live PID holding the lock.
      writeFileSync(
        path.join(dataDir, LOCK_FILE),
        JSON.stringify({
          pid: process.pid,
          role: 'server',
          host: hostname(),
          startedAt: Date.now(),
          url: `http://127.0.0.1:${port}`,
        }),
      );
      const before = count(dataDir);
      // And the database is mid-write: a CLI that touched it would wait out
      // busy_timeout and fail with SQLITE_BUSY, not answer the refusal below.
      const writer = openDatabase(path.join(dataDir, 'hallq.sqlite'));
      writer.prepare('BEGIN IMMEDIATE').run();
      const refused = await hallq(
        dataDir,
        [
          'create-staff',
          '--username',
          'lisi',
          '--name',
          '李四',
          '--role',
          'clerk',
          '--site',
          'district',
        ],
        'Ls-2026-hall\n',
      );
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        new RegExp(
          `HALLQ_E_SERVER_UNREACHABLE: a hallq server \\(pid ${process.pid}\\) holds .* but does not answer at http://127\\.0\\.0\\.1:${port}: nothing was written`,
        ),
      );
      writer.prepare('ROLLBACK').run();
      writer.close();
      const seed = await hallq(dataDir, ['seed', '--demo']);
      expect(seed.code).toBe(1);
      expect(seed.stderr).toMatch(
        /HALLQ_E_DATA_DIR_LOCKED: a hallq server .* stop the server first/,
      );
      expect(count(dataDir)).toEqual(before);
    },
    SLOW,
  );
});
