import ExcelJS from 'exceljs';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { ExportData } from '../../../../shared/schemas/api/registers';
import { openWorld, type Who, type World } from '../testing/world';
import { sessionCollections, type AttendanceFacts, type SessionFacts } from './session-facts';

let w: World;
beforeEach(async () => {
  w = await openWorld();
  await w.ok('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026' }, 'zoe');
  for (const s of [xiaoben, county]) await w.store.set(sessionCollections.sessions, s);
  for (const a of attendance) await w.store.set(sessionCollections.attendance, a);
});
afterEach(async () => { await w.close(); });

/** Documents as the training function stores them (training-backend: training_sessions, attendance). */
const base = { assessed: false, passedIds: [], countsActualHours: false, version: 1, createdAt: '2026-05-01T00:00:00.000Z', updatedAt: '2026-05-01T00:00:00.000Z', closedAt: null, closedBy: null, history: [] };
const xiaoben: SessionFacts = {
  ...base, _id: 'sess-xb', countyId: 'c1', schoolId: 's1', organiserId: 'paula', scope: 'school', hours: 3, date: '2026-06-05',
  template: { title: '大单元教学设计校本研修', organizer: '第一小学', form: '校本', level: '校', content: '专业', tags: [] },
  startsAt: '2026-06-05T06:00:00.000Z', endsAt: '2026-06-05T09:00:00.000Z', place: '一小三楼会议室', expected: { schoolIds: [] }, status: 'planned',
};
const county: SessionFacts = {
  ...base, _id: 'sess-county', countyId: 'c1', schoolId: null, organiserId: 'zoe', scope: 'county', hours: 6, date: '2026-05-20',
  template: { title: '2026年县级骨干教师集中培训', organizer: '通榆县教师进修学校', form: '集中', level: '县', content: '专业', tags: [] },
  startsAt: '2026-05-20T00:30:00.000Z', endsAt: '2026-05-20T08:30:00.000Z', place: '县教师进修学校报告厅', expected: { schoolIds: [] }, status: 'closed',
};
const att = (sessionId: string, teacherId: string, schoolId: string, over: Partial<AttendanceFacts>): AttendanceFacts => ({
  _id: `${sessionId}:${teacherId}`, sessionId, teacherId, schoolId, countyId: 'c1', signedInAt: null, signedOutAt: null, via: 'scan', markedBy: null,
  late: false, lateMinutes: 0, recordId: null, outcome: null, reason: null, updatedAt: '2026-06-05T06:00:00.000Z', ...over,
});
const attendance = [
  att('sess-xb', 'alice', 's1', { signedInAt: '2026-06-05T05:55:00.000Z' }),
  att('sess-xb', 'bob', 's1', { signedInAt: '2026-06-05T06:12:00.000Z', late: true, lateMinutes: 12 }),
  att('sess-county', 'alice', 's1', { signedInAt: '2026-05-20T00:20:00.000Z', outcome: 'credited', recordId: 'rec-sess-sess-county-alice' }),
  att('sess-county', 'bob', 's1', { signedInAt: '2026-05-20T00:25:00.000Z', via: 'hand', markedBy: 'zoe', outcome: 'credited' }),
  att('sess-county', 'paula', 's1', { outcome: 'absent', reason: '未签到' }),
  att('sess-county', 'carol', 's2', { signedInAt: '2026-05-20T00:28:00.000Z', outcome: 'credited' }),
  att('sess-county', 'quinn', 's2', { outcome: 'absent', reason: '未签到' }),
];

async function openBook(data: ExportData): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await w.files.get(data.fileId)) as unknown as ExcelJS.Buffer);
  return book;
}
const column = (ws: ExcelJS.Worksheet, col: number, from: number, n: number) => Array.from({ length: n }, (_, i) => ws.getCell(from + i, col).value ?? '');

