import type { FileStore } from '../../_core/ports/file-store';
import type { DocumentStore } from '../../_core/ports/document-store';

/** Seeds the demo county when the database holds no county yet. */
export async function seedIfEmpty(_store: DocumentStore, _files: FileStore): Promise<{ summary: string } | null> {
  return null;
}
