/**
 * The uploads cleanup: expired staged uploads, `.part` leftovers and stored
 * files nothing names — with a dry run that deletes nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DiskFileStore } from '../../../cloudfunctions/_core/adapters/local/disk-file-store';
import { resolveCaller } from '../../../cloudfunctions/_core/auth/resolve-caller';
import { cleanUpUploads } from '../../../cloudfunctions/_core/use-cases/maintenance/clean-up-uploads';
import { describeCleanup } from '../../../cloudfunctions/_core/use-cases/maintenance/cleanup-report';
import { stageUpload } from '../../../cloudfunctions/_core/use-cases/records/stage-upload';
import { openWorld, recordInput, rid, samples, type World } from '../../../cloudfunctions/_core/use-cases/testing/world';
import { scheduleCleanup } from '../../../cloudfunctions/_local/cleanup-schedule';
import { collections } from '../../../shared/schemas/domain/collections';

jest.setTimeout(30_000);

const repo = join(__dirname, '..', '..', '..');
let w: World;
beforeEach(async () => { w = await openWorld(); });
afterEach(async () => { await w.close(); });

const disk = (): DiskFileStore => w.files as DiskFileStore;
const onDisk = (fileId: string) => existsSync(join(w.dir, 'files', fileId));
const age = (fileId: string, iso: string) => { const t = new Date(iso); utimesSync(join(w.dir, 'files', fileId), t, t); };

/** A world after a day of use and one crash. */
async function scene() {
  const deps = w.deps('alice');
  const caller = await resolveCaller(deps);
  const forgotten = await stageUpload(deps, caller, samples.png); // staged, never used
  const used = await stageUpload(deps, caller, samples.jpeg);
  const sub = await w.ok<{ record: { certificates: { fileId: string }[] } }>('records', { action: 'submit', requestId: rid(), record: recordInput(), uploadIds: [used.uploadId] }, 'alice');
  const forgottenFile = (await w.store.get<{ _id: string; fileId: string }>(collections.uploads, forgotten.uploadId))!.fileId;
  w.now = '2026-06-02T03:00:00.000Z'; // 25 hours later
  const stillStaged = await stageUpload(w.deps('bob'), await resolveCaller(w.deps('bob')), samples.pdf);
  const stillStagedFile = (await w.store.get<{ _id: string; fileId: string }>(collections.uploads, stillStaged.uploadId))!.fileId;
  // A copy whose submit crashed before its transaction, an old raw client upload, and a copy made a minute ago.
  await disk().put('certificates/c1/alice/2026/orphan000000000000000000000000.jpg', samples.jpeg, 'image/jpeg');
  await disk().put('staging/wx-neverregistered.jpg', samples.jpeg, 'image/jpeg');
  await disk().put('certificates/c1/alice/2026/justnow0000000000000000000000.jpg', samples.jpeg, 'image/jpeg');
  for (const id of ['certificates/c1/alice/2026/orphan000000000000000000000000.jpg', 'staging/wx-neverregistered.jpg', sub.record.certificates[0]!.fileId, forgottenFile, stillStagedFile]) {
    age(id, '2026-06-01T01:00:00.000Z');
  }
  age('certificates/c1/alice/2026/justnow0000000000000000000000.jpg', '2026-06-02T02:59:00.000Z');
  // kill -9 in the middle of two writes: one by a process that is gone, one by this very process.
  mkdirSync(join(w.dir, 'files', 'inbox'), { recursive: true });
  writeFileSync(join(w.dir, 'files', 'inbox', '.999999-1-abc.part'), Buffer.alloc(100));
  writeFileSync(join(w.dir, 'files', 'inbox', `.${process.pid}-2-def.part`), Buffer.alloc(50));
  return { forgotten: forgotten.uploadId, forgottenFile, certificate: sub.record.certificates[0]!.fileId, stillStaged: stillStaged.uploadId, stillStagedFile };
}

const options = { isProcessAlive: (pid: number) => pid === process.pid };

