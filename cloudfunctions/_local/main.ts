/**
 * Entry of the local server (`npm start` runs it through scripts/start.mjs).
 * Env: DATA_DIR (default `.data`), PORT (8787), HOST (127.0.0.1), LOCAL_SEED=0 to skip the demo seed,
 * LOCAL_DEMO_PICKER=1 to offer the demo picker to other machines too (off when HOST is not loopback).
 */
import path from 'node:path';
import { listDemoPeople } from './demo-people';
import { describeDemoPeople, describeUnusedCodes } from './banner';
import { seedIfEmpty } from './seed';
import { demoPickerMode } from './demo-picker-gate';
import { createLocalServer } from './server';
import { describeCleanup } from '../_core/use-cases/maintenance/cleanup-report';
import { scheduleCleanup } from './cleanup-schedule';
import { scheduleReminders } from './reminders-schedule';

async function main(): Promise<void> {
  const dataDir = path.resolve(process.env.DATA_DIR ?? '.data');
  const port = Number(process.env.PORT ?? 8787);
  const host = process.env.HOST ?? '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT 不正确：${process.env.PORT}`);

  const demoPicker = demoPickerMode(host, process.env.LOCAL_DEMO_PICKER);
  if (demoPicker === 'off') console.log(`HOST=${host} 不是本机地址：演示选人登录已关闭，请用「姓名 + 绑定码」登录（LOCAL_DEMO_PICKER=1 可强制开启）。`);
  if (demoPicker === 'anywhere' && !['127.0.0.1', '::1', 'localhost'].includes(host)) console.log('注意：LOCAL_DEMO_PICKER=1，局域网内任何人都能以任何人的身份登录，只用于演示。');
  const server = await createLocalServer({ dataDir, port, host, demoPicker });
  if (process.env.LOCAL_SEED !== '0') {
    console.log('正在检查演示数据……');
    const seeded = await seedIfEmpty(server.store, server.files);
    console.log(seeded ? `已生成演示数据：${seeded.summary}` : '沿用已有数据（npm run reset 可清空后重新生成）。');
  }
  // What a crash left behind goes now; expired staged uploads go daily (docs/uploads.md).
  const stopCleanup = scheduleCleanup(server.store, dataDir, (report) => {
    const found = report.expiredUploads.length + report.partialFiles.length + report.orphanFiles.length;
    if (found > 0) console.log(describeCleanup(report, 5));
  }, (err) => console.error('上传清理失败：', err instanceof Error ? err.message : err));
  // Reminders (docs/reminders.md) land in the outbox collection; hourly, idempotent per day.
  const stopReminders = scheduleReminders(server.store, server.files, (r) => {
    const sent = r.gap.sent + r.queue.sent;
    if (sent > 0) console.log(`提醒：学分差额 ${r.gap.sent} 条、待审核 ${r.queue.sent} 条（本地写入 outbox）`);
  }, (err) => console.error('定时提醒失败：', err instanceof Error ? err.message : err));
  const url = await server.listen();
  console.log(`\n师训学分 本地服务已启动：${url}`);
  console.log(`数据目录：${dataDir}（npm run reset 可清空）`);
  console.log(describeDemoPeople(await listDemoPeople(server.store)));
  const codes = await describeUnusedCodes(server.store);
  if (codes) console.log(codes);
  console.log('按 Ctrl+C 停止。');

  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    stopCleanup();
    stopReminders();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  if ((err as { code?: string } | null)?.code === 'EADDRINUSE') {
    console.error(`本地服务启动失败：端口 ${process.env.PORT ?? 8787} 已被占用。可能已经有一个 npm start 在运行；或用 PORT=8788 npm start 换一个端口。`);
    process.exit(1);
  }
  console.error('本地服务启动失败：', err instanceof Error ? err.message : err);
  process.exit(1);
});
