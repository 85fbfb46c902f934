/**
 * The SQLite database, opened once per app and closed with it. The server's
 * connection commits with synchronous=NORMAL and flushes the WAL off the
 * event loop before anything is acknowledged (store/wal-sync.ts); the WAL
 * is copied back into the database file with that file's fsync off the
 * event loop too (store/wal-checkpoint.ts).
 */
import fp from 'fastify-plugin';
import type Database from 'better-sqlite3';
import { openDatabase } from '../store/open-database';
import { WalCheckpoint } from '../store/wal-checkpoint';
import { WalSync } from '../store/wal-sync';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database.Database;
    walSync: WalSync;
  }
}

export default fp<{ file: string }>(
  async (app, opts) => {
    // Opening (migrations, a first build of read models) runs with FULL.
    const db = openDatabase(opts.file);
    db.pragma('synchronous = NORMAL');
    const walSync = new WalSync(db);
    walSync.onError = (err) => app.log.error({ err }, 'sending committed events failed');
    walSync.onFatal = (err) => {
      // The disk refused a flush: nothing more may be acknowledged. A restart
      // recovers exactly what reached the disk.
      app.log.fatal({ err }, 'the database file could not be flushed to disk; stopping');
      process.exit(1);
    };
    const checkpoint = new WalCheckpoint(db, walSync);
    checkpoint.onError = (err) =>
      app.log.error({ err }, 'a WAL checkpoint failed; the next one retries');
    checkpoint.start();
    app.decorate('db', db);
    app.decorate('walSync', walSync);
    app.addHook('onClose', async () => {
      checkpoint.close();
      walSync.close();
      db.close();
      checkpoint.closeFile();
    });
  },
  { name: 'database' },
);