describe('registers.sign-in-sheet', () => {
  it('a 校本研修\'s 签到表: facts, every expected teacher with her scan time (late noted), blank signatures, A4 portrait, logged', async () => {
    const data = await w.ok<ExportData>('registers', { action: 'sign-in-sheet', sessionId: 'sess-xb' }, 'paula');
    expect(data.export).toMatchObject({ kind: 'sign-in-sheet', kindLabel: '签到表', schoolId: 's1', schoolName: '第一小学', teacherCount: 3, year: 2026 });
    expect(data.export.fileName).toMatch(/^2026-06-05大单元教学设计校本研修_签到表_2026年度_20260601-1000\.xlsx$/);
    const ws = (await openBook(data)).getWorksheet('签到表')!;
    expect(ws.getCell('A1').value).toBe('大单元教学设计校本研修 签到表');
    expect([ws.getCell('B2').value, ws.getCell('E2').value, ws.getCell('B3').value, ws.getCell('E3').value, ws.getCell('B4').value])
      .toEqual(['2026-06-05', '14:00—17:00', '一小三楼会议室', '3 学时（校本研修）', '第一小学　paula']);
    expect((ws.getRow(5).values as unknown[]).slice(1)).toEqual(['序号', '姓名', '学校', '学科', '签到时间', '签退时间', '签名']);
    // The inactive teacher of the school is not expected; paula (who did not scan) signs on paper.
    expect(column(ws, 2, 6, 3)).toEqual(['alice', 'bob', 'paula']);
    expect(column(ws, 5, 6, 3)).toEqual(['13:55', '14:12（迟到 12 分钟）', '']);
    expect(column(ws, 7, 6, 3)).toEqual(['', '', '']);
    expect(ws.getCell('A9').value).toBe('应到 3 人，扫码或登记签到 2 人，未签到 1 人（在签名栏手签）');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, printTitlesRow: '5:5' });
    expect(await w.store.find(collections.audit, { action: 'registers.export' })).toEqual([expect.objectContaining({ schoolId: 's1', targetId: data.export.id })]);
    expect(await w.store.count(collections.exports, { kind: 'sign-in-sheet' })).toBe(1);
  });

  it('a county session: every school\'s teachers, hand marking noted; exported by the county admin', async () => {
    const data = await w.ok<ExportData>('registers', { action: 'sign-in-sheet', sessionId: 'sess-county' }, 'zoe');
    const ws = (await openBook(data)).worksheets[0]!;
    expect(ws.getCell('B4').value).toBe('通榆县教师进修学校　zoe');
    expect(column(ws, 2, 6, 5)).toEqual(['alice', 'bob', 'paula', 'carol', 'quinn']);
    expect(column(ws, 5, 6, 5)).toEqual(['08:20', '08:25（手工登记）', '', '08:28', '']);
    expect(data.export).toMatchObject({ schoolId: null, teacherCount: 5 });
  });

  it.each([
    ['a teacher', 'alice', 'sess-xb', 'FORBIDDEN'],
    ['another school\'s principal', 'quinn', 'sess-xb', 'FORBIDDEN'],
    ['a principal, a county session', 'paula', 'sess-county', 'FORBIDDEN'],
    ['another county\'s admin', 'yara', 'sess-county', 'FORBIDDEN'],
    ['an unknown session', 'zoe', 'sess-none', 'NOT_FOUND'],
    ['nobody', 'anonymous', 'sess-xb', 'UNAUTHENTICATED'],
  ] as const)('%s → %s, nothing written', async (_n, who, sessionId, code) => {
    const before = await w.counts();
    expect(await w.call('registers', { action: 'sign-in-sheet', sessionId }, who as Who)).toMatchObject({ ok: false, error: { code } });
    expect(await w.counts()).toEqual(before);
  });
});

describe('培训签到 in 学分统计表', () => {
  it('the school table lists the year\'s sessions with this school\'s counts', async () => {
    const book = await openBook(await w.ok<ExportData>('registers', { action: 'school-table', year: 2026 }, 'paula'));
    expect(book.worksheets.map((s) => s.name)).toEqual(['学分统计表', '培训签到']);
    const ws = book.getWorksheet('培训签到')!;
    expect(ws.getCell('A1').value).toBe('第一小学培训签到汇总（2026 年度）');
    expect([3, 4, 5].map((r) => (ws.getRow(r).values as unknown[]).slice(1))).toEqual([
      [1, '2026年县级骨干教师集中培训', '县级集中培训', '2026-05-20', 6, 3, 2, 2, '已结束'],
      [2, '大单元教学设计校本研修', '校本研修', '2026-06-05', 3, 3, 2, 0, '未结束'],
      ['合计', '2 场', undefined, undefined, undefined, 6, 4, 2],
    ]);
  });

  it('the county table has the county\'s sessions after 全县汇总; a school without sessions of its own sees the county ones', async () => {
    const book = await openBook(await w.ok<ExportData>('registers', { action: 'county-table', year: 2026 }, 'zoe'));
    expect(book.worksheets.map((s) => s.name)).toEqual(['全县汇总', '培训签到', '第一小学', '第二中学']);
    expect((book.getWorksheet('培训签到')!.getRow(3).values as unknown[]).slice(6, 9)).toEqual([5, 3, 3]);
    const s2 = await openBook(await w.ok<ExportData>('registers', { action: 'school-table', schoolId: 's2', year: 2026 }, 'zoe'));
    expect((s2.getWorksheet('培训签到')!.getRow(3).values as unknown[]).slice(2, 9)).toEqual(['2026年县级骨干教师集中培训', '县级集中培训', '2026-05-20', 6, 2, 1, 1]);
    expect(s2.getWorksheet('培训签到')!.getCell('B4').value).toBe('1 场');
  });
});
