/**
 * @jest-environment node
 *
 * The phone's preview equals the server's records.preview for the same inputs (issue 7
 * item 4), for every built-in county policy: the real use-cases answer policy.get,
 * records.list, identity.whoami and records.preview; the phone's code computes from the
 * first three exactly as the form does.
 */
import { getPolicy } from '@shared/policies';
import { loadPolicy } from '@shared/policies/load-policy';
import { boundIdentitySchema } from '@shared/schemas/api/identity';
import { policyGetData } from '@shared/schemas/api/policy';
import { listData, previewData } from '@shared/schemas/api/records';
import { openWorld, rid, type World } from '../../../../../cloudfunctions/_core/use-cases/testing/world';
import { chinaDate } from '../../../../../cloudfunctions/_core/use-cases/support/time';
import { compiledFor, computeLocalPreview, summarisePreview, type PreviewBasis } from '../model/local-preview';
import { formPlanOf } from '@/services/form-plan';
import { emptyFields, toRecordInput, type DraftFields } from '../model/draft-fields';

let w: World;
beforeAll(async () => { w = await openWorld(); });
afterAll(async () => { await w.close(); });

const policies = ['tongyu-2026', 'huoerguosi-2024', 'wuding-2021', 'jianan-2024', 'yongji-2018'];

/** Drafts as the form would make them, dated in the policy's first year. */
function drafts(policyId: string, year: number): Partial<DraftFields>[] {
  const d = (m: number, day: string) => `${year}-${String(m).padStart(2, '0')}-${day}`;
  const base = { startDate: d(5, '10'), endDate: d(5, '12'), organizer: '县教师进修学校' };
  const plan = formPlanOf(getPolicy(policyId)!);
  return [
    { ...base, title: '县级骨干教师集中培训', hours: '24', form: '集中', level: '县', content: plan.content ? '专业' : '', track: plan.track ? '必修' : '', topic: plan.topic ? '大单元教学' : '', projectRef: plan.projects[0]?.ref ?? '' },
    { ...base, title: '校本研修：作业设计', hours: '12.5', form: '校本', level: '校', content: plan.content ? '公需' : '', tags: plan.tags.slice(0, 1), track: plan.track ? '校本' : '' },
    { ...base, title: '省级网络研修', hours: '50', form: '网络', level: '省', awardGrade: plan.awardGrades?.[0] ?? '', awardLevel: '省', role: plan.role ? '主讲' : '学员', onlineScore: '82', offlineScore: '75', location: plan.location ? '县外' : '县内' },
    { ...base, title: '混合式全员培训', hours: '40', form: '混合', level: '县', tags: plan.tags, onlineScore: '90', offlineScore: '58', hasCertificate: 'no' },
  ];
}

describe.each(policies)('%s: phone preview = records.preview', (policyId) => {
  const policy = getPolicy(policyId)!;
  const year = policy.period.years[0]!;

  beforeAll(async () => {
    await w.ok('policy', { action: 'publish', year, policyId }, 'zoe');
    // alice's history in that year: one approved, one pending, one returned (not counted).
    const plan = formPlanOf(policy);
    const [a, b, c] = drafts(policyId, year).map((f) => toRecordInput({ ...emptyFields, ...f }, plan));
    const submit = async (input: unknown) => (await w.ok<{ record: { id: string; version: number } }>('records', { action: 'submit', requestId: rid(), record: input }, 'alice')).record;
    if (!a?.ok || !b?.ok || !c?.ok) throw new Error('drafts must be valid');
    const r1 = await submit(a.input);
    await w.ok('review', { action: 'approve', recordId: r1.id, version: r1.version }, 'paula');
    await submit(b.input);
    const r3 = await submit({ ...c.input, title: '被退回的记录' });
    await w.ok('review', { action: 'return', recordId: r3.id, version: r3.version, reason: '学时不符', fields: ['hours'] }, 'paula');
  });

  it.each([0, 1, 2, 3])('draft %i', async (i) => {
    // What the phone downloads.
    const got = policyGetData.parse(await w.ok('policy', { action: 'get', year }, 'alice'));
    const loaded = loadPolicy(got.policy);
    if (!loaded.ok || !got.published) throw new Error('policy.get');
    const who = boundIdentitySchema.parse(await w.ok('identity', { action: 'whoami' }, 'alice'));
    const records = listData.parse(await w.ok('records', { action: 'list', limit: 100 }, 'alice')).items;
    const p = who.person;
    const basis: PreviewBasis = {
      ref: got.published, compiled: compiledFor(got.published, loaded.policy), year, records,
      teacher: { teacherId: p.id, name: p.name, statuses: p.statuses, ...(p.hiredOn ? { hiredOn: p.hiredOn } : {}) },
    };
    const check = toRecordInput({ ...emptyFields, ...drafts(policyId, year)[i] }, formPlanOf(loaded.policy));
    if (!check.ok) throw new Error(JSON.stringify(check.errors));

    const phone = computeLocalPreview(basis, check.input, chinaDate(w.now));
    const server = previewData.parse(await w.ok('records', { action: 'preview', year, draft: check.input }, 'alice'));
    expect(phone).toEqual(server.report);
    expect(summarisePreview(phone, year)).not.toBeNull();
  });
});
