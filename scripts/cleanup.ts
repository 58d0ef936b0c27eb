/**
 * `npm run cleanup [-- --dry-run] [--json]`: removes expired staged uploads,
 * `.part` leftovers and stored files nothing references from the local data
 * folder (DATA_DIR, default `.data`). `--dry-run` prints what it would delete
 * and deletes nothing. The local server also runs this on start and daily.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createSqliteDocumentStore } from '../cloudfunctions/_core/adapters/local/sqlite-document-store';
import { describeCleanup } from '../cloudfunctions/_core/use-cases/maintenance/cleanup-report';
import { cleanUpLocal } from '../cloudfunctions/_local/cleanup-schedule';
import { domainIndexes } from '../shared/schemas/domain/indexes';

async function main(argv: string[]): Promise<void> {
  const unknown = argv.filter((a) => !['--dry-run', '--json'].includes(a));
  if (unknown.length > 0) {
    console.error(`不认识的参数：${unknown.join(' ')}。用法：npm run cleanup -- [--dry-run] [--json]`);
    process.exit(2);
  }
  const dataDir = path.resolve(process.env.DATA_DIR ?? '.data');
  const file = path.join(dataDir, 'credits.sqlite');
  if (!existsSync(file)) {
    console.error(`没有找到本地数据：${file}（先运行 npm start）。`);
    process.exit(1);
  }
  const store = createSqliteDocumentStore({ file, indexes: domainIndexes });
  try {
    const report = await cleanUpLocal(store, dataDir, { dryRun: argv.includes('--dry-run') });
    console.log(argv.includes('--json') ? JSON.stringify(report, null, 2) : describeCleanup(report));
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error('清理失败：', err instanceof Error ? err.message : err);
  process.exit(1);
});
