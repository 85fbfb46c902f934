/** The SQLite database, opened once per app and closed with it. */
import fp from 'fastify-plugin';
import type Database from 'better-sqlite3';
import { openDatabase } from '../store/open-database';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database.Database;
  }
}

export default fp<{ file: string }>(
  async (app, opts) => {
    const db = openDatabase(opts.file);
    app.decorate('db', db);
    app.addHook('onClose', async () => {
      // A group still open at shutdown (store/group-commit.ts) is committed, not dropped.
      if (db.inTransaction) db.exec('COMMIT');
      db.close();
    });
  },
  { name: 'database' },
);
