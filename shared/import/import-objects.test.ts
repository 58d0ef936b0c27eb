import { importRecordObjects } from './import-objects';

const record = { title: '网络研修', hours: 10, startDate: '2026-05-01', endDate: '2026-05-02', form: '网络', level: '县' };

describe('importRecordObjects', () => {
  it('accepts an array or { records }, applying schema defaults and the default status', () => {
    for (const input of [[record], { records: [record] }]) {
      const result = importRecordObjects(input, { defaultStatus: 'approved' });
      expect(result).toEqual({
        ok: true, warnings: [],
        rows: [{ rowNumber: 1, status: 'approved', record: { ...record, organizer: '', location: '县内', tags: [], role: '学员', passed: true, hasCertificate: false } }],
      });
    }
  });

  it('keeps teacherId, teacherName and a status given in Chinese or English', () => {
    const result = importRecordObjects([{ ...record, teacherId: 'T9', teacherName: '李', status: '已退回' }, { ...record, status: 'draft' }]);
    expect(result.ok && result.rows.map((r) => [r.teacherId, r.teacherName, r.status])).toEqual([['T9', '李', 'returned'], [undefined, undefined, 'draft']]);
  });

  it('reports every bad record with its position and the Chinese field name', () => {
    const result = importRecordObjects([record, { ...record, hours: '12' }, 3, { ...record, form: '面授', status: 'ok' }]);
    expect(!result.ok && result.errors.map((e) => e.message)).toEqual([
      '第 2 条记录「学时」：学时必须是数字',
      '第 3 条记录：应为对象',
      '第 4 条记录「状态」：应为 draft、submitted、returned、resubmitted、approved、withdrawn 之一，实际为「ok」',
      '第 4 条记录「形式」：培训形式不在可选范围内',
    ]);
  });

  it('refuses a non-list and an empty list', () => {
    expect(importRecordObjects({ rows: [] }).ok).toBe(false);
    const empty = importRecordObjects([]);
    expect(!empty.ok && empty.errors[0]?.code).toBe('IMPORT_EMPTY');
  });
});
