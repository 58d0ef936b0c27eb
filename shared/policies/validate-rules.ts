import type { Policy } from '../schemas/policy';
import { TOTAL_ID } from '../schemas/policy';
import type { PolicyCondition } from '../schemas/policy-condition';
import { SCALE } from '../credits';
import { type ErrorSink } from './check-values';
import { walkCondition } from './condition-walk';
import { checkLimit } from './validate-structure';

type Parents = Map<string, string | undefined>;

function isAncestor(parents: Parents, maybeAncestor: string, of: string): boolean {
  // bounded walk: a parent loop (reported as CATEGORY_LOOP) must not hang the loader
  let steps = parents.size;
  for (let at = parents.get(of); at !== undefined && steps > 0; at = parents.get(at), steps -= 1) {
    if (at === maybeAncestor) {
      return true;
    }
  }
  return false;
}

/** Rule ids unique across every rule list; project refs unique. */
export function checkRuleIds(p: Policy, sink: ErrorSink): void {
  const seen = new Set<string>();
  const lists: [string, { id: string }[]][] = [
    ['classify', p.classify], ['conversion', p.conversion], ['bonuses', p.bonuses],
    ['substitutions', p.substitutions], ['statusRules', p.statusRules],
    ['eligibility.exclusions', p.eligibility.exclusions], ['targets', p.targets],
  ];
  const single = [p.eligibility.requirePassed, p.eligibility.certificate, p.eligibility.composite];
  for (const [name, list] of lists) {
    list.forEach((r, i) => {
      if (seen.has(r.id)) {
        sink.add('DUPLICATE_ID', `${name}[${i}].id`, `规则编号 ${r.id} 重复`);
      }
      seen.add(r.id);
    });
  }
  single.forEach((r) => {
    if (r && seen.has(r.id)) {
      sink.add('DUPLICATE_ID', 'eligibility', `规则编号 ${r.id} 重复`);
    }
    if (r) {
      seen.add(r.id);
    }
  });
  const refs = new Set<string>();
  p.projects.forEach((proj, i) => {
    if (refs.has(proj.ref)) {
      sink.add('DUPLICATE_ID', `projects[${i}].ref`, `项目编号 ${proj.ref} 重复`);
    }
    refs.add(proj.ref);
  });
}

/** Category and project references inside one condition tree. */
function checkCondition(p: Policy, parents: Parents, c: PolicyCondition | undefined, path: string, sink: ErrorSink, inClassify = false): void {
  const refs = new Set(p.projects.map((x) => x.ref));
  walkCondition(c, path, (node, at) => {
    if (node.category && inClassify) {
      sink.add('CATEGORY_IN_CLASSIFY', `${at}.category`, '归类规则不能以类别本身为条件');
    }
    node.category?.forEach((id, i) => {
      if (!parents.has(id)) {
        sink.add('UNKNOWN_CATEGORY', `${at}.category[${i}]`, `类别 ${id} 不存在`);
      }
    });
    node.projectRef?.forEach((ref, i) => {
      if (!refs.has(ref)) {
        sink.add('UNKNOWN_PROJECT', `${at}.projectRef[${i}]`, `项目 ${ref} 不在项目目录中`);
      }
    });
  });
}

/** Classification, conversion and bonus rules. */
export function checkRecordRules(p: Policy, parents: Parents, sink: ErrorSink): void {
  p.classify.forEach((r, i) => {
    if (!parents.has(r.category)) {
      sink.add('UNKNOWN_CATEGORY', `classify[${i}].category`, `类别 ${r.category} 不存在`);
    }
    checkCondition(p, parents, r.when, `classify[${i}].when`, sink, true);
  });
  p.conversion.forEach((r, i) => {
    const at = `conversion[${i}]`;
    checkCondition(p, parents, r.when, `${at}.when`, sink);
    if ((r.coefficient === undefined) === (r.hoursPerCredit === undefined)) {
      sink.add('CONVERSION_SHAPE', at, '折算规则必须且只能给出 coefficient 或 hoursPerCredit 之一');
    }
    sink.ratio(r.coefficient, `${at}.coefficient`, '学分系数');
    const hpc = sink.ratio(r.hoursPerCredit, `${at}.hoursPerCredit`, '每学分学时数');
    if (hpc && hpc.num === 0) {
      sink.add('ZERO_HOURS_PER_CREDIT', `${at}.hoursPerCredit`, '每学分学时数必须大于 0');
    }
    sink.amount(r.maxCreditsPerRecord, `${at}.maxCreditsPerRecord`);
  });
  p.bonuses.forEach((b, i) => {
    const at = `bonuses[${i}]`;
    checkCondition(p, parents, b.when, `${at}.when`, sink);
    if (b.kind === 'add-hours') {
      for (const [level, v] of Object.entries(b.hoursByAwardLevel)) {
        sink.amount(v, `${at}.hoursByAwardLevel.${level}`);
      }
    } else if (b.kind === 'percent') {
      sink.ratio(b.percent, `${at}.percent`, '奖励百分比');
    } else {
      sink.ratio(b.times, `${at}.times`, '奖励倍数');
    }
  });
}

