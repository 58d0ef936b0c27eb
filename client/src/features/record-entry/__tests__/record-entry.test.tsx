import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { getPolicy } from '@shared/policies';
import { resetTaroMock, taroMock } from '../../../../test/support/taro-mock';
import { personView } from '../../../../test/support/fake-local-server';
import { setToken } from '@/services/session';
import { RecordEntry } from '../components/record-entry';
import { draftKey } from '../model/draft-store';

const at = '2026-11-22T06:00:00.000Z';
const ref = { countyId: 'c1', year: 2026, version: 3, policyId: 'tongyu-2026', publishedAt: at };
const me = personView('陈静');

function recordView(over: Record<string, unknown> = {}) {
  return {
    id: 'rec-1', teacherId: me.id, schoolId: 's1', countyId: 'c1', year: 2026, status: 'returned', version: 4,
    input: { title: '班主任培训', organizer: '', hours: 16, startDate: '2026-05-10', endDate: '2026-05-12', form: '集中', level: '县', location: '县内', content: '专业', tags: [], role: '学员', passed: true, hasCertificate: false },
    retake: false, corrects: null, supersededBy: null, certificates: [], returnReason: '学时与证书不符', returnFields: ['hours'],
    reviewNote: null, reviewedBy: 'p-孙', reviewedAt: at, submittedAt: at, updatedAt: at, history: [], allowedActions: ['resubmit', 'withdraw'], ...over,
  };
}

/** The local server, as far as the capture screen asks it. */
function server(opts: { noPolicy?: boolean; records?: unknown[] } = {}) {
  const calls: Record<string, unknown>[] = [];
  taroMock.request.mockImplementation((req: { url: string; data: Record<string, unknown> }) => {
    calls.push({ url: req.url, ...req.data });
    const ok = (data: unknown) => Promise.resolve({ statusCode: 200, data: { ok: true, data } });
    const key = `${req.url}#${String(req.data.action)}`;
    if (key === '/api/fn/identity#whoami') return ok({ bound: true, person: me, roles: [{ role: 'teacher', countyId: 'c1', schoolId: 's1' }] });
    if (key === '/api/fn/policy#get') {
      if (opts.noPolicy) return Promise.resolve({ statusCode: 200, data: { ok: false, error: { code: 'NOT_FOUND', message: '本县尚未发布 2026 年度的学分政策' } } });
      return ok({ policy: getPolicy('tongyu-2026'), published: ref });
    }
    if (key === '/api/fn/records#list') return ok({ items: opts.records ?? [], total: (opts.records ?? []).length });
    if (key === '/api/fn/records#get') return ok({ record: recordView() });
    return Promise.resolve({ statusCode: 200, data: { ok: false, error: { code: 'NOT_FOUND', message: 'not in this fake' } } });
  });
  return calls;
}

async function typeInto(id: string, value: string) {
  const input = await waitFor(() => {
    const el = document.querySelector(`#${id} input`);
    if (!el) throw new Error(`no input inside #${id} yet`);
    return el;
  }, slow);
  fireEvent.input(input, { target: { value } });
}

jest.setTimeout(30_000);
// Loading validates and compiles the policy: give a busy test machine time.
const slow = { timeout: 10_000 };

beforeEach(() => { resetTaroMock(); setToken('token-陈静'); });
afterEach(cleanup);

describe('登记证书 screen (jsdom)', () => {
  it('asks 通榆’s questions only, and keeps what she typed after the app is closed', async () => {
    server();
    render(<RecordEntry recordId={null} />);
    await screen.findByText('内容类别', {}, slow);
    expect(screen.getByText('专题名称')).toBeTruthy();
    expect(screen.queryByText('课程类别')).toBeNull();
    expect(screen.queryByText('培训地点')).toBeNull();
    expect(screen.queryByText('线上成绩（分）')).toBeNull();
    await typeInto('input-title', '暑期英语培训');
    await waitFor(() => expect(JSON.stringify(taroMock.getStorageSync(draftKey(me.id, null)))).toContain('暑期英语培训'), slow);
    cleanup(); // closing the app
    render(<RecordEntry recordId={null} />);
    await waitFor(() => expect((document.querySelector('#input-title input') as HTMLInputElement | null)?.value).toBe('暑期英语培训'), slow);
  });

  it('shows the preview once the draft is complete, worked out on the phone', async () => {
    const calls = server();
    render(<RecordEntry recordId={null} />);
    await screen.findByText('内容类别', {}, slow);
    await typeInto('input-title', '暑期英语培训');
    await typeInto('input-hours', '8');
    await waitFor(() => expect(JSON.stringify(taroMock.getStorageSync(draftKey(me.id, null)))).toContain('"hours":"8"'), slow);
    // Dates without the picker UI: the draft in storage is what the form reads on open.
    cleanup();
    const saved = taroMock.getStorageSync(draftKey(me.id, null)) as { fields: Record<string, unknown> };
    taroMock.setStorageSync(draftKey(me.id, null), { ...saved, fields: { ...saved.fields, startDate: '2026-07-01', endDate: '2026-07-02' } });
    render(<RecordEntry recordId={null} />);
    fireEvent.click(await screen.findByText('集中', {}, slow));
    fireEvent.click(screen.getByText('县'));
    fireEvent.click(screen.getByText('专业'));
    const main = await waitFor(() => {
      const el = document.querySelector('#preview-main');
      if (!el) throw new Error('no preview yet');
      return el;
    }, slow);
    expect(main.textContent).toMatch(/^这张证书预计计入 专业科目 › 集中培训 \d+(\.\d+)? 学分；提交通过后本年度还差 \d+(\.\d+)? 学分。$/);
    expect(document.querySelectorAll('.preview__source').length).toBeGreaterThan(0);
    expect(calls.some((c) => c.action === 'preview')).toBe(false); // no server round trip
  });

  it('resubmit: reason on top, only the returned field editable', async () => {
    server();
    render(<RecordEntry recordId="rec-1" />);
    await screen.findByText('退回原因：学时与证书不符', {}, slow);
    expect(screen.getByText('需要修改：学时（黄色框）。其他内容不用动。')).toBeTruthy();
    expect(document.querySelector('#field-hours.entry-field--flagged')).not.toBeNull();
    expect(document.querySelector('#input-title')).toBeNull();
    expect(screen.getByText('班主任培训')).toBeTruthy();
    expect(screen.getByText('重新提交')).toBeTruthy();
  });

  it('no policy published: says so plainly, no form', async () => {
    server({ noPolicy: true });
    render(<RecordEntry recordId={null} />);
    expect(await screen.findByText('本县尚未发布 2026 年度的学分政策', {}, slow)).toBeTruthy();
    expect(screen.getByText('现在不能登记')).toBeTruthy();
    expect(document.querySelector('#record-form')).toBeNull();
  });
});
