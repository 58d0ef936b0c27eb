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
  before: unknown;
  after: unknown;
  note?: string;
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
    before: input.before ?? null,
    after: input.after ?? null,
    ...(input.note ? { note: input.note } : {}),
  };
  await tx.add(collections.audit, entry);
}
