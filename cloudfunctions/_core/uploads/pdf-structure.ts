/**
 * Just enough of the PDF file structure to judge a certificate PDF without
 * rendering it: the header, the trailer (`startxref` … `%%EOF`), the text
 * outside streams, and the inflated contents of object streams (where a
 * modern PDF hides its dictionaries, `/JavaScript` included). Stream data
 * itself is never scanned for names: compressed bytes match `/JS` by chance.
 */
import { inflateSync } from 'node:zlib';

/** What {@link readPdfStructure} found. */
export interface PdfStructure {
  version: string;
  /** Whether the file ends with a `%%EOF` marker at all. */
  eofFound: boolean;
  /** Everything after the last `%%EOF`. */
  trailing: string;
  /** Whether `startxref` points at an `xref` table or a cross-reference stream object. */
  xrefFound: boolean;
  /** Text outside stream data, then the inflated object streams: where dictionaries live. */
  dictionaryText: string;
  /** An object stream used a filter this reader cannot undo, or inflating failed. */
  unreadableObjectStream: boolean;
  /** Inflating object streams would exceed the budget (a zip bomb, or far too big for a certificate). */
  inflateBudgetExceeded: boolean;
}

const STREAM_START = />>\s*stream(?:\r\n|\n|\r)/g;

/** Decodes `#xx` escapes in PDF names, so `/J#61vaScript` reads as `/JavaScript`. */
export function decodeNames(text: string): string {
  return text.replace(/\/([^\s()<>[\]{}/%]*)/g, (_m, name: string) =>
    `/${name.replace(/#([0-9A-Fa-f]{2})/g, (_h, hex: string) => String.fromCharCode(parseInt(hex, 16)))}`);
}

function dictionaryOf(outside: string): string {
  const at = outside.lastIndexOf('obj');
  return decodeNames(at >= 0 ? outside.slice(at) : outside.slice(-2048));
}

/** Reads the structure, or null when the file does not even start like a PDF. */
export function readPdfStructure(bytes: Buffer, maxInflatedBytes: number): PdfStructure | null {
  const text = bytes.toString('latin1');
  const header = /^%PDF-(\d\.\d)/.exec(text);
  if (!header?.[1]) return null;
  const eof = text.lastIndexOf('%%EOF');
  const trailing = eof >= 0 ? text.slice(eof + 5) : text;
  const startxref = eof >= 0 ? /startxref\s+(\d+)\s*$/.exec(text.slice(Math.max(0, eof - 64), eof)) : null;
  const offset = startxref?.[1] ? Number(startxref[1]) : -1;
  const xrefFound = offset > 0 && offset < eof && /^\s*(xref|\d+\s+\d+\s+obj)/.test(text.slice(offset, offset + 64));

  const outside: string[] = [];
  const objectStreams: string[] = [];
  let unreadableObjectStream = false;
  let inflateBudgetExceeded = false;
  let budget = maxInflatedBytes;
  let cursor = 0;
  STREAM_START.lastIndex = 0;
  for (let m = STREAM_START.exec(text); m; m = STREAM_START.exec(text)) {
    const dataStart = m.index + m[0].length;
    const end = text.indexOf('endstream', dataStart);
    if (end < 0) break; // the rest is not a well-formed stream: scanned as outside text
    const before = text.slice(cursor, dataStart);
    outside.push(before);
    const dict = dictionaryOf(before);
    if (/\/Type\s*\/ObjStm\b/.test(dict)) {
      const filters = dict.match(/\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/)?.[1] ?? '';
      const names = filters.match(/\/[A-Za-z0-9]+/g) ?? [];
      if (names.some((n) => n !== '/FlateDecode') || names.length > 1) {
        unreadableObjectStream = true;
      } else {
        const raw = bytes.subarray(dataStart, end);
        try {
          const inflated = names.length === 1 ? inflateSync(raw, { maxOutputLength: Math.max(1, budget) }) : raw;
          budget -= inflated.length;
          objectStreams.push(inflated.toString('latin1'));
        } catch (err) {
          // By code, not instanceof: the error may come from another realm (test runners, workers).
          if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') inflateBudgetExceeded = true;
          else unreadableObjectStream = true;
        }
      }
    }
    cursor = end;
    STREAM_START.lastIndex = end;
  }
  outside.push(text.slice(cursor));
  return {
    version: header[1], eofFound: eof >= 0, trailing, xrefFound, unreadableObjectStream, inflateBudgetExceeded,
    dictionaryText: decodeNames([...outside, ...objectStreams].join('\n')),
  };
}
