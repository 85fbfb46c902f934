import { afterEach } from 'vitest';
import type Database from 'better-sqlite3';
import { hallStoreContract } from './hall-store.contract';
import { hallStorePropertyContract } from './hall-store-properties.contract';
import { MemoryHallStore } from './memory-hall-store';
import { openDatabase } from './open-database';
import { SqliteHallStore } from './sqlite-hall-store';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const sqlite = () => {
  const db = openDatabase(':memory:');
  open.push(db);
  return new SqliteHallStore(db);
};
const memory = () => new MemoryHallStore();

hallStoreContract('SQLite', sqlite);
hallStoreContract('in memory', memory);
hallStorePropertyContract('SQLite', sqlite);
hallStorePropertyContract('in memory', memory);
