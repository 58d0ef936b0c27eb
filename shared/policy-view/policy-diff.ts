import type { Policy } from '../schemas/policy';
import { describePolicy, type PolicyLine } from './describe-policy';

/** One difference between the policy in force and a candidate, in Chinese. */
export interface PolicyChange {
  kind: 'added' | 'removed' | 'changed';
  section: string;
  /** 「新增」「删除」「修改」 + what. */
  text: string;
  /** Sentence of the candidate (added/changed) or the current (removed) document. */
  source: string;
}

const key = (section: string, l: PolicyLine) => `${section}\u0000${l.id}`;

function flatten(p: Policy): Map<string, { section: string; line: PolicyLine }> {
  const out = new Map<string, { section: string; line: PolicyLine }>();
  for (const s of describePolicy(p)) for (const l of s.lines) out.set(key(s.title, l), { section: s.title, line: l });
  return out;
}

/**
 * What publishing `next` instead of `current` changes, rule by rule, in the
 * words of the policy screen: name, period, and every readable line (limits,
 * classification, conversions, bonuses, substitutions, statuses, exclusions,
 * targets) added, removed or reworded, with its document sentence. Pure; an
 * identical policy gives []. `current` null = nothing published yet.
 */
export function policyDiff(current: Policy | null, next: Policy): PolicyChange[] {
  if (!current) return [{ kind: 'added', section: '政策', text: `首次发布「${next.name}」`, source: next.source.title }];
  const changes: PolicyChange[] = [];
  if (current.name !== next.name) changes.push({ kind: 'changed', section: '政策', text: `名称：「${current.name}」→「${next.name}」`, source: next.source.title });
  if (current.source.title !== next.source.title) changes.push({ kind: 'changed', section: '政策', text: `依据文件：「${current.source.title}」→「${next.source.title}」`, source: next.source.title });
  const before = flatten(current);
  const after = flatten(next);
  for (const [k, a] of after) {
    const b = before.get(k);
    if (!b) changes.push({ kind: 'added', section: a.section, text: `新增 ${a.line.text}`, source: a.line.source });
    else if (b.line.text !== a.line.text || b.line.source !== a.line.source) {
      changes.push({ kind: 'changed', section: a.section, text: b.line.text === a.line.text ? `原文出处改动：${a.line.text}` : `${b.line.text} → ${a.line.text}`, source: a.line.source });
    }
  }
  for (const [k, b] of before) if (!after.has(k)) changes.push({ kind: 'removed', section: b.section, text: `删除 ${b.line.text}`, source: b.line.source });
  return changes;
}
