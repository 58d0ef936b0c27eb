import type { Fixed } from '../credits/fixed';
import { fromHours } from '../credits/from-hours';
import type { ExclusionReason } from '../schemas/progress-report';
import type { CreditRecord } from '../schemas/record';
import type { CompiledPolicyData } from './compiled-types';
import { checkComposite } from './composite';
import { yearOf } from './dates';
import { notApproved, reason } from './reasons';
import { recordCredits } from './record-credits';
import { decisionOf } from './record-decision';
import { pushStep, type EvalContext, type RecordOutcome } from './record-outcome';

const PENDING = new Set(['submitted', 'resubmitted']);

function exclude(o: RecordOutcome, why: ExclusionReason): RecordOutcome {
  o.reason = why;
  o.credits = 0 as Fixed;
  if (!o.steps) return o;
  pushStep(o, {
    kind: 'exclude', scope: 'record', year: null, ruleId: why.ruleId ?? 'status', amount: null,
    source: why.source ?? '', text: `不计学分：${why.message}`,
  });
  return o;
}

/** Review state, dates and period: may this record count at all? Sets the record's year when it may. */
function gate(cp: CompiledPolicyData, o: RecordOutcome, ctx: EvalContext): ExclusionReason | null {
  const r = o.record;
  if (r.teacherId !== ctx.teacherId) {
    return reason('WRONG_TEACHER', '这条记录不属于该教师');
  }
  if (r.status !== 'approved') {
    if (!(ctx.includePending && PENDING.has(r.status))) return notApproved(r.status);
    o.provisional = true;
  }
  if (o.endKey === 0) {
    return reason('OUT_OF_PERIOD', `培训结束日期 ${r.endDate} 无效`, 'period', cp.policy.period.source);
  }
  if (o.endKey > ctx.asOfKey) {
    return reason('NOT_FINISHED', `培训结束日期 ${r.endDate} 晚于统计日期，结束后才计入`);
  }
  const p = cp.period;
  const y = yearOf(o.endKey);
  if (o.endKey < p.startKey || o.endKey > p.endKey || y < p.firstYear || y > p.lastYear) {
    const text = `培训结束日期 ${r.endDate} 不在本政策统计期 ${cp.policy.period.start} 至 ${cp.policy.period.end} 内`;
    return reason('OUT_OF_PERIOD', text, 'period', cp.policy.period.source);
  }
  o.year = y;
  return null;
}

/**
 * Everything decided by one record alone: eligibility (approval, period,
 * exclusions, pass, composite, certificate), category, conversion and bonuses.
 * Each refusal carries a Chinese reason and the rule behind it. What the
 * policy's conditions say comes from the record's cached decision.
 */
export function evaluateRecord(cp: CompiledPolicyData, r: CreditRecord, ctx: EvalContext): RecordOutcome {
  const endKey = cp.days.key(r.endDate);
  const o: RecordOutcome = {
    record: r, order: 0, endKey: Number.isNaN(endKey) ? 0 : endKey, startKey: -1, year: null,
    provisional: false, category: -1, hours: fromHours(r.hours), credits: 0 as Fixed, reason: null,
    steps: ctx.explain ? [] : null, countedInYear: 0 as Fixed, countedInCycle: 0 as Fixed,
    decision: null,
  };
  const gated = gate(cp, o, ctx);
  if (gated) return exclude(o, gated);
  const d = decisionOf(cp, r);
  o.decision = d;
  const ex = d.exclusion;
  if (ex) return exclude(o, reason('EXCLUDED_BY_RULE', ex.message, ex.ruleId, ex.source));
  const cls = d.classify;
  if (!cls) return exclude(o, reason('UNCLASSIFIED', cp.policy.unclassifiedMessage, 'classify'));
  o.category = cls.category;
  // steps are built only when explanations are asked for: summary runs skip the strings
  if (o.steps) {
    pushStep(o, {
      kind: 'classify', scope: 'record', year: null, ruleId: cls.ruleId, amount: null, source: cls.source,
      text: cp.categories[cls.category]?.classifyText ?? '',
    });
  }
  if (o.steps && r.projectRef && cp.projectRefs.size > 0 && !cp.projectRefs.has(r.projectRef)) {
    pushStep(o, {
      kind: 'note', scope: 'record', year: null, ruleId: 'projects', amount: null, source: cp.policy.source.title,
      text: `项目编号 ${r.projectRef} 不在本政策的项目目录中，请核对`,
    });
  }
  const el = cp.eligibility;
  if (el.requirePassed && r.passed === false) {
    return exclude(o, reason('FAILED', '考核不合格，不予登记学分', el.requirePassed.ruleId, el.requirePassed.source));
  }
  if (el.composite && d.composite) {
    const res = checkComposite(el.composite, r);
    if (res.reason) return exclude(o, res.reason);
    if (res.step && o.steps) pushStep(o, res.step);
  }
  if (el.certificate && d.certificate && !r.hasCertificate && !r.certificateNo) {
    return exclude(o, reason('NO_CERTIFICATE', '没有结业证书，不计算学分；取得证书后补充证书信息', el.certificate.ruleId, el.certificate.source));
  }
  const c = recordCredits(d, o);
  if (c === null) {
    return exclude(o, reason('NO_CONVERSION', `本政策没有「${r.form}」培训的学时折算规则`, 'conversion'));
  }
  o.credits = c;
  return o;
}