describe('cleanUpUploads', () => {
  it('a dry run reports expired uploads, dead .part files and unreferenced copies, and deletes nothing', async () => {
    const s = await scene();
    const before = { docs: await w.counts(), files: await disk().list(['certificates', 'inbox', 'staging']), parts: await disk().listPartials() };
    const report = await cleanUpUploads({ ...w.deps('anonymous'), inventory: disk() }, { ...options, dryRun: true });
    expect(report.expiredUploads.map((u) => [u.uploadId, u.fileIds])).toEqual([[s.forgotten, [s.forgottenFile]]]);
    expect(report.partialFiles.map((p) => p.path)).toEqual(['inbox/.999999-1-abc.part']);
    expect(report.orphanFiles.map((f) => f.fileId)).toEqual(['certificates/c1/alice/2026/orphan000000000000000000000000.jpg', 'staging/wx-neverregistered.jpg']);
    expect(report.bytes).toBeGreaterThan(0);
    expect({ docs: await w.counts(), files: await disk().list(['certificates', 'inbox', 'staging']), parts: await disk().listPartials() }).toEqual(before);
    const text = describeCleanup(report);
    expect(text).toContain('演练，不删除任何东西');
    expect(text).toContain(`将删除 ${s.forgotten}`);
    expect(text).toContain('将删除 inbox/.999999-1-abc.part');
  });

  it('a real run removes exactly those, keeps what records and live uploads name, and a second run finds nothing', async () => {
    const s = await scene();
    const report = await cleanUpUploads({ ...w.deps('anonymous'), inventory: disk() }, options);
    expect(report).toMatchObject({ dryRun: false, expiredUploads: [{ uploadId: s.forgotten }], partialFiles: [{ path: 'inbox/.999999-1-abc.part' }] });
    expect(report.orphanFiles).toHaveLength(2);
    expect(await w.store.get(collections.uploads, s.forgotten)).toBeNull();
    expect(onDisk(s.forgottenFile)).toBe(false);
    expect(onDisk('inbox/.999999-1-abc.part')).toBe(false);
    expect(onDisk('certificates/c1/alice/2026/orphan000000000000000000000000.jpg')).toBe(false);
    expect(onDisk('staging/wx-neverregistered.jpg')).toBe(false);
    // Kept: the record's certificate, a live staged upload, a copy within its grace minutes, a .part being written.
    expect(onDisk(s.certificate)).toBe(true);
    expect(onDisk(s.stillStagedFile)).toBe(true);
    expect(await w.store.get(collections.uploads, s.stillStaged)).not.toBeNull();
    expect(onDisk('certificates/c1/alice/2026/justnow0000000000000000000000.jpg')).toBe(true);
    expect(onDisk(`inbox/.${process.pid}-2-def.part`)).toBe(true);
    const again = await cleanUpUploads({ ...w.deps('anonymous'), inventory: disk() }, options);
    expect([again.expiredUploads, again.partialFiles, again.orphanFiles]).toEqual([[], [], []]);
  });

  it('without an inventory (CloudBase) it still removes expired staged uploads and says what it could not look at', async () => {
    const s = await scene();
    const report = await cleanUpUploads(w.deps('anonymous'));
    expect(report).toMatchObject({ inventoried: false, expiredUploads: [{ uploadId: s.forgotten }], orphanFiles: [], partialFiles: [] });
    expect(describeCleanup(report)).toContain('无法列出（云存储）');
  });

  it('an expired upload claimed in the meantime is kept', async () => {
    const deps = w.deps('alice');
    const up = await stageUpload(deps, await resolveCaller(deps), samples.png);
    await w.store.update(collections.uploads, up.uploadId, { createdAt: '2026-05-01T00:00:00.000Z', claimedBy: 'r_someone', claimedAt: w.now });
    const report = await cleanUpUploads(w.deps('anonymous'));
    expect(report.expiredUploads).toEqual([]);
    expect(await w.store.get(collections.uploads, up.uploadId)).not.toBeNull();
  });
});

