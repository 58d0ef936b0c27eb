import type { WorkbookModel } from '../../../shared/registers';

/**
 * The register writer port: turns a register model (shared/registers) into the
 * bytes of an .xlsx file. The use-cases build the model; only the adapter knows
 * the spreadsheet library (exceljs).
 */
export interface RegisterWriter {
  /** Content type of what `write` produces. */
  readonly contentType: string;
  /** File name extension, without the dot. */
  readonly extension: string;
  write(book: WorkbookModel): Promise<Buffer>;
}
