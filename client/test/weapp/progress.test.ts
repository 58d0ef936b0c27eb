import { behindRecords, mineAnswer, tongyuReport } from '../support/progress-fixtures';
import { bootApp, openPage, textOf, until, type CloudMock } from './harness';

/**
 * 首页's 本年度进度 in the compiled mini-program: a bound teacher, progress.mine answered
 * with the engine's real 通榆 2026 report for a teacher far behind.
 */
const person = { id: 'p1', name: '陈静', countyId: 'c1', countyName: '通榆县', schoolId: 's1', schoolName: '通榆县第一中学', statuses: [] };
const bound = { bound: true, person, roles: [{ role: 'teacher', countyId: 'c1', schoolId: 's1' }, { role: 'credit-officer', countyId: 'c1', schoolId: 's1' }] };

const cloud: CloudMock = {
  init: jest.fn(),
  callFunction: jest.fn(async ({ name, data }: { name: string; data: { action: string } }) => {
    if (name === 'identity' && data.action === 'whoami') return { result: { ok: true, data: bound } };
    if (name === 'progress' && data.action === 'mine') return { result: { ok: true, data: mineAnswer(tongyuReport(behindRecords())) } };
    return { result: { ok: false, error: { code: 'NOT_FOUND', message: '没有这个操作' } } };
  }),
};

beforeAll(() => bootApp(cloud));

describe('mini-program 首页 本年度进度', () => {
  it('asks progress.mine through wx.cloud and renders the verdict, lines, 专题, bars and units', async () => {
    const page = openPage('pages/home/index');
    await until(() => textOf(page).includes('还差 6 项'), '本年度进度的结论');
    const text = textOf(page);
    for (const shown of ['陈静，您好！', '本年度进度 · 2026 年度', '年度总学分', '14 / 90 学分', '还差 76 学分', '集中培训', '专题 1 / 5 个',
      '还差 12 学分，还差 4 个专题', '0 / 30 学时', '另有 1 条记录在审核，通过后计入。']) {
      expect(text).toContain(shown);
    }
    expect(cloud.callFunction).toHaveBeenCalledWith({ name: 'progress', data: { action: 'mine' } });
    // The bar's width travels through setData as an inline style.
    // Indentation and the bar's width travel through setData (class and inline style; the
    // simulator prefixes classes, so match on the end of the name).
    const lines = [...page.dom.querySelectorAll('[class*="pline--d"]')];
    const jizhong = lines.find((el) => el.textContent?.includes('集中培训'));
    expect(jizhong?.getAttribute('class')).toMatch(/pline--d1\b/);
    expect(lines.find((el) => el.textContent?.includes('公需科目'))?.getAttribute('class')).toMatch(/pline--d0\b/);
    expect(jizhong?.querySelector('[class*="pbar__fill"]')?.getAttribute('style')).toContain('width: 40%');
  });
});
