import { collections } from '../../../../shared/schemas/domain/collections';
import type { AuditAction, AuditEntryDoc } from '../../../../shared/schemas/domain/audit-entry';
import type { Deps } from '../../deps';
import type { DocumentTransaction } from '../../ports/document-store';
import { newId } from './ids';

export interface AuditInput {
  actorId: string;
  action: AuditAction;
  targetCollection: string;
  targetId: string;
  countyId: string | null;
  /** School of the target; when absent it is taken from `after` / `before` if they carry one. */
  schoolId?: string | null;
  before: unknown;
  after: unknown;
  note?: string;
}

function schoolIn(snapshot: unknown): string | null {
  const id = (snapshot as { schoolId?: unknown } | null | undefined)?.schoolId;
  return typeof id === 'string' ? id : null;
}

/**
 * Appends an audit entry through the transaction handle, so it commits or
 * rolls back together with the change it describes.
 */
export async function appendAudit(tx: DocumentTransaction, deps: Deps, at: string, input: AuditInput): Promise<void> {
  const entry: AuditEntryDoc = {
    _id: newId(deps),
    at,
    actorId: input.actorId,
    action: input.action,
    targetCollection: input.targetCollection,
    targetId: input.targetId,
    countyId: input.countyId,
    schoolId: input.schoolId ?? schoolIn(input.after) ?? schoolIn(input.before),
    before: input.before ?? null,
    after: input.after ?? null,
    ...(input.note ? { note: input.note } : {}),
  };
  await tx.add(collections.audit, entry);
}
