// Database.warmGate: one caller at a time sends a statement Neo4j has not planned yet; once it ran, everyone does.
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from './database.ts';

// Never connects: warmGate only keeps account of what ran.
const db = new Database(neo4j.driver('bolt://127.0.0.1:1'), { database: 'neo4j', queryTimeoutMs: 1_000 });
afterAll(() => db.close());

describe('warmGate', () => {
  it('lets one caller at a time through while cold, everyone once it ran, and the next caller after a failure', () => {
    const first = db.warmGate('organizations-page-nested');
    expect(first).not.toBeNull();
    expect(db.warmGate('organizations-page-nested')).toBeNull();
    first!(false);
    const second = db.warmGate('organizations-page-nested');
    expect(second).not.toBeNull();
    expect(db.warmGate('organizations-page-nested')).toBeNull();
    second!(true);
    expect(db.warmGate('organizations-page-nested')).not.toBeNull();
    expect(db.warmGate('organizations-page-nested')).not.toBeNull();
    // Each statement has its own turn.
    expect(db.warmGate('organizations-page-by-name-nested')).not.toBeNull();
  });
});
