import Taro from '@tarojs/taro';
import type { z } from 'zod';
import { boundIdentitySchema } from '@shared/schemas/api/identity';
import type { RecordView } from '@shared/schemas/api/views';
import type { TeacherContext } from '@shared/schemas/teacher-context';
import { loadWhoami } from '@/hooks/use-whoami';
import { isOffline, type ApiResult } from '@/services/api-client';
import { useRemote } from '@/hooks/use-remote';
import { fetchPolicyInForce, type PolicyInForce } from '../api/policy-in-force';
import { fetchRecord } from '@/services/records';
import { fetchAllMyRecords } from '../api/records';
import { beijingYear } from '@shared/time/beijing-time';
import { formPlanOf, type FormPlan } from '@/services/form-plan';
import { compiledFor, type PreviewBasis } from '../model/local-preview';

/**
 * Everything the capture form needs before it can show: who she is (whoami; the last
 * answer is kept so the form opens without network), the county's policy in force (cached
 * with its version), her records for the preview, and for a resubmit the returned record.
 */
export type Person = z.infer<typeof boundIdentitySchema>;

export interface EntryBasis {
  person: Person;
  policy: PolicyInForce;
  plan: FormPlan;
  /** null when her records could not be read: the form works, the preview says so. */
  preview: PreviewBasis | null;
  record: RecordView | null;
}

const PERSON_KEY = 'teacher-credits.entry-person';

async function loadPerson(): Promise<ApiResult<Person>> {
  const who = await loadWhoami();
  if (who.ok) {
    if (!who.data.bound) return { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先到「我的」页面登录' } };
    Taro.setStorageSync(PERSON_KEY, who.data);
    return { ok: true, data: who.data };
  }
  const cached = boundIdentitySchema.safeParse(Taro.getStorageSync(PERSON_KEY));
  if (isOffline(who.error) && cached.success) return { ok: true, data: cached.data };
  return who;
}

export async function loadEntryBasis(recordId: string | null): Promise<ApiResult<EntryBasis>> {
  const person = await loadPerson();
  if (!person.ok) return person;
  if (!person.data.roles.some((r) => r.role === 'teacher')) {
    return { ok: false, error: { code: 'FORBIDDEN', message: '您的账号没有教师身份，不能登记证书' } };
  }
  const p = person.data.person;
  let record: RecordView | null = null;
  if (recordId) {
    const got = await fetchRecord(recordId);
    if (!got.ok) return got;
    record = got.data;
  }
  const year = record?.year ?? beijingYear();
  const [policy, records] = await Promise.all([fetchPolicyInForce(p.id, year), fetchAllMyRecords(p.id)]);
  if (!policy.ok) return policy;
  const teacher: TeacherContext = { teacherId: p.id, name: p.name, statuses: p.statuses, ...(p.hiredOn ? { hiredOn: p.hiredOn } : {}) };
  const preview: PreviewBasis | null = records.ok
    ? { ref: policy.data.ref, compiled: compiledFor(policy.data.ref, policy.data.policy), year, records: records.data, teacher }
    : null;
  return { ok: true, data: { person: person.data, policy: policy.data, plan: formPlanOf(policy.data.policy), preview, record } };
}

/** The basis as a remote value (loading / error + 重试 / ready). */
export function useEntryBasis(recordId: string | null) {
  return useRemote(() => loadEntryBasis(recordId));
}
