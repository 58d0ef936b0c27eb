import { add } from '../credits/add';
import { divideByHoursPerCredit } from '../credits/divide';
import type { Fixed } from '../credits/fixed';
import { multiply } from '../credits/multiply';
import { percentage } from '../credits/percentage';
import type { CreditRecord } from '../schemas/record';
import type { CompiledBonus, CompiledConversion, RecordDecision } from './compiled-types';
import { pushStep, type RecordOutcome } from './record-outcome';
import { bare, credits, hours } from './text';

function convert(rule: CompiledConversion, h: Fixed): Fixed {
  return rule.kind === 'coefficient' ? multiply(h, rule.ratio) : divideByHoursPerCredit(h, rule.ratio);
}

function bonusAmount(b: CompiledBonus, r: CreditRecord, base: Fixed, conv: CompiledConversion): { amount: Fixed; label: string } {
  if (b.kind === 'add-hours') {
    const extra = r.award ? b.byLevel.get(r.award.level) : undefined;
    if (extra === undefined) return { amount: 0 as Fixed, label: '' };
    return { amount: convert(conv, extra), label: `${b.name}（${r.award?.level}级）+${hours(extra)}` };
  }
  const amount = b.kind === 'percent' ? percentage(base, b.ratio) : multiply(base, b.ratio);
  return { amount, label: `${b.name} +${b.text}` };
}

/**
 * Hours → base credits by the first matching conversion rule, then every
 * matching bonus (each on the base, never compounding: "在基础学分上"), then the
 * per-record cap. Rounds half-up at each step. Returns null when no rule converts.
 */
export function recordCredits(d: RecordDecision, o: RecordOutcome): Fixed | null {
  const r = o.record;
  const conv = d.conversion;
  if (!conv) return null;
  const base = convert(conv, o.hours);
  if (o.steps) {
    const op = conv.kind === 'coefficient' ? '×' : '÷';
    pushStep(o, {
      kind: 'convert', scope: 'record', year: null, ruleId: conv.ruleId, amount: base, source: conv.source,
      text: `${hours(o.hours)} ${op} ${conv.text} = ${credits(base)}`,
    });
  }
  let total = base;
  for (const b of d.bonuses) {
    const { amount, label } = bonusAmount(b, r, base, conv);
    if (amount === 0) continue;
    const before = total;
    total = add(total, amount);
    if (o.steps) {
      pushStep(o, {
        kind: 'bonus', scope: 'record', year: null, ruleId: b.ruleId, amount: total, source: b.source,
        text: `${label}：${bare(before)} + ${bare(amount)} = ${credits(total)}`,
      });
    }
  }
  if (conv.maxCredits !== undefined && total > conv.maxCredits) {
    total = conv.maxCredits;
    if (o.steps) pushStep(o, {
      kind: 'record-cap', scope: 'record', year: null, ruleId: conv.ruleId, amount: total, source: conv.source,
      text: `单条记录最多计 ${credits(total)}`,
    });
  }
  return total;
}
