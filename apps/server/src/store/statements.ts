/**
 * Statements prepared once per connection and text. Preparing costs SQLite a
 * parse and a plan each time (tens to hundreds of µs); a path run per
 * request or per event (a token resolved, a rating recorded) asks for the
 * same few texts again and again. The texts are the code's own constants,
 * so the map stays small.
 */
import type Database from 'better-sqlite3';

export function statementCache(db: Database.Database): (text: string) => Database.Statement {
  const statements = new Map<string, Database.Statement>();
  return (text) => {
    let statement = statements.get(text);
    if (!statement) {
      statement = db.prepare(text);
      statements.set(text, statement);
    }
    return statement;
  };
}
