import { nextStatus, transitionRefusal, type RecordActor, type RecordCommand } from '../../../../shared/records/state-machine';
import type { AuditAction } from '../../../../shared/schemas/domain/audit-entry';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { RecordDoc, RecordHistoryEntry } from '../../../../shared/schemas/domain/record-doc';
import type { Deps } from '../../deps';
import type { DocumentTransaction } from '../../ports/document-store';
import { AppError, fail } from '../app-error';
import { appendAudit } from './audit';

export interface TransitionSpec {
  recordId: string;
  /** Version the caller saw; null only for system transitions inside another transaction. */
  version: number | null;
  command: RecordCommand;
  actorId: string;
  auditAction: AuditAction;
  /** Proves the caller may issue the command on this (freshly read) record; returns her actor kind or throws. */
  authorize: (doc: RecordDoc) => RecordActor;
  /** Server-owned fields to change besides status/version/history. */
  patch?: (doc: RecordDoc, now: string) => Partial<RecordDoc>;
  note?: string;
  /**
   * More writes in the same transaction (upload and certificate-number claims,
   * superseding), after the record is written; `before` is the record as read.
   */
  extra?: (tx: DocumentTransaction, next: RecordDoc, before: RecordDoc) => Promise<void>;
}

/** Fields the audit entry records before/after. */
function pick(doc: RecordDoc, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = (doc as Record<string, unknown>)[k];
  return out;
}

/**
 * Applies one state-machine transition inside `tx`: re-reads the record,
 * re-checks scope, version and the transition, writes it with history, and
 * appends the audit entry in the same transaction.
 */
export async function transitionInTx(tx: DocumentTransaction, deps: Deps, now: string, spec: TransitionSpec): Promise<RecordDoc> {
  const current = await tx.get<RecordDoc>(collections.records, spec.recordId);
  if (!current) throw fail.notFound('记录不存在或已被删除');
  const actor = spec.authorize(current);
  if (spec.version !== null && current.version !== spec.version) throw fail.versionConflict();
  const to = nextStatus(spec.command, actor, current.status);
  if (!to) throw new AppError('INVALID_STATE', transitionRefusal(spec.command, current.status));
  const entry: RecordHistoryEntry = {
    at: now, by: spec.actorId, action: spec.command, from: current.status, to, ...(spec.note ? { note: spec.note } : {}),
  };
  const patch = spec.patch ? spec.patch(current, now) : {};
  const next: RecordDoc = {
    ...current, ...patch, status: to, version: current.version + 1, updatedAt: now, history: [...current.history, entry].slice(-200),
  };
  await tx.set(collections.records, next);
  if (spec.extra) await spec.extra(tx, next, current);
  const keys = ['status', 'version', ...Object.keys(patch)];
  await appendAudit(tx, deps, now, {
    actorId: spec.actorId, action: spec.auditAction, targetCollection: collections.records, targetId: current._id,
    countyId: current.countyId, schoolId: current.schoolId, before: pick(current, keys), after: pick(next, keys), ...(spec.note ? { note: spec.note } : {}),
  });
  return next;
}

/** One transition in its own transaction. */
export function transitionRecord(deps: Deps, spec: TransitionSpec): Promise<RecordDoc> {
  const now = deps.clock();
  return deps.store.transaction((tx) => transitionInTx(tx, deps, now, spec));
}
