import ExcelJS from 'exceljs';
import { certificatePng } from '../../../_local/seed/certificate-image';
import { amountValue, policyColumns, tableHeaders, yearScope } from '../../../../shared/registers';
import { getPolicy, listPolicies } from '../../../../shared/policies';
import type { ProgressReport } from '../../../../shared/schemas/progress-report';
import { collections } from '../../../../shared/schemas/domain/collections';
import { resolveCaller } from '../../auth/resolve-caller';
import { stageUpload } from '../records/stage-upload';
import { recordIn, submitAs } from '../testing/flows';
import { openWorld, recordInput, rid, type Who, type World } from '../testing/world';
import type { ExportData } from '../../../../shared/schemas/api/registers';

let w: World;
beforeEach(async () => { w = await openWorld(); });
afterEach(async () => { await w.close(); });

const publish = () => w.ok('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026' }, 'zoe');

async function approved(who: Who, over: Record<string, unknown>, reviewer: Who = 'oscar') {
  const r = await submitAs(w, who, over);
  await w.ok('review', { action: 'approve', recordId: r.id, version: r.version }, reviewer);
  return r;
}

async function openBook(data: ExportData): Promise<ExcelJS.Workbook> {
  const bytes = await w.files.get(data.fileId);
  if (!bytes) throw new Error('file missing');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

/** Every non-empty cell of a sheet as "A1=value" lines. */
function cells(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => { if (c.value !== null && c.value !== undefined && !(c.isMerged && c.master !== c)) out.push(`${c.address}=${JSON.stringify(c.value)}`); }));
  return out;
}

type School = { teachers: { teacherId: string; name: string; report: ProgressReport }[] };

