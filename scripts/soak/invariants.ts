/**
 * What must hold in the database after the load and the kills (the server
 * stopped): the SQLite file is intact, every acknowledged write is there, no
 * record was approved twice, and every record has exactly one audit entry per
 * state change (its version counts them: submit is version 1).
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { createSqliteDocumentStore } from '../../cloudfunctions/_core/adapters/local/sqlite-document-store';
import { collections } from '../../shared/schemas/domain/collections';
import type { AuditEntryDoc } from '../../shared/schemas/domain/audit-entry';
import { domainIndexes } from '../../shared/schemas/domain/indexes';
import type { RecordDoc } from '../../shared/schemas/domain/record-doc';
import type { Ack } from './load';

export interface InvariantFigures { integrity: string; records: number; acks: number; lostAcks: number; doubleApprovals: number; auditMismatches: number }

/**
 * `PRAGMA integrity_check` of the data folder's database, opened read-write so
 * that a WAL left by a SIGKILL is recovered first, as the next start would.
 */
export function integrityOf(dataDir: string): string {
  const db = new Database(path.join(dataDir, 'credits.sqlite'));
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

/** Checks the data folder; pushes one line per violation and returns the figures. */
export async function checkInvariants(dataDir: string, acks: readonly Ack[], violations: string[]): Promise<InvariantFigures> {
  const file = path.join(dataDir, 'credits.sqlite');
  const integrity = integrityOf(dataDir);
  if (integrity !== 'ok') violations.push(`SQLite integrity_check: ${integrity}`);

  const store = createSqliteDocumentStore({ file, indexes: domainIndexes });
  try {
    const records = await store.find<RecordDoc>(collections.records, {});
    const audit = await store.find<AuditEntryDoc>(collections.audit, { targetCollection: collections.records });
    const byId = new Map(records.map((r) => [r._id, r]));
    const auditCount = new Map<string, number>();
    const approvals = new Map<string, number>();
    for (const a of audit) {
      auditCount.set(a.targetId, (auditCount.get(a.targetId) ?? 0) + 1);
      if (a.action === 'review.approve') approvals.set(a.targetId, (approvals.get(a.targetId) ?? 0) + 1);
    }
    let lostAcks = 0;
    for (const ack of acks) {
      const r = byId.get(ack.recordId);
      if (!r || r.version < ack.version) { lostAcks += 1; violations.push(`已确认的写入丢失：${ack.op} ${ack.recordId} v${ack.version}（库中 ${r ? `v${r.version}` : '没有'}）`); }
      else if (ack.op === 'approve' && r.status !== 'approved') { lostAcks += 1; violations.push(`已确认的审核通过丢失：${ack.recordId} 现为 ${r.status}`); }
    }
    const ackedApprovals = new Map<string, number>();
    for (const ack of acks) if (ack.op === 'approve') ackedApprovals.set(ack.recordId, (ackedApprovals.get(ack.recordId) ?? 0) + 1);
    let doubleApprovals = 0;
    for (const id of new Set([...approvals.keys(), ...ackedApprovals.keys()])) {
      if ((approvals.get(id) ?? 0) > 1 || (ackedApprovals.get(id) ?? 0) > 1) { doubleApprovals += 1; violations.push(`重复审核通过：${id}`); }
    }
    let auditMismatches = 0;
    for (const r of records) {
      const n = auditCount.get(r._id) ?? 0;
      if (n !== r.version || r.history.length !== Math.min(r.version, 200)) {
        auditMismatches += 1;
        violations.push(`审计与状态变化不一致：${r._id} 版本 ${r.version}，审计 ${n} 条，历史 ${r.history.length} 条`);
      }
    }
    return { integrity, records: records.length, acks: acks.length, lostAcks, doubleApprovals, auditMismatches };
  } finally {
    await store.close();
  }
}
