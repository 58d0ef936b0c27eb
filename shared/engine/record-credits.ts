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

/** The bonus alone, on the base credits (add-hours: the award level's extra hours, converted like the record). */
function bonusAmount(b: CompiledBonus, r: CreditRecord, base: Fixed, conv: CompiledConversion): Fixed {
  if (b.kind === 'add-hours') {
    const extra = r.award ? b.byLevel.get(r.award.level) : undefined;
    return extra === undefined ? (0 as Fixed) : convert(conv, extra);
  }
  return b.kind === 'percent' ? percentage(base, b.ratio) : multiply(base, b.ratio);
}

/** How the bonus reads in the chain ("优秀学员（省级）+4 学时"); built only for explanations. */
function bonusLabel(b: CompiledBonus, r: CreditRecord): string {
  if (b.kind !== 'add-hours') return `${b.name} +${b.text}`;
  const level = r.award?.level;
  const extra = level === undefined ? undefined : b.byLevel.get(level);
  return `${b.name}（${level}级）+${hours(extra ?? (0 as Fixed))}`;
}

/** "24 学时 × 1.3 = 31.2 学分", remembered per rule and hours: a county repeats a few hundred of them. */
function convertText(conv: CompiledConversion, h: Fixed, base: Fixed): string {
  const remember = h >= 0 && h <= 0x7fffffff; // IntTable keys
  let text = remember ? conv.stepTexts.get(h) : undefined;
  if (text === undefined) {
    text = `${hours(h)} ${conv.kind === 'coefficient' ? '×' : '÷'} ${conv.text} = ${credits(base)}`;
    if (remember) conv.stepTexts.set(h, text);
  }
  return text;
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
    pushStep(o, {
      kind: 'convert', scope: 'record', year: null, ruleId: conv.ruleId, amount: base, source: conv.source,
      text: convertText(conv, o.hours, base),
    });
  }
  let total = base;
  for (const b of d.bonuses) {
    const amount = bonusAmount(b, r, base, conv);
    if (amount === 0) continue;
    const before = total;
    total = add(total, amount);
    if (o.steps) {
      pushStep(o, {
        kind: 'bonus', scope: 'record', year: null, ruleId: b.ruleId, amount: total, source: b.source,
        text: `${bonusLabel(b, r)}：${bare(before)} + ${bare(amount)} = ${credits(total)}`,
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
