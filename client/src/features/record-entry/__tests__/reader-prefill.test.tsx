import { cleanup, render, screen } from '@testing-library/react';
import { getPolicy } from '@shared/policies';
import { resetTaroMock, taroMock } from '../../../../test/support/taro-mock';
import { personView } from '../../../../test/support/fake-local-server';
import { setToken } from '@/services/session';
import { RecordEntry } from '../components/record-entry';
import { emptyFields } from '../model/draft-fields';
import { draftKey } from '../model/draft-store';

const at = '2026-11-22T06:00:00.000Z';
const me = personView('陈静');
const slow = { timeout: 10_000 };
jest.setTimeout(30_000);

const field = (value: unknown, confidence: number, source = '') => ({ value, confidence, uncertain: confidence < 0.8, source });
const reading = {
  uploadId: 'u_read_1', warnings: [], lines: [], ms: 40, cached: false,
  duplicates: { exactImage: [], sameCertificateNo: [], similarImage: [] },
  fields: {
    title: field('证书上的标题', 0.95),
    organizer: field('通榆县教师进修学校', 0.6),
    hours: { ...field(24, 0.92), unit: '学时', stated: 24 },
  },
};

/** The local server as the capture screen asks it; `read` answers records.read-certificate. */
function server(read: () => unknown) {
  const reads: unknown[] = [];
  taroMock.request.mockImplementation((req: { url: string; data: Record<string, unknown> }) => {
    const ok = (data: unknown) => Promise.resolve({ statusCode: 200, data: { ok: true, data } });
    const key = `${req.url}#${String(req.data.action)}`;
    if (key === '/api/fn/identity#whoami') return ok({ bound: true, person: me, roles: [{ role: 'teacher', countyId: 'c1', schoolId: 's1' }] });
    if (key === '/api/fn/policy#get') return ok({ policy: getPolicy('tongyu-2026'), published: { countyId: 'c1', year: 2026, version: 3, policyId: 'tongyu-2026', publishedAt: at } });
    if (key === '/api/fn/records#list') return ok({ items: [], total: 0 });
    if (key === '/api/fn/records#read-certificate') { reads.push(req.data.uploadId); return Promise.resolve({ statusCode: 200, data: read() }); }
    return Promise.resolve({ statusCode: 200, data: { ok: false, error: { code: 'NOT_FOUND', message: 'not in this fake' } } });
  });
  return reads;
}

/** A draft with a title she typed and one photo already uploaded. */
function draftWithUploadedPhoto() {
  taroMock.setStorageSync(draftKey(me.id, null), {
    requestId: 'rtestreaderprefill01', savedAt: at,
    fields: { ...emptyFields, title: '我自己写的标题' },
    photos: [{ key: 'p1', kind: 'image', localPath: 'data:image/jpeg;base64,AAAA', size: 300_000, uploadId: 'u_read_1' }],
  });
}

beforeEach(() => { resetTaroMock(); setToken('token-陈静'); });
afterEach(cleanup);

describe('登记证书: the reader prefills the form from the first photo', () => {
  it('fills only empty fields, marks the low-confidence one 请核对, reads once', async () => {
    const reads = server(() => ({ ok: true, data: reading }));
    draftWithUploadedPhoto();
    render(<RecordEntry recordId={null} />);
    await screen.findByText('已根据照片填好 2 项，请核对', {}, slow);
    expect((document.querySelector('#input-title input') as HTMLInputElement).value).toBe('我自己写的标题');
    expect((document.querySelector('#input-organizer input') as HTMLInputElement).value).toBe('通榆县教师进修学校');
    expect((document.querySelector('#field-hours input') as HTMLInputElement).value).toBe('24');
    expect(document.querySelector('#field-organizer')?.textContent).toContain('请核对');
    expect(document.querySelector('#field-hours')?.textContent).not.toContain('请核对');
    expect(document.querySelector('#field-title')?.textContent).not.toContain('请核对');
    expect(reads).toEqual(['u_read_1']);
  });

  it('a failed reading only says 没能识别，请直接填写; the fields stay as she left them', async () => {
    server(() => ({ ok: false, error: { code: 'NOT_A_CERTIFICATE', message: '这张照片看起来不是证书' } }));
    draftWithUploadedPhoto();
    render(<RecordEntry recordId={null} />);
    await screen.findByText('没能识别，请直接填写', {}, slow);
    expect((document.querySelector('#input-organizer input') as HTMLInputElement).value).toBe('');
    expect(screen.queryByText('这张照片看起来不是证书')).toBeNull();
  });
});
