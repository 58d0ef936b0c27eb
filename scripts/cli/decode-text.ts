/**
 * Text files from county offices arrive in three encodings: UTF-8 (with or
 * without the BOM Excel's 「CSV UTF-8」 writes), GBK/GB18030 (Excel's plain
 * 「CSV」 on Chinese Windows), and UTF-16 (Excel's 「Unicode 文本」). Node's
 * full-ICU TextDecoder decodes all of them; no extra package is needed.
 */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
}

/** Decode a file's bytes, detecting the encoding from the BOM or UTF-8 validity. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  let utf8: string | undefined;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    utf8 = undefined;
  }
  // Not valid UTF-8: on a Chinese machine that means the ANSI code page, GBK; GB18030 is its superset.
  const gb = new TextDecoder('gb18030').decode(bytes);
  if (utf8 === undefined) return { text: gb, encoding: 'gb18030' };
  // Short GBK text can happen to be valid UTF-8 (学时 = D1 A7 CA B1 reads as "ѧʱ"). A sheet of Chinese
  // records always holds Chinese characters: valid UTF-8 without any, when GBK gives some cleanly, is GBK.
  if (!hanzi.test(utf8) && hanzi.test(gb) && !gb.includes('\uFFFD')) return { text: gb, encoding: 'gb18030' };
  return { text: utf8, encoding: 'utf-8' };
}

const hanzi = /[\u4e00-\u9fff]/;
