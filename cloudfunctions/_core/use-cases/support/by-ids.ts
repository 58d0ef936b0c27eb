import type { DocumentStore, StoredDoc } from '../../ports/document-store';

/** Ids per `in` query: bounds the request size (as the summary refresh does). */
const IDS_PER_QUERY = 100;

/**
 * The documents of one collection with these ids, keyed by id, in one `_id in
 * [...]` query per hundred distinct ids instead of one get per id (N+1 reads).
 * Ids with no document are absent from the map; empty and repeated ids cost nothing.
 */
export async function byIds<T extends StoredDoc>(store: DocumentStore, collection: string, ids: readonly string[]): Promise<Map<string, T>> {
  const unique = [...new Set(ids.filter(Boolean))];
  const out = new Map<string, T>();
  for (let i = 0; i < unique.length; i += IDS_PER_QUERY) {
    const docs = await store.find<T>(collection, { _id: { in: unique.slice(i, i + IDS_PER_QUERY) } });
    for (const d of docs) out.set(d._id, d);
  }
  return out;
}
