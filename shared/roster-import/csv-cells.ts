import type { TableRow } from '../import/cell';

/** Parses CSV text (RFC 4180 quotes, CRLF or LF, BOM dropped) into rows with their line numbers. */
export function csvRows(text: string): TableRow[] {
  const src = text.replace(/^\uFEFF/, '');
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let rowNumber = 1;
  const endRow = () => { cells.push(field); rows.push({ rowNumber, cells }); cells = []; field = ''; rowNumber += 1; };
  for (let i = 0; i < src.length; i += 1) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { field += '"'; i += 1; } else if (ch === '"') quoted = false; else field += ch;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') { cells.push(field); field = ''; } else if (ch === '\n') endRow();
    else if (ch === '\r') { if (src[i + 1] === '\n') i += 1; endRow(); } else field += ch;
  }
  if (field !== '' || cells.length > 0) endRow();
  return rows;
}
