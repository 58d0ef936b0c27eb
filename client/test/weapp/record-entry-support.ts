/**
 * wx mocks for the capture screens in miniprogram-simulate: chooseMedia, getImageInfo,
 * compressImage, getFileInfo and wx.cloud (uploadFile with progress, callFunction by
 * action). Everything the page sends is recorded for assertions.
 */
import { getPolicy } from '../../../shared/policies';
import type { CloudMock } from './harness';

export const person = { id: 'p-chen', name: '陈静', countyId: 'c1', countyName: '通榆县', schoolId: 's1', schoolName: '通榆县第一中学', statuses: [] };
const bound = { bound: true, person, roles: [{ role: 'teacher', countyId: 'c1', schoolId: 's1' }] };
const at = '2026-11-22T06:00:00.000Z';
const ref = { countyId: 'c1', year: 2026, version: 1, policyId: 'tongyu-2026', publishedAt: at };

export function recordView(over: Record<string, unknown> = {}) {
  return {
    id: 'rec-1', teacherId: person.id, schoolId: 's1', countyId: 'c1', year: 2026, status: 'submitted', version: 1,
    input: { title: '班主任培训', organizer: '', hours: 16, startDate: '2026-05-10', endDate: '2026-05-12', form: '集中', level: '县', location: '县内', content: '专业', tags: [], role: '学员', passed: true, hasCertificate: true },
    retake: false, corrects: null, supersededBy: null, certificates: [{ fileId: 'certificates/c1/p/2026/a.jpg', contentType: 'image/jpeg', size: 300000 }],
    returnReason: null, returnFields: [], reviewNote: null, reviewedBy: null, reviewedAt: null, submittedAt: at, updatedAt: at, history: [],
    allowedActions: ['withdraw'], ...over,
  };
}

type Handler = (data: Record<string, unknown>) => unknown;

/** wx.cloud answering by `name.action`; `answers` override the defaults. */
export function cloudMock(answers: Record<string, Handler> = {}): CloudMock & { uploadFile: jest.Mock; events: Record<string, unknown>[] } {
  const events: Record<string, unknown>[] = [];
  const defaults: Record<string, Handler> = {
    'identity.whoami': () => bound,
    'progress.mine': () => ({ policy: ref, report: null, pendingCount: 0 }),
    'policy.get': () => ({ policy: getPolicy('tongyu-2026'), published: ref }),
    'records.list': () => ({ items: [], total: 0 }),
    'records.upload-certificate': (d) => ({ uploadId: `u_${String(d.fileId).split('/').pop()?.replace('.jpg', '')}`, contentType: 'image/jpeg', size: 321_000 }),
  };
  const all = { ...defaults, ...answers };
  return {
    events,
    init: jest.fn(),
    callFunction: jest.fn(async ({ name, data }: { name: string; data: Record<string, unknown> }) => {
      events.push({ name, ...data });
      const handler = all[`${name}.${String(data.action)}`];
      if (!handler) return { result: { ok: false, error: { code: 'NOT_FOUND', message: '没有这个操作' } } };
      const out = handler(data);
      return { result: out && typeof out === 'object' && 'error' in (out as object) ? { ok: false, ...(out as object) } : { ok: true, data: out } };
    }),
    uploadFile: jest.fn((opts: { cloudPath: string; success: (r: { fileID: string }) => void }) => {
      let progress: ((r: { progress: number }) => void) | undefined;
      setTimeout(() => progress?.({ progress: 40 }), 5);
      setTimeout(() => opts.success({ fileID: `cloud://env-1/${opts.cloudPath}` }), 60);
      return { onProgressUpdate: (cb: (r: { progress: number }) => void) => { progress = cb; } };
    }),
  };
}

/**
 * The phone's image APIs: a 4000×3000 photo that compresses to 380 KB at quality ≤ 72.
 * Pass `wx` to bootApp: Taro wraps the wx APIs that exist when it starts.
 */
export function imageApis() {
  const wx: Record<string, unknown> = {};
  const answer = <T>(res: T) => (opts: { success?: (r: T) => void; complete?: (r: T) => void }) => {
    opts?.success?.(res);
    opts?.complete?.(res);
    return Promise.resolve(res);
  };
  const calls = { compress: [] as Array<{ quality: number; compressedWidth: number }> };
  wx.chooseMedia = jest.fn(answer({ type: 'image', tempFiles: [{ tempFilePath: 'wxfile://tmp/IMG_0001.jpg', size: 4_200_000, fileType: 'image' }] }));
  wx.getImageInfo = jest.fn(answer({ width: 4000, height: 3000, orientation: 'up', type: 'jpeg', path: 'wxfile://tmp/IMG_0001.jpg' }));
  wx.compressImage = jest.fn((opts: { quality: number; compressedWidth: number; success?: (r: unknown) => void }) => {
    calls.compress.push({ quality: opts.quality, compressedWidth: opts.compressedWidth });
    return answer({ tempFilePath: `wxfile://tmp/c${opts.quality}.jpg` })(opts);
  });
  const getFileInfo = jest.fn((opts: { filePath: string; success?: (r: unknown) => void }) => {
    const q = Number(/c(\d+)\.jpg/.exec(opts.filePath)?.[1] ?? 100);
    return answer({ size: q > 72 ? 520_000 : 380_000 })(opts);
  });
  wx.getFileSystemManager = jest.fn(() => ({ getFileInfo }));
  return { wx, calls };
}
