/**
 * Figures for the local SQLite document store (no pass/fail: it prints).
 *   npx tsx scripts/bench/store.ts [records=20000]
 * Measures bulk insert in transactions, indexed and unindexed finds, count,
 * paging through everything, and concurrent read-modify-write transactions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteDocumentStore } from '../../cloudfunctions/_core/adapters/local/sqlite-document-store';

const total = Number(process.argv[2] ?? 20_000);
const schools = 40;

async function timed<T>(label: string, ops: number, fn: () => Promise<T>): Promise<T> {
  const start = process.hrtime.bigint();
  const result = await fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rate = ops > 0 ? `${Math.round((ops / ms) * 1000).toLocaleString('en')} ops/s` : '';
  console.log(`${label.padEnd(48)} ${ms.toFixed(1).padStart(9)} ms  ${rate}`);
  return result;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-store-'));
  const store = createSqliteDocumentStore({
    file: join(dir, 'bench.sqlite'),
    indexes: { records: [['teacherId', 'year'], ['schoolId', 'status']] },
  });
  try {
    console.log(`SQLite document store, ${total.toLocaleString('en')} records, ${schools} schools\n`);
    await timed(`insert ${total} (transactions of 500)`, total, async () => {
      for (let start = 0; start < total; start += 500) {
        await store.transaction(async (tx) => {
          for (let i = start; i < Math.min(total, start + 500); i += 1) {
            await tx.add('records', {
              teacherId: `t${i % 2000}`, schoolId: `s${i % schools}`, year: 2020 + (i % 6),
              status: ['pending', 'approved', 'returned'][i % 3], hours: (i % 40) + 1, title: `培训记录 ${i}`,
            });
          }
        });
      }
    });
    const queries = 2000;
    await timed(`${queries} indexed finds (teacherId + year)`, queries, async () => {
      for (let q = 0; q < queries; q += 1) await store.find('records', { teacherId: `t${q % 2000}`, year: 2024 });
    });
    await timed(`${queries / 10} indexed finds (schoolId + status=pending)`, queries / 10, async () => {
      for (let q = 0; q < queries / 10; q += 1) await store.find('records', { schoolId: `s${q % schools}`, status: 'pending' });
    });
    await timed('20 unindexed finds (hours >= 39, full scan)', 20, async () => {
      for (let q = 0; q < 20; q += 1) await store.find('records', { hours: { gte: 39 } });
    });
    await timed('count by school (indexed), 200×', 200, async () => {
      for (let q = 0; q < 200; q += 1) await store.count('records', { schoolId: `s${q % schools}`, status: 'approved' });
    });
    await timed('find all, ordered by hours desc', 1, () => store.find('records', {}, { orderBy: [{ field: 'hours', direction: 'desc' }] }));
    await store.set('counters', { _id: 'c', n: 0 });
    const concurrent = 1000;
    await timed(`${concurrent} concurrent read-modify-write transactions`, concurrent, async () => {
      await Promise.all(Array.from({ length: concurrent }, () => store.transaction(async (tx) => {
        const c = await tx.get<{ _id: string; n: number }>('counters', 'c');
        await tx.update('counters', 'c', { n: (c?.n ?? 0) + 1 });
      })));
    });
    const counter = await store.get<{ _id: string; n: number }>('counters', 'c');
    console.log(`\ncounter after concurrent transactions: ${counter?.n} (expected ${concurrent})`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
