import { parse } from 'csv-parse/sync';
import type { TableRow } from '../../shared/import';
import { csvRows } from '../../shared/roster-import/csv-cells';
import { decodeText } from './decode-text';

/** Pick the delimiter the header line uses most: Excel writes ',' (or ';' in some locales), 「Unicode 文本」 writes tabs. */
function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', '\t', ';', '，'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0] && counts[0].n > 0 ? counts[0].d : ',';
}

/** Outcome of reading a CSV: its rows, or a Chinese reason it could not be read. */
export type CsvRead = { ok: true; rows: TableRow[]; encoding: string } | { ok: false; message: string };

/**
 * Parse CSV bytes into rows numbered as a spreadsheet shows them: blank lines
 * are kept (and later skipped by the importer) so 第 N 行 matches what the
 * administrator sees when opening the file in Excel or WPS.
 */
export function readCsv(bytes: Uint8Array): CsvRead {
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  try {
    const records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
    }) as string[][];
    return { ok: true, encoding, rows: records.map((cells, i) => ({ rowNumber: i + 1, cells })) };
  } catch (error) {
    const info = error as { lines?: number; code?: string };
    // csv-parse reports an unclosed quote where the file ends; name the row where it opened.
    if (info.code === 'CSV_QUOTE_NOT_CLOSED') {
      const located = csvRows(text, delimiter);
      if (!located.ok) return { ok: false, message: located.message };
    }
    const where = info.lines ? `第 ${info.lines} 行附近` : '';
    return { ok: false, message: `CSV 文件格式错误${where ? `（${where}）` : ''}：引号不成对或分隔符有误` };
  }
}
