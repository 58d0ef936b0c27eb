import { asFixed } from '@shared/credits';
import { detailAnswer } from '../../../../test/support/review-fixtures';
import {
  datesText, gainText, handledByText, progressChange, readingRows, verdictShort, waitedLong, waitedText,
} from '../components/review-text';

describe('review words', () => {
  it('how long a record waited', () => {
    expect(waitedText('2026-11-20T01:00:00.000Z', '2026-11-20T01:30:00.000Z')).toBe('刚刚提交');
    expect(waitedText('2026-11-20T01:00:00.000Z', '2026-11-20T06:10:00.000Z')).toBe('等了 5 小时');
    expect(waitedText('2026-11-17T01:00:00.000Z', '2026-11-20T06:00:00.000Z')).toBe('等了 3 天');
    expect(waitedLong('2026-11-17T01:00:00.000Z', '2026-11-20T06:00:00.000Z')).toBe(true);
    expect(waitedLong('2026-11-19T01:00:00.000Z', '2026-11-20T06:00:00.000Z')).toBe(false);
  });

  it('what approval adds, with units, exact fractions, and the no-policy case', () => {
    expect(gainText(asFixed(1250000))).toBe('通过后 +12.5 学分');
    expect(gainText(asFixed(0))).toBe('通过后不增加学分（该类已满或不计分）');
    expect(gainText(asFixed(-400000))).toBe('通过后 -4 学分（更正后减少）');
    expect(gainText(null)).toBe('本年度政策未发布，暂不能计算学分');
  });

  it('dates in one string', () => {
    expect(datesText({ startDate: '2026-04-10', endDate: '2026-04-12' })).toBe('2026-04-10 至 04-12');
    expect(datesText({ startDate: '2026-04-10', endDate: '2026-04-10' })).toBe('2026-04-10');
    expect(datesText({ startDate: '2025-12-30', endDate: '2026-01-02' })).toBe('2025-12-30 至 2026-01-02');
  });

  it('progress before → after from the engine: only the lines the record moves change', () => {
    const d = detailAnswer(2); // 8 学时 of 专业 集中 for 陈静 (14 / 90)
    const lines = progressChange(d.before!, d.after!, 2026);
    const byId = Object.fromEntries(lines.map((l) => [l.id, l]));
    expect(byId.total).toMatchObject({ before: '14 / 90 学分', after: '22 / 90 学分', changed: true });
    expect(byId['zhuanye-jizhong']).toMatchObject({ before: '8 / 20 学分', after: '16 / 20 学分', changed: true, depth: 2 });
    expect(byId.gongxu).toMatchObject({ before: '6 / 30 学分', after: '6 / 30 学分', changed: false });
    expect(verdictShort(d.before!)).toBe('还差 6 项');
  });

  it('reader values beside typed values: differences and unsure readings flagged', () => {
    const { record } = detailAnswer(1);
    const rows = readingRows(record.input, { fields: [
      { field: 'hours', value: '12', confidence: 0.95 },
      { field: 'title', value: '培训 1', confidence: 0.5 },
      { field: 'certificateNo', value: 'TY-1', confidence: null },
    ] });
    expect(rows).toEqual([
      { field: 'hours', label: '学时', read: '12', typed: '7', differs: true, unsure: false },
      { field: 'title', label: '培训名称', read: '培训 1', typed: '培训1', differs: false, unsure: true },
      { field: 'certificateNo', label: '证书编号', read: 'TY-1', typed: '—', differs: false, unsure: false },
    ]);
    expect(readingRows(record.input, null)).toEqual([]);
  });

  it('someone else was faster', () => {
    expect(handledByText('孙丽华', 'approved')).toBe('该记录已被孙丽华处理');
    expect(handledByText(null, 'returned')).toBe('该记录已被他人处理');
    expect(handledByText('孙丽华', 'withdrawn')).toBe('该记录已被教师撤回');
  });
});
