/**
 * Named queries over the export log, for the cleanup: a register file the log
 * names is a register someone made and may download; one it does not name is
 * the leftover of an export that died between writing the file and logging it.
 */
import { collections } from '../../../../shared/schemas/domain/collections';
import type { ExportLogDoc } from '../../../../shared/schemas/domain/export-log';
import type { Deps } from '../../deps';

const PAGE = 500;

/**
 * Every register file id the export log names (kept for good: log entries never expire).
 * Paged oldest first, so an export logged meanwhile lands on the last page instead of
 * shifting an older entry past a page boundary.
 */
export async function fileIdsNamedByExports(deps: Deps): Promise<Set<string>> {
  const out = new Set<string>();
  for (let skip = 0; ; skip += PAGE) {
    const page = await deps.store.find<ExportLogDoc>(collections.exports, {}, { limit: PAGE, skip, orderBy: [{ field: 'at', direction: 'asc' }] });
    for (const entry of page) out.add(entry.fileId);
    if (page.length < PAGE) return out;
  }
}

/** The log entry of one register file, or null: no entry, no download and no reason to keep it. */
export async function exportLogOfFile(deps: Deps, fileId: string): Promise<ExportLogDoc | null> {
  const [entry] = await deps.store.find<ExportLogDoc>(collections.exports, { fileId }, { limit: 1 });
  return entry ?? null;
}