describe('registers: 学分登记卡 and 学分统计表', () => {
  beforeEach(async () => {
    await publish();
    await approved('alice', { hours: 30, content: '专业', topic: '班级管理' });
    await approved('alice', { hours: 12, content: '公需', title: '师德师风专题', certificateNo: 'TY-2026-001', startDate: '2026-05-01', endDate: '2026-05-02' });
    await approved('bob', { hours: 8 });
    await submitAs(w, 'bob', { hours: 50, title: '还在审核的培训' });
  });

  it('a card per teacher: records with the engine\'s credits, totals per policy category, signature boxes, who exported', async () => {
    const data = await w.ok<ExportData>('registers', { action: 'card', year: 2026 }, 'paula');
    expect(data.export).toMatchObject({ kind: 'card', kindLabel: '学分登记卡', schoolId: 's1', schoolName: '第一小学', exportedByName: 'paula', teacherCount: 3, year: 2026 });
    expect(data.url).toBe(`/files/${data.fileId}`);
    expect(data.export.fileName).toMatch(/^第一小学_学分登记卡_2026年度_20260601-1000\.xlsx$/);
    const book = await openBook(data);
    expect(book.worksheets.map((s) => s.name)).toEqual(['alice', 'bob', 'paula']);
    const school = await w.ok<School>('progress', { action: 'school', schoolId: 's1', year: 2026 }, 'paula');
    const alice = book.getWorksheet('alice')!;
    expect(alice.getCell('A1').value).toBe('通榆县教师全员培训学分登记卡（2026 年度）');
    expect(alice.getRow(4).values).toEqual([undefined, '序号', '培训项目', '主办单位', '形式', '级别', '起止时间', '学时', '学分', '计入类别', '证书编号', '备注']);
    expect(alice.getCell('B5').value).toBe('2026 年县级骨干教师集中培训');
    expect(alice.getCell('B6').value).toBe('师德师风专题');
    expect(alice.getCell('J6').value).toBe('TY-2026-001');
    expect(alice.getCell('G5').value).toBe(30);
    // Category totals: the card's 计入 column equals the engine's figure for every category of the year.
    const report = school.teachers.find((t) => t.teacherId === 'alice')!.report;
    const scope = yearScope(report, 2026)!;
    const texts = cells(alice).join('\n');
    for (const c of scope.categories) {
      const row = alice.getColumn(1).values.findIndex((v) => typeof v === 'string' && v.trim() === c.name);
      expect(row).toBeGreaterThan(0);
      expect(alice.getCell(row, 7).value).toBe(amountValue(c.earned));
    }
    expect(texts).toContain('学校审核意见');
    expect(texts).toContain('盖章');
    expect(texts).toMatch(/导出人：paula　导出时间：2026-06-01 10:00（北京时间）.*第 1 版/);
    expect(alice.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '4:4' });
    // The pending record of bob is not on his card.
    expect(cells(book.getWorksheet('bob')!).join('\n')).not.toContain('还在审核的培训');
    // Logged, with an audit entry naming the school.
    const log = await w.store.find(collections.exports, {});
    expect(log).toHaveLength(1);
    expect(await w.store.find(collections.audit, { action: 'registers.export' })).toEqual([expect.objectContaining({ schoolId: 's1', targetId: data.export.id })]);
  });

  it('a 统计表 row per teacher with one column per policy category, equal to the engine\'s report', async () => {
    const data = await w.ok<ExportData>('registers', { action: 'school-table', schoolId: 's1', year: 2026 }, 'zoe');
    const ws = (await openBook(data)).worksheets[0]!;
    const policy = getPolicy('tongyu-2026')!;
    const headers = tableHeaders(policy);
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(headers);
    const school = await w.ok<School>('progress', { action: 'school', schoolId: 's1', year: 2026 }, 'zoe');
    const names = ['alice', 'bob', 'paula'];
    names.forEach((name, i) => {
      const row = ws.getRow(4 + i);
      expect(row.getCell(2).value).toBe(name);
      const scope = yearScope(school.teachers.find((t) => t.name === name)!.report, 2026)!;
      for (const c of scope.categories) expect(row.getCell(headers.findIndex((h) => h.endsWith(c.name)) + 1).value).toBe(amountValue(c.earned));
      expect(row.getCell(headers.indexOf(policy.total.name) + 1).value).toBe(amountValue(scope.total.earned));
    });
    expect(cells(ws).join('\n')).toMatch(/填表人.*\n?.*校长签字/);
  });

  it('is reproducible: the same data gives the same cells; only the footer names another exporter or time', async () => {
    const a = await openBook(await w.ok<ExportData>('registers', { action: 'card', schoolId: 's1' }, 'zoe'));
    const b = await openBook(await w.ok<ExportData>('registers', { action: 'card', schoolId: 's1' }, 'zoe'));
    expect(a.worksheets.map(cells)).toEqual(b.worksheets.map(cells));
    w.now = '2026-06-02T03:00:00.000Z';
    const c = await openBook(await w.ok<ExportData>('registers', { action: 'card', schoolId: 's1' }, 'paula'));
    const diff = a.worksheets.flatMap((s, i) => cells(s).filter((line) => !cells(c.worksheets[i]!).includes(line)));
    expect(diff.length).toBe(3);
    expect(diff.every((line) => line.includes('导出人'))).toBe(true);
  });

  it('one teacher\'s card only', async () => {
    const data = await w.ok<ExportData>('registers', { action: 'card', schoolId: 's1', teacherId: 'bob' }, 'oscar');
    expect((await openBook(data)).worksheets.map((s) => s.name)).toEqual(['bob']);
    expect(data.export).toMatchObject({ teacherId: 'bob', teacherCount: 1 });
    expect(await w.call('registers', { action: 'card', schoolId: 's1', teacherId: 'carol' }, 'oscar')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('the county table: a summary sheet and one sheet per school', async () => {
    const data = await w.ok<ExportData>('registers', { action: 'county-table' }, 'zoe');
    const book = await openBook(data);
    expect(book.worksheets.map((s) => s.name)).toEqual(['全县汇总', '第一小学', '第二中学']);
    const sum = book.getWorksheet('全县汇总')!;
    expect(sum.getCell('B4').value).toBe('第一小学');
    expect(sum.getCell('C4').value).toBe(3);
    expect(sum.getCell('C5').value).toBe(2);
    expect(data.export).toMatchObject({ kind: 'county-table', schoolId: null, teacherCount: 5 });
  });

  it.each([
    ['a teacher', 'alice', { action: 'card' }, 'FORBIDDEN'],
    ['another school\'s principal', 'quinn', { action: 'card', schoolId: 's1' }, 'FORBIDDEN'],
    ['another county\'s admin', 'yara', { action: 'school-table', schoolId: 's1' }, 'FORBIDDEN'],
    ['a principal, county table', 'paula', { action: 'county-table' }, 'FORBIDDEN'],
    ['an admin naming no school', 'zoe', { action: 'card' }, 'INVALID_INPUT'],
    ['a year without policy', 'paula', { action: 'card', year: 2030 }, 'NOT_FOUND'],
    ['credits in the event', 'paula', { action: 'card', credits: 5 }, 'INVALID_INPUT'],
  ] as const)('%s → %s, nothing written', async (_n, who, event, code) => {
    const before = await w.counts();
    expect(await w.call('registers', event, who)).toMatchObject({ ok: false, error: { code } });
    expect(await w.counts()).toEqual(before);
  });

  it('the export log: newest first, a school sees its own, the county all', async () => {
    await w.ok('registers', { action: 'card', schoolId: 's1' }, 'zoe');
    w.now = '2026-06-01T03:00:00.000Z';
    await w.ok('registers', { action: 'school-table', schoolId: 's2' }, 'zoe');
    const county = await w.ok<{ items: { kind: string; schoolName: string }[]; total: number }>('registers', { action: 'exports' }, 'zoe');
    expect(county.items.map((i) => [i.kind, i.schoolName])).toEqual([['school-table', '第二中学'], ['card', '第一小学']]);
    const school = await w.ok<{ total: number }>('registers', { action: 'exports' }, 'paula');
    expect(school.total).toBe(1);
    expect(await w.call('registers', { action: 'exports', schoolId: 's2' }, 'paula')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('registers.my-archive', () => {
  it('her card, all her records of the year and her photos embedded in one workbook', async () => {
    await publish();
    const deps = w.deps('alice');
    const up = await stageUpload(deps, await resolveCaller(deps), certificatePng(1, 300, 200));
    const r = await w.ok<{ record: { id: string; version: number } }>('records', { action: 'submit', requestId: rid(), record: recordInput({ hours: 10 }), uploadIds: [up.uploadId] }, 'alice');
    await w.ok('review', { action: 'approve', recordId: r.record.id, version: r.record.version }, 'paula');
    await recordIn(w, 'returned');
    const data = await w.ok<ExportData>('registers', { action: 'my-archive' }, 'alice');
    expect(data.export).toMatchObject({ kind: 'my-archive', teacherId: 'alice', kindLabel: '个人电子学习档案' });
    const book = await openBook(data);
    expect(book.worksheets.map((s) => s.name)).toEqual(['登记卡', '我的记录', '证书照片']);
    expect(book.getWorksheet('证书照片')!.getImages()).toHaveLength(1);
    const list = cells(book.getWorksheet('我的记录')!).join('\n');
    expect(list).toContain('已通过');
    expect(list).toContain('已退回');
    expect(list).toContain('证书照片不清楚');
    expect(await w.call('registers', { action: 'my-archive' }, 'zoe')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('registers.audit', () => {
  it('a school reads its own actions, the county everything; filters by action and Beijing date', async () => {
    await publish();
    await approved('alice', { hours: 6 }, 'paula');
    await approved('carol', { hours: 6 }, 'quinn');
    await w.ok('registers', { action: 'school-table', schoolId: 's1' }, 'paula');
    type Audit = { items: { action: string; actorName: string; targetLabel: string; schoolName: string | null }[]; total: number };
    const county = await w.ok<Audit>('registers', { action: 'audit' }, 'zoe');
    expect(county.items.map((i) => i.action)).toEqual(expect.arrayContaining(['policy.publish', 'records.submit', 'review.approve', 'registers.export']));
    const school = await w.ok<Audit>('registers', { action: 'audit' }, 'paula');
    expect(school.items.every((i) => i.schoolName === '第一小学')).toBe(true);
    expect(school.items.find((i) => i.action === 'review.approve')).toMatchObject({ actorName: 'paula', targetLabel: '2026 年县级骨干教师集中培训' });
    const approvals = await w.ok<Audit>('registers', { action: 'audit', actions: ['review.approve'] }, 'zoe');
    expect(approvals.total).toBe(2);
    expect((await w.ok<Audit>('registers', { action: 'audit', from: '2026-06-02' }, 'zoe')).total).toBe(0);
    expect((await w.ok<Audit>('registers', { action: 'audit', from: '2026-06-01', to: '2026-06-01' }, 'zoe')).total).toBe(county.total);
    expect(await w.call('registers', { action: 'audit' }, 'alice')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.call('registers', { action: 'audit', schoolId: 's2' }, 'paula')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.call('registers', { action: 'audit', schoolId: 's1' }, 'yara')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('days that do not exist, or a range ending before it starts, are INVALID_INPUT with a Chinese message', async () => {
    await publish();
    const refused = async (dates: Record<string, string>, text: string) => {
      const res = await w.call('registers', { action: 'audit', ...dates }, 'zoe');
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect((res as { error: { message: string } }).error.message).toContain(text);
    };
    await refused({ from: '2026-13-45' }, '日期 2026-13-45 不存在');
    // Not quietly read as 3 月 3 日 (Feb 31 rolled over).
    await refused({ from: '2026-02-31' }, '日期 2026-02-31 不存在');
    await refused({ from: '2026-06-02', to: '2026-06-01' }, '截止日期不能早于起始日期');
  });
});

describe('the same export serves all five policies', () => {
  it.each(listPolicies().map((p) => [p.id, p.years[0]!] as const))('%s (%i): columns from the policy, figures equal to the engine', async (policyId, year) => {
    const admin: Who = 'zoe';
    await w.ok('policy', { action: 'publish', year, policyId }, admin);
    const dates = { startDate: `${year}-03-01`, endDate: `${year}-03-03` };
    await approved('alice', { ...dates, hours: 24 });
    await approved('alice', { ...dates, hours: 12, form: '网络', level: '省', content: '公需', title: '网络研修' });
    await approved('bob', { ...dates, hours: 40, form: '校本', level: '校', title: '校本研修' });
    const policy = getPolicy(policyId)!;
    const table = (await openBook(await w.ok<ExportData>('registers', { action: 'school-table', schoolId: 's1', year }, admin))).worksheets[0]!;
    const headers = tableHeaders(policy);
    expect((table.getRow(3).values as unknown[]).slice(1)).toEqual(headers);
    const school = await w.ok<School>('progress', { action: 'school', schoolId: 's1', year }, admin);
    for (const t of school.teachers) {
      const row = [4, 5, 6].map((n) => table.getRow(n)).find((r) => r.getCell(2).value === t.name)!;
      const scope = yearScope(t.report, year)!;
      const cols = policyColumns(policy);
      cols.forEach((c, i) => {
        const r = scope.categories.find((x) => x.id === c.id);
        expect(row.getCell(4 + i).value).toBe(r ? amountValue(r.earned) : '—');
      });
      expect(row.getCell(4 + cols.length).value).toBe(amountValue(scope.total.earned));
    }
    const cards = await openBook(await w.ok<ExportData>('registers', { action: 'card', schoolId: 's1', year }, admin));
    expect(cards.worksheets.map((s) => s.name)).toEqual(['alice', 'bob', 'paula']);
    expect(cards.getWorksheet('alice')!.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1 });
  });
});