describe('register files an export left behind', () => {
  /** One real export, one register whose export died before logging it (an hour and a half ago), one being written now. */
  async function exportScene() {
    await w.ok('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026' }, 'zoe');
    const made = await w.ok<{ fileId: string }>('registers', { action: 'card', year: 2026 }, 'paula');
    const crashed = 'exports/c1/2026/card-x_crashed0000000000000000000000.xlsx';
    const writing = 'exports/c1/2026/card-x_writing0000000000000000000000.xlsx';
    await disk().put(crashed, samples.pdf, 'application/octet-stream');
    await disk().put(writing, samples.pdf, 'application/octet-stream');
    for (const id of [made.fileId, crashed]) age(id, '2026-05-31T00:00:00.000Z');
    age(writing, w.now);
    return { made: made.fileId, crashed, writing };
  }

  it('a register no export log entry names, older than the grace, is cleaned like other orphans; logged and fresh ones stay', async () => {
    const s = await exportScene();
    const dry = await cleanUpUploads({ ...w.deps('anonymous'), inventory: disk() }, { ...options, dryRun: true });
    expect(dry.orphanFiles.map((f) => f.fileId)).toEqual([s.crashed]);
    expect(onDisk(s.crashed)).toBe(true);
    expect(describeCleanup(dry)).toContain(`将删除 ${s.crashed}`);
    const real = await cleanUpUploads({ ...w.deps('anonymous'), inventory: disk() }, options);
    expect(real.orphanFiles.map((f) => f.fileId)).toEqual([s.crashed]);
    expect([onDisk(s.crashed), onDisk(s.made), onDisk(s.writing)]).toEqual([false, true, true]);
    expect(await w.store.find(collections.exports, { fileId: s.made })).toHaveLength(1);
  });

  it('without an inventory (CloudBase) no register is touched', async () => {
    const s = await exportScene();
    const report = await cleanUpUploads(w.deps('anonymous'));
    expect(report.orphanFiles).toEqual([]);
    expect([onDisk(s.crashed), onDisk(s.made)]).toEqual([true, true]);
  });
});

describe('where the cleanup runs', () => {
  it('the local server runs it at once on start (then daily)', async () => {
    await scene();
    const report = await new Promise<{ expired: number }>((resolve, reject) => {
      const stop = scheduleCleanup(w.store, w.dir, (r) => { stop(); resolve({ expired: r.partialFiles.length }); }, reject);
    });
    expect(report.expired).toBe(1); // the dead writer's .part (uploads are judged by the real clock here)
    expect(onDisk('inbox/.999999-1-abc.part')).toBe(false);
  });

  it('`npm run cleanup -- --dry-run` prints what it would delete and deletes nothing', async () => {
    await scene();
    const old = w;
    await (old.store as unknown as { close(): Promise<void> }).close();
    renameSync(join(old.dir, 'db.sqlite'), join(old.dir, 'credits.sqlite')); // the local server's file name
    w = { ...old, close: async () => rmSync(old.dir, { recursive: true, force: true }) };
    const tsx = join(repo, 'node_modules', '.bin', 'tsx');
    const dry = spawnSync(tsx, ['scripts/cleanup.ts', '--dry-run'], { cwd: repo, env: { ...process.env, DATA_DIR: w.dir }, encoding: 'utf8' });
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('演练，不删除任何东西');
    expect(dry.stdout).toContain('将删除 inbox/.999999-1-abc.part');
    expect(existsSync(join(w.dir, 'files', 'inbox', '.999999-1-abc.part'))).toBe(true);
    const real = spawnSync(tsx, ['scripts/cleanup.ts'], { cwd: repo, env: { ...process.env, DATA_DIR: w.dir }, encoding: 'utf8' });
    expect(real.stdout).toContain('已删除 inbox/.999999-1-abc.part');
    expect(existsSync(join(w.dir, 'files', 'inbox', '.999999-1-abc.part'))).toBe(false);
  });
});

describe('the production timer handler', () => {
  it('runs for the timer (no OPENID) and refuses any signed-in caller', async () => {
    const { cleanupTimer } = await import('../../../cloudfunctions/_core/handlers/cleanup');
    const s = await scene();
    expect(await cleanupTimer({ Type: 'Timer', TriggerName: 'daily' }, w.deps('alice'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.store.get(collections.uploads, s.forgotten)).not.toBeNull();
    expect(await cleanupTimer({ Type: 'Timer', TriggerName: 'daily' }, w.deps('anonymous'))).toMatchObject({ ok: true, data: { expiredUploads: 1, inventoried: false } });
    expect(await w.store.get(collections.uploads, s.forgotten)).toBeNull();
  });

  it('is deployed as its own function but is not in the registry, so the local server never serves it over HTTP', async () => {
    const { functions, isFunctionName, timerFunctionNames } = await import('../../../cloudfunctions/_core/registry');
    expect(timerFunctionNames).toContain('cleanup');
    expect(isFunctionName('cleanup')).toBe(false);
    expect(Object.keys(functions)).not.toContain('cleanup');
  });
});
