/**
 * Test-only: a small made-up policy with nested caps, a total cap, a per-record
 * cap, a 1/3 coefficient, a fromWhen substitution and a records target —
 * rules none of the five documents uses, so the engine is tested on them too.
 */
import { loadPolicy } from '../policies';
import type { Policy, PolicyInput } from '../schemas/policy';

export const syntheticRaw: PolicyInput = {
  id: 'synthetic-2030', name: '测试政策', region: { province: '测试省', county: '测试县' },
  source: { title: '测试文件', issuer: '测试局' }, version: 3,
  period: { start: '2030-01-01', end: '2031-12-31', years: [2030, 2031], cycle: { startYear: 2030, endYear: 2031 }, source: '两年一周期' },
  categories: [
    { id: 'a', name: '甲类', limits: { year: { min: 10, source: '甲类每年不少于10' }, cycle: { min: 30, source: '甲类周期不少于30' } } },
    { id: 'b', name: '乙类', limits: { year: { min: 6, source: '乙类每年不少于6' } } },
    { id: 'p', name: '丙类', limits: { year: { cap: 12, source: '丙类每年不超过12' } } },
    { id: 'p1', name: '丙一', parent: 'p', limits: { year: { cap: 8, source: '丙一每年不超过8' } } },
    { id: 'p2', name: '丙二', parent: 'p' },
  ],
  total: { year: { cap: 40, source: '每年合计不超过40' } },
  classify: [
    { id: 'to-a', category: 'a', when: { form: ['集中'] }, source: '集中计入甲类' },
    { id: 'to-b', category: 'b', when: { form: ['网络'] }, source: '网络计入乙类' },
    { id: 'to-p1', category: 'p1', when: { form: ['校本'] }, source: '校本计入丙一' },
    { id: 'to-p2', category: 'p2', when: { form: ['学区'] }, source: '学区计入丙二' },
  ],
  conversion: [
    { id: 'third', when: { form: ['网络'] }, coefficient: { num: 1, den: 3 }, source: '网络每学时记三分之一学分' },
    { id: 'capped', when: { form: ['集中'] }, coefficient: '1', maxCreditsPerRecord: 8, source: '集中单次最多8学分' },
    { id: 'one', when: {}, coefficient: 1, source: '其余一比一' },
  ],
  substitutions: [{ id: 'a-to-b', from: 'a', to: ['b'], fromWhen: { level: ['省'] }, scopes: ['year'], source: '省级甲类超出部分可抵乙类' }],
  statusRules: [{
    id: 'leave', status: 'maternity', name: '产假', cycleAdjustment: 'none',
    overrides: [{ category: 'a', scope: 'year', min: 0 }], source: '产假当年免甲类',
  }],
  targets: [
    { id: 'count-a', name: '甲类记录', when: { form: ['集中'] }, measure: 'records', min: 3, scope: 'cycle', affectsVerdict: false, source: '周期内至少3次集中' },
  ],
  verdict: 'cycle-and-years',
};

/** The synthetic policy, validated like any other. */
export function syntheticPolicy(): Policy {
  const loaded = loadPolicy(syntheticRaw);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.policy;
}

