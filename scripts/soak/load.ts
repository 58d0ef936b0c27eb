/**
 * Mixed load: teacher clients submit new records and resubmit returned ones;
 * reviewer clients take records from their school's queue and approve or
 * return them (racing each other on purpose). Every write the server
 * acknowledges (ok: true) is logged, to be checked against the database after
 * the kills. While the server is down (`target.url` null) clients wait.
 */
import { post, type CallResult } from './http';
import { envelopeViolation } from './fuzz';

export interface Ack { recordId: string; version: number; status: string; op: 'submit' | 'resubmit' | 'approve' | 'return' }
export interface LoadStats { requests: number; ok: number; refused: Record<string, number>; network: number; ms: number[] }
export interface Target { url: string | null; epoch: number }
interface RecordView { id: string; version: number; status: string }

const training = (n: string) => ({
  title: `压力测试培训 ${n}`, organizer: '通榆县教师进修学校', hours: 1 + (n.length % 7), startDate: '2026-10-10', endDate: '2026-10-11',
  form: '集中', level: '县', content: '专业', topic: '班级管理',
});

export interface LoadContext {
  target: Target;
  acks: Ack[];
  stats: LoadStats;
  violations: string[];
  deadline: number;
  /** Stops workers early (between phases). */
  stopped: () => boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function call(ctx: LoadContext, fn: string, event: Record<string, unknown>, token: string): Promise<CallResult | null> {
  const url = ctx.target.url;
  if (!url) { await sleep(50); return null; }
  const epoch = ctx.target.epoch;
  const res = await post(url, `/api/fn/${fn}`, event, token);
  ctx.stats.requests += 1;
  ctx.stats.ms.push(res.ms);
  if (res.network) {
    ctx.stats.network += 1;
    // Expected only while the server is being killed; otherwise a failure.
    if (ctx.target.epoch === epoch && ctx.target.url === url) ctx.violations.push(`load ${fn}.${String(event.action)}: 服务在运行时连接失败`);
    return null;
  }
  const bad = envelopeViolation(res);
  if (bad) ctx.violations.push(`load ${fn}.${String(event.action)}: ${bad}`);
  if (res.body?.ok) ctx.stats.ok += 1;
  else { const c = res.body?.error?.code ?? '?'; ctx.stats.refused[c] = (ctx.stats.refused[c] ?? 0) + 1; }
  return res;
}

const recordOf = (res: CallResult | null): RecordView | null => (res?.body?.ok ? (res.body.data as { record: RecordView }).record : null);

/** One teacher client: submit, or look at one of her records and resubmit it when returned. */
export async function teacherClient(ctx: LoadContext, token: string, clientNo: number): Promise<void> {
  const mine: string[] = [];
  let n = 0;
  while (Date.now() < ctx.deadline && !ctx.stopped()) {
    n += 1;
    if (mine.length > 0 && Math.random() < 0.5) {
      const id = mine[Math.floor(Math.random() * mine.length)] as string;
      const got = recordOf(await call(ctx, 'records', { action: 'get', recordId: id }, token));
      if (got?.status === 'returned') {
        const done = recordOf(await call(ctx, 'records', { action: 'resubmit', recordId: id, version: got.version, record: training(`${clientNo}-${n} 改`) }, token));
        if (done) ctx.acks.push({ recordId: done.id, version: done.version, status: done.status, op: 'resubmit' });
      }
      continue;
    }
    const requestId = `soak-c${clientNo}-${Date.now().toString(36)}-${n}-${Math.random().toString(36).slice(2, 8)}`;
    const made = recordOf(await call(ctx, 'records', { action: 'submit', requestId, record: training(requestId.slice(5)) }, token));
    if (made) { mine.push(made.id); ctx.acks.push({ recordId: made.id, version: made.version, status: made.status, op: 'submit' }); }
  }
}

/** One reviewer client: take a record from the queue, approve it (70 %) or return it. */
export async function reviewerClient(ctx: LoadContext, token: string, schoolId: string): Promise<void> {
  while (Date.now() < ctx.deadline && !ctx.stopped()) {
    const res = await call(ctx, 'review', { action: 'queue', schoolId, year: 2026, limit: 20 }, token);
    const items = res?.body?.ok ? (res.body.data as { items: RecordView[] }).items : [];
    if (items.length === 0) { await sleep(20); continue; }
    const pick = items[Math.floor(Math.random() * items.length)] as RecordView;
    const approve = Math.random() < 0.7;
    const event = approve ? { action: 'approve', recordId: pick.id, version: pick.version }
      : { action: 'return', recordId: pick.id, version: pick.version, reason: '请补充证书照片' };
    const done = recordOf(await call(ctx, 'review', event, token));
    if (done) ctx.acks.push({ recordId: done.id, version: done.version, status: done.status, op: approve ? 'approve' : 'return' });
  }
}
