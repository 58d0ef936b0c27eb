import { TextDecoder, TextEncoder } from 'node:util';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { RosterScreen } from '@/features/roster';
import { xlsResaveMessage } from '@shared/roster-import';
import { readRosterFile } from '../api/read-roster-file';
import { el } from '../../../../test/support/dom';
import { resetTaroMock } from '../../../../test/support/taro-mock';
import { fakeAdminApi, scopeAnswer } from '../../../../test/support/fake-admin-api';

// jsdom has no TextEncoder/TextDecoder; Node's are the same API (with GB18030).
Object.assign(globalThis, { TextDecoder, TextEncoder });

jest.setTimeout(30_000);

beforeEach(() => { resetTaroMock(); process.env.TARO_ENV = 'h5'; });

const person = (id: string, name: string, roles: string[], bound = true) => ({ id, name, schoolId: 's1', subject: '语文', phoneMasked: '139****0001', statuses: [], roles, bound, active: true });

/** Makes the hidden file input "choose" this file when the screen clicks it. */
function chooseOnClick(name: string, text: string) {
  const bytes = new TextEncoder().encode(text);
  return jest.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    Object.defineProperty(this, 'files', { value: [{ name, arrayBuffer: () => Promise.resolve(bytes.buffer) }] });
    this.onchange?.(new Event('change'));
  });
}

describe('教师名册', () => {
  it('lists people with school names, roles and binding; searching asks the server by name', async () => {
    const api = fakeAdminApi((fn, e) => {
      if (fn === 'registers') return scopeAnswer();
      if (e.action === 'list') return { data: { items: e.query === '张' ? [person('p1', '张雅梅', ['teacher'])] : [person('p1', '张雅梅', ['teacher']), person('p2', '王建国', ['teacher', 'principal'], false)], total: 2 } };
      return undefined;
    });
    render(<RosterScreen />);
    await waitFor(() => expect(document.querySelector('#roster-table')?.textContent).toContain('王建国'), { timeout: 8000 });
    const table = document.querySelector('#roster-table')!.textContent!;
    expect(table).toContain('通榆县第一中学');
    expect(table).toContain('校长');
    expect(table).toContain('未绑定');
    fireEvent.input(document.querySelector('#roster-search input') ?? document.querySelector('#roster-search')!, { target: { value: '张' } });
    fireEvent.click(document.querySelector('#roster-search-go')!);
    await waitFor(() => expect(api.calls.some((c) => c.event.action === 'list' && c.event.query === '张')).toBe(true));
  });

  it('granting a role the server refuses shows the server\'s words in a dialog', async () => {
    const api = fakeAdminApi((fn, e) => {
      if (fn === 'registers') return scopeAnswer(false);
      if (e.action === 'list') return { data: { items: [person('p1', '张雅梅', ['teacher'])], total: 1 } };
      if (e.action === 'set-role') return { error: { code: 'FORBIDDEN', message: '学校审核人不能授予校长角色' } };
      return undefined;
    });
    render(<RosterScreen />);
    fireEvent.click(await el('#role-principal-p1'));
    await waitFor(() => expect(api.modal).toHaveBeenCalledWith(expect.objectContaining({ title: '未能完成', content: '学校审核人不能授予校长角色' })));
    expect(api.calls.find((c) => c.event.action === 'set-role')?.event).toEqual({ action: 'set-role', personId: 'p1', role: 'principal', grant: true });
  });

  it('import: a dry run previews every row by file row, then confirming imports and shows binding codes once', async () => {
    const api = fakeAdminApi((fn, e) => {
      if (fn === 'registers') return scopeAnswer();
      if (e.action === 'list') return { data: { items: [], total: 0 } };
      if (e.action === 'import') {
        const people = [{ row: 1, personId: e.dryRun ? null : 'p9', name: '新老师', outcome: 'created', ...(e.dryRun ? {} : { bindingCode: 'ABCD2345' }) }, { row: 2, personId: 'p1', name: '张雅梅', outcome: 'unchanged' }];
        return { data: { dryRun: e.dryRun, created: 1, updated: 0, unchanged: 1, people } };
      }
      return undefined;
    });
    const spy = chooseOnClick('名册.csv', '通榆县教师名册\n姓名,学校,学科\n新老师,通榆县第一中学,语文\n张雅梅,通榆县第一中学,语文\n');
    render(<RosterScreen />);
    fireEvent.click(await el('#roster-pick'));
    await waitFor(() => expect(document.querySelector('#roster-preview-table')?.textContent).toContain('第 3 行'), { timeout: 8000 });
    expect(document.querySelector('#roster-preview')?.textContent).toContain('新建 1 人');
    expect(api.calls.filter((c) => c.event.action === 'import').map((c) => c.event.dryRun)).toEqual([true]);
    fireEvent.click(document.querySelector('#roster-confirm')!);
    await screen.findByText('新老师：ABCD2345', undefined, { timeout: 8000 });
    expect(api.calls.filter((c) => c.event.action === 'import').map((c) => c.event.dryRun)).toEqual([true, false]);
    spy.mockRestore();
  });

  it('import: the server\'s list row becomes the file row in the refusal', async () => {
    fakeAdminApi((fn, e) => {
      if (fn === 'registers') return scopeAnswer();
      if (e.action === 'list') return { data: { items: [], total: 0 } };
      if (e.action === 'import') return { error: { code: 'INVALID_INPUT', message: '名单有误，未导入任何人：第 2 行：找不到学校「通榆县第九中学」' } };
      return undefined;
    });
    const spy = chooseOnClick('名册.csv', '姓名,学校\n甲,通榆县第一中学\n\n乙,通榆县第九中学\n');
    render(<RosterScreen />);
    fireEvent.click(await el('#roster-pick'));
    await screen.findByText('名单有误，未导入任何人：表格第 4 行：找不到学校「通榆县第九中学」', undefined, { timeout: 8000 });
    spy.mockRestore();
  });
});

describe('readRosterFile', () => {
  it('an old .xls is answered with how to resave it; other files are refused by name', async () => {
    expect(await readRosterFile('名册.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({ ok: false, code: 'ROSTER_FILE_XLS', message: xlsResaveMessage });
    expect(xlsResaveMessage).toContain('另存为');
    expect(await readRosterFile('名册.docx', new Uint8Array([1, 2, 3]))).toEqual({ ok: false, code: 'ROSTER_FILE_TYPE', message: expect.stringContaining('「名册.docx」不是 Excel') });
  });

  it('a GBK csv (Excel on Chinese Windows) is decoded', async () => {
    // 「姓名,学校\n张三,一中」 in GBK.
    const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xd1, 0xa7, 0xd0, 0xa3, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0xd2, 0xbb, 0xd6, 0xd0]);
    const read = await readRosterFile('名册.csv', gbk);
    expect(read).toEqual({ ok: true, table: { issues: [], rows: [{ sheetRow: 2, row: { name: '张三', schoolName: '一中' } }] } });
  });

  it('a csv with a quote that never closes is refused by row, not read as one long cell', async () => {
    const bytes = new TextEncoder().encode('姓名,学校\n张三,一中\n"李四,二中\n王五,三中\n');
    expect(await readRosterFile('名册.csv', bytes)).toEqual({ ok: false, code: 'CSV_UNCLOSED_QUOTE', message: expect.stringContaining('第 3 行：引号没有闭合') });
  });
});
