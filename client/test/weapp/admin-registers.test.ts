import { recentYears } from '@shared/time/beijing-time';
import { adminScope, exportAnswer, exportLog, exportView, schools } from '../support/admin-fixtures';
import { adminServer, bootAdmin, pick, tap } from './admin-support';
import { firstLoadFailsThenRetries } from './first-load';
import { openPage, textOf, until } from './harness';

/**
 * 登记表导出 in the compiled mini-program (subpackage manage-admin), as the county admin:
 * loading → a failed first read with 重试 → the exporter; an export for a picked school,
 * then its download the weapp way (wx.downloadFile → wx.openDocument).
 */
jest.setTimeout(60_000);

const year = recentYears(1)[0]!;
const log = [exportView('card', year, 1)];
let made = 1;
const server = adminServer({
  'registers.schools': () => adminScope(),
  'registers.exports': () => exportLog([...log].reverse()),
  'registers.card': (e) => {
    made += 1;
    log.push(exportView('card', e.year as number, made, e.schoolId as string));
    return exportAnswer(log.at(-1)!);
  },
  'registers.school-table': (e) => {
    made += 1;
    log.push(exportView('school-table', e.year as number, made, e.schoolId as string));
    return exportAnswer(log.at(-1)!);
  },
});
let wx: ReturnType<typeof bootAdmin>;
beforeAll(() => { wx = bootAdmin(server); });

describe('mini-program 登记表导出 (manage-admin/registers)', () => {
  let page: ReturnType<typeof openPage>;

  it('shows loading, then a failed read in Chinese with 重试, which asks again and shows the exporter', async () => {
    page = await firstLoadFailsThenRetries(server, {
      key: 'registers.schools', route: 'manage-admin/registers/index', loading: '正在读取…', content: '#pick-school',
      failure: 'network', errorTexts: ['读取失败', '网络不太好，请稍后重试', '重试'],
    });
    expect(server.events('registers.schools')).toHaveLength(2);
    expect(textOf(page)).toContain(`学校：${schools[0]!.name}`);
    expect(textOf(page)).toContain(`年度：${year}`);
    await until(() => Boolean(page.querySelector('#export-log')), '导出记录');
    expect(textOf(page)).toContain(log[0]!.sha256.slice(0, 12));
    expect(page.querySelector('#status-error')).toBeFalsy();
  });

  it('exports the 学分登记卡 of the picked school, adds it to the log, then downloads and opens it', async () => {
    pick(page, '#pick-school', 1);
    await until(() => textOf(page).includes(`学校：${schools[1]!.name}`), '选第二所学校');
    tap(page, '#export-card');
    await until(() => Boolean(page.querySelector('#export-result')), '导出结果');
    expect(server.events('registers.card')).toEqual([{ year, schoolId: schools[1]!.id }]);
    const made = log.at(-1)!;
    expect(textOf(page)).toContain('已生成：学分登记卡');
    expect(textOf(page)).toContain(made.fileName);
    expect(textOf(page)).toContain(`${schools[1]!.name} · ${year} 年度 · ${made.teacherCount} 名教师 · 政策第 1 版`);
    await until(() => server.events('registers.exports').length === 2, '导出记录刷新');
    expect(textOf(page)).toContain(made.sha256.slice(0, 12));

    tap(page, '#export-download');
    await until(() => wx.openDocument.mock.calls.length > 0, '打开文件');
    expect(wx.downloadFile.mock.calls).toHaveLength(1);
    expect(wx.downloadFile.mock.calls[0]![0]).toMatchObject({ url: exportAnswer(made).url });
    expect(wx.openDocument.mock.calls[0]![0]).toMatchObject({ filePath: 'wxfile://tmp/register.xlsx', fileType: 'xlsx', showMenu: true });
  });

  it('a download that fails says so in Chinese and opens nothing', async () => {
    wx.downloadFile.mockImplementationOnce((o: { success?: (r: unknown) => void }) => {
      o.success?.({ statusCode: 404, tempFilePath: '', errMsg: 'downloadFile:ok' });
      return { onProgressUpdate: () => {}, offProgressUpdate: () => {}, abort: () => {} };
    });
    tap(page, '#export-download');
    await until(() => textOf(page).includes('文件下载失败，请稍后重试'), '下载失败');
    expect(textOf(page)).toContain('没有导出');
    expect(wx.openDocument.mock.calls).toHaveLength(1);
  });
});
