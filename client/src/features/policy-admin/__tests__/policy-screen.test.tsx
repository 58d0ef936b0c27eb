import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { getPolicy } from '@shared/policies';
import { PolicyScreen } from '@/features/policy-admin';
import { el } from '../../../../test/support/dom';
import { resetTaroMock } from '../../../../test/support/taro-mock';
import { fakeAdminApi, ref } from '../../../../test/support/fake-admin-api';

jest.setTimeout(30_000);

beforeEach(() => { resetTaroMock(); process.env.TARO_ENV = 'h5'; });

const tongyu = () => JSON.parse(JSON.stringify(getPolicy('tongyu-2026'))) as Record<string, unknown> & { period: Record<string, unknown>; name: string };
const list = { data: { templates: [{ id: 'tongyu-2026', name: '通榆 2026', years: [2026] }], published: [ref], canPublish: true } };

function api(rollOver?: (e: Record<string, unknown>) => unknown) {
  return fakeAdminApi((fn, e) => {
    if (e.action === 'list') return list;
    if (e.action === 'get' && e.policyId) return { data: { policy: { ...tongyu(), name: '通榆 2026（修订）' }, published: null } };
    if (e.action === 'get') return { data: { policy: tongyu(), published: ref } };
    if (e.action === 'publish') return { data: { published: { ...ref, version: 2 } } };
    if (e.action === 'roll-over') return rollOver ? (rollOver(e) as { data: unknown }) : undefined;
    return undefined;
  });
}

describe('学分政策', () => {
  it('shows the policy in force in Chinese, each line with its document sentence', async () => {
    api();
    render(<PolicyScreen />);
    const text = await el('#policy-text');
    expect(text.textContent).toContain('类别、最低要求和上限');
    expect(text.textContent).toContain('原文：');
    expect(document.querySelector('#policy-current')?.textContent).toContain('第 1 版');
  });

  it('someone who may not publish (the server says canPublish: false) reads the policy without any publish controls', async () => {
    fakeAdminApi((_fn, e) => {
      if (e.action === 'list') return { data: { ...list.data, canPublish: false } };
      if (e.action === 'get') return { data: { policy: tongyu(), published: ref } };
      return undefined;
    });
    render(<PolicyScreen />);
    await el('#policy-text');
    expect(document.querySelector('#policy-publish')).toBeNull();
    expect(document.body.textContent).not.toContain('发布新版本');
  });

  it('publishing a built-in policy shows the diff first, then publishes with the version seen', async () => {
    const fake = api();
    render(<PolicyScreen />);
    fireEvent.click(await el('#policy-preview-template'));
    const diff = await el('#policy-diff');
    expect(diff.textContent).toContain('通榆 2026（修订）');
    fireEvent.click(await el('#policy-publish-go'));
    await waitFor(() => expect(fake.calls.some((c) => c.event.action === 'publish')).toBe(true));
    expect(fake.calls.find((c) => c.event.action === 'publish')?.event).toEqual({ action: 'publish', year: 2026, policyId: 'tongyu-2026', expectedVersion: 1 });
  });

  it('roll-over: a dry run shows the server\'s changes and the diff; confirming rolls over for real', async () => {
    const fake = api((e) => {
      const next = tongyu();
      next.period = { ...next.period, start: '2027-04-01', end: '2027-12-31', years: [2027] };
      return { data: { published: e.dryRun ? null : { ...ref, year: 2027 }, policy: next, changes: ['日期顺延一年：2026-04-01 → 2027-04-01'] } };
    });
    render(<PolicyScreen />);
    fireEvent.click(await el('#policy-preview-rollover'));
    await screen.findByText('· 日期顺延一年：2026-04-01 → 2027-04-01', undefined, { timeout: 8000 });
    expect((await el('#policy-diff')).textContent).toContain('2027');
    fireEvent.click(await el('#policy-publish-go'));
    await waitFor(() => expect(fake.calls.filter((c) => c.event.action === 'roll-over')).toHaveLength(2));
    expect(fake.calls.filter((c) => c.event.action === 'roll-over').map((c) => c.event)).toEqual([
      { action: 'roll-over', fromYear: 2026, toYear: 2027, dryRun: true },
      { action: 'roll-over', fromYear: 2026, toYear: 2027, expectedVersion: 0 },
    ]);
  });

  it('a refusal (not county admin) is shown as the server words it', async () => {
    fakeAdminApi((fn, e) => {
      if (e.action === 'list') return list;
      if (e.action === 'get' && e.policyId) return { data: { policy: tongyu(), published: null } };
      if (e.action === 'get') return { data: { policy: tongyu(), published: ref } };
      if (e.action === 'publish') return { error: { code: 'FORBIDDEN', message: '只有县级管理员可以进行此操作' } };
      return undefined;
    });
    render(<PolicyScreen />);
    fireEvent.click(await el('#policy-preview-template'));
    fireEvent.click(await el('#policy-publish-go'));
    expect((await el('#policy-error')).textContent).toBe('只有县级管理员可以进行此操作');
  });
});
