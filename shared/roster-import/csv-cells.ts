import type { TableRow } from '../import/cell';

/** Why a CSV text could not be split into cells (stable codes for the screen and tests). */
export const csvErrorCodes = ['CSV_UNCLOSED_QUOTE'] as const;
export type CsvErrorCode = (typeof csvErrorCodes)[number];

/** The rows of a CSV text, or why it has none: nothing is imported from a file that fails. */
export type CsvCells =
  | { ok: true; rows: TableRow[] }
  | { ok: false; code: CsvErrorCode; rowNumber: number; message: string };

function unclosedQuote(rowNumber: number, line: number): CsvCells {
  const where = line === rowNumber ? `第 ${rowNumber} 行` : `第 ${rowNumber} 行（文本的第 ${line} 行）`;
  return {
    ok: false,
    code: 'CSV_UNCLOSED_QUOTE',
    rowNumber,
    message: `${where}：引号没有闭合——这一行里的「"」直到文件末尾都没有配对的「"」，后面的内容分不清行和列。`
      + '请用 Excel 或 WPS 打开文件检查这一行，去掉多余的引号（或另存为 .xlsx）后再导入。这个文件的内容都没有导入。',
  };
}

/**
 * Splits CSV text (RFC 4180 quotes, CRLF, LF or CR line ends, BOM dropped; `delimiter`
 * one character, default ',') into rows
 * numbered as a spreadsheet shows them: a quoted cell may span lines and stays one row;
 * a blank line is a blank row. A quote that opens a cell and never closes is refused
 * (CSV_UNCLOSED_QUOTE, naming its row) — read on, it would silently swallow the rest of
 * the file into one cell. A quote inside an unquoted cell (`张"三`) or right after a
 * closing quote is kept as text, as Excel and WPS do.
 */
export function csvRows(text: string, delimiter = ','): CsvCells {
  const src = text.replace(/^\uFEFF/, '');
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let rowNumber = 1;
  let line = 1; // physical line, for the message when a quoted cell spans lines
  let quoteOpened = { rowNumber: 1, line: 1 };
  const endRow = () => { cells.push(field); rows.push({ rowNumber, cells }); cells = []; field = ''; rowNumber += 1; line += 1; };
  for (let i = 0; i < src.length; i += 1) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { field += '"'; i += 1; } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n' || (ch === '\r' && src[i + 1] !== '\n')) line += 1;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') { quoted = true; quoteOpened = { rowNumber, line }; } else if (ch === delimiter) { cells.push(field); field = ''; } else if (ch === '\n') endRow();
    else if (ch === '\r') { if (src[i + 1] === '\n') i += 1; endRow(); } else field += ch;
  }
  if (quoted) return unclosedQuote(quoteOpened.rowNumber, quoteOpened.line);
  if (field !== '' || cells.length > 0) endRow();
  return { ok: true, rows };
}
