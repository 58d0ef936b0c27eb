import { add, formatAmount, fromDecimal, multiply, type Fixed } from '../credits';
import type { ExclusionReason, ExplanationStep } from '../schemas/progress-report';
import type { CreditRecord } from '../schemas/record';
import type { CompiledEligibility } from './compiled-types';
import { reason } from './reasons';

type Composite = NonNullable<CompiledEligibility['composite']>;

const score = (a: Fixed): string => formatAmount(a, { unit: '' });

function part(passed: boolean | undefined, value: number | undefined, pass: Fixed): { ok: boolean | null; value: Fixed | null } {
  const v = value === undefined ? null : fromDecimal(value);
  if (passed !== undefined) return { ok: passed, value: v };
  if (v === null) return { ok: null, value: null };
  return { ok: v >= pass, value: v };
}

/**
 * 武定: "线下成绩（40%）和线上成绩（60%）进行合成汇总（…两者中有一项不合格，其本人当年培训不合格）".
 * An explicit passed flag wins over the score; a part with neither is missing.
 */
export function checkComposite(c: Composite, r: CreditRecord): { reason: ExclusionReason | null; step: ExplanationStep | null } {
  const comp = r.composite;
  const online = part(comp?.onlinePassed, comp?.onlineScore, c.passScore);
  const offline = part(comp?.offlinePassed, comp?.offlineScore, c.passScore);
  const missing = [online.ok === null ? '网络研修（线上）' : '', offline.ok === null ? '校本研修（线下）' : ''].filter(Boolean);
  if (missing.length > 0) {
    return { reason: reason('COMPOSITE_MISSING', `缺少${missing.join('和')}考核结果，两项均合格才计入学分`, c.ruleId, c.source), step: null };
  }
  const failed = [online.ok ? '' : '网络研修（线上）', offline.ok ? '' : '校本研修（线下）'].filter(Boolean);
  if (failed.length > 0) {
    return { reason: reason('COMPOSITE_FAILED', `${failed.join('和')}考核不合格，两项均合格才算合格，本年度培训不计学分`, c.ruleId, c.source), step: null };
  }
  let text = '线上、线下考核均合格';
  if (online.value !== null && offline.value !== null) {
    const total = add(multiply(online.value, c.online), multiply(offline.value, c.offline));
    text = `综合成绩 ${score(online.value)}×${c.onlineText} + ${score(offline.value)}×${c.offlineText} = ${score(total)} 分；${text}`;
  }
  return { reason: null, step: { kind: 'composite', scope: 'record', year: null, ruleId: c.ruleId, text, source: c.source, amount: null } };
}
