import { act, renderHook } from '@testing-library/react';
import type { ApiResult } from '@/services/api-client';
import type { CertificateReading } from '@/services/read-certificate';
import { useCertificateReading } from '../use-certificate-reading';

const reading = (certificateNo: string, uncertain = false): CertificateReading => ({
  uploadId: 'u1', lines: [], warnings: [], ms: 420, cached: false,
  duplicates: { exactImage: [], sameCertificateNo: [], similarImage: [] },
  fields: {
    hours: { value: 24, confidence: 0.97, uncertain: false, source: '共计24学时', unit: '学时', stated: 24 },
    certificateNo: { value: certificateNo, confidence: uncertain ? 0.6 : 0.98, uncertain, source: `编号：${certificateNo}` },
  },
});

describe('useCertificateReading', () => {
  it('goes idle → reading → read, with form values and the fields to check', async () => {
    let finish: (r: ApiResult<CertificateReading>) => void = () => undefined;
    const { result } = renderHook(() => useCertificateReading(() => new Promise((r) => { finish = r; })));
    expect(result.current.state).toEqual({ status: 'idle' });
    let pending: Promise<void> = Promise.resolve();
    act(() => { pending = result.current.read('u1'); });
    expect(result.current.state).toEqual({ status: 'reading', uploadId: 'u1' });
    await act(async () => { finish({ ok: true, data: reading('TY-2026-01', true) }); await pending; });
    const s = result.current.state;
    expect(s.status).toBe('read');
    if (s.status !== 'read') return;
    expect(s.prefill.values).toMatchObject({ hours: 24, certificateNo: 'TY-2026-01', hasCertificate: true });
    expect(s.prefill.uncertain).toEqual(['certificateNo']);
  });

  it('keeps the error message for the form (the teacher types instead)', async () => {
    const { result } = renderHook(() => useCertificateReading(async () => ({ ok: false, error: { code: 'TOO_DARK', message: '照片太暗，看不清文字' } })));
    await act(async () => { await result.current.read('u2'); });
    expect(result.current.state).toEqual({ status: 'failed', uploadId: 'u2', error: { code: 'TOO_DARK', message: '照片太暗，看不清文字' } });
  });

  it('only the latest photo\'s answer counts', async () => {
    const finishers: Record<string, (r: ApiResult<CertificateReading>) => void> = {};
    const { result } = renderHook(() => useCertificateReading((id) => new Promise((r) => { finishers[id] = r; })));
    let first: Promise<void> = Promise.resolve(), second: Promise<void> = Promise.resolve();
    act(() => { first = result.current.read('old'); second = result.current.read('new'); });
    await act(async () => { finishers.new?.({ ok: true, data: reading('NEW-1') }); await second; });
    await act(async () => { finishers.old?.({ ok: true, data: reading('OLD-1') }); await first; });
    const s = result.current.state;
    expect(s.status === 'read' && s.prefill.values.certificateNo).toBe('NEW-1');
  });
});