/** Substitutions, status rules, eligibility and targets. */
export function checkRequirementRules(p: Policy, parents: Parents, sink: ErrorSink): void {
  const hasCycle = p.period.cycle !== undefined;
  p.substitutions.forEach((s, i) => {
    const at = `substitutions[${i}]`;
    if (!parents.has(s.from)) {
      sink.add('UNKNOWN_CATEGORY', `${at}.from`, `类别 ${s.from} 不存在`);
    }
    if (s.to.length === 0) {
      sink.add('SUBSTITUTION_EMPTY', `${at}.to`, '替换规则没有指向任何类别');
    }
    s.to.forEach((t, j) => {
      if (!parents.has(t)) {
        sink.add('UNKNOWN_CATEGORY', `${at}.to[${j}]`, `类别 ${t} 不存在`);
      } else if (t === s.from || isAncestor(parents, t, s.from) || isAncestor(parents, s.from, t)) {
        sink.add('SUBSTITUTION_SELF', `${at}.to[${j}]`, `${s.from} 不能替换自身、上级或下级类别 ${t}`);
      }
    });
    if (s.scopes.includes('cycle') && !hasCycle) {
      sink.add('SCOPE_WITHOUT_CYCLE', `${at}.scopes`, '政策没有周期，不能在周期内替换');
    }
    checkCondition(p, parents, s.fromWhen, `${at}.fromWhen`, sink);
  });
  p.statusRules.forEach((r, i) => {
    r.overrides.forEach((o, j) => {
      const at = `statusRules[${i}].overrides[${j}]`;
      if (o.category !== TOTAL_ID && !parents.has(o.category)) {
        sink.add('UNKNOWN_CATEGORY', `${at}.category`, `类别 ${o.category} 不存在`);
      }
      checkLimit({ ...o, source: r.source }, at, hasCycle, o.scope, sink);
    });
  });
  const e = p.eligibility;
  checkCondition(p, parents, e.certificate?.when, 'eligibility.certificate.when', sink);
  e.exclusions.forEach((x, i) => checkCondition(p, parents, x.when, `eligibility.exclusions[${i}].when`, sink));
  if (e.composite) {
    checkCondition(p, parents, e.composite.when, 'eligibility.composite.when', sink);
    const a = sink.ratio(e.composite.onlineWeight, 'eligibility.composite.onlineWeight', '线上权重');
    const b = sink.ratio(e.composite.offlineWeight, 'eligibility.composite.offlineWeight', '线下权重');
    if (a && b && a.num * b.den + b.num * a.den !== a.den * b.den) {
      sink.add('INVALID_WEIGHTS', 'eligibility.composite', '线上与线下权重之和必须为 1');
    }
  }
  p.targets.forEach((t, i) => {
    const at = `targets[${i}]`;
    checkCondition(p, parents, t.when, `${at}.when`, sink);
    const min = sink.amount(t.min, `${at}.min`);
    if (t.measure === 'records' && min !== undefined && min % SCALE !== 0) {
      sink.add('INVALID_AMOUNT', `${at}.min`, '记录条数必须是整数');
    }
    if (t.scope === 'after-hire' && t.months === undefined) {
      sink.add('TARGET_WINDOW_MISSING', `${at}.months`, '入职后时限目标必须给出月数');
    }
    if (t.scope === 'cycle' && !hasCycle) {
      sink.add('SCOPE_WITHOUT_CYCLE', `${at}.scope`, '政策没有周期，不能设置周期目标');
    }
  });
}
