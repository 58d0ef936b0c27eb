/**
 * Reading a sign-in code (issue 15) out of what the teacher scanned or typed. Tiny and pure on
 * purpose: 首页's 「扫码签到」 button (main package) uses it, so it imports nothing.
 *
 * What a scan can give (weapp `Taro.scanCode`):
 * - a QR of the H5 URL `<origin>/#/sign-in/scan/index?code=CODE` → `result` is that URL;
 * - a mini-program code (wxacode.getUnlimited, scene = CODE) → `path` is
 *   `sign-in/scan/index?scene=CODE` (the scene may arrive URL-encoded, once or twice);
 * - the code typed by hand (H5, or a teacher reading it off the screen): `ABCD EF2345`, any case.
 */

/** The page that signs her in; reads `code` or `scene` from its query. */
export const SIGN_IN_SCAN_URL = '/sign-in/scan/index';
/** 我的培训. */
export const MY_TRAININGS_URL = '/sign-in/mine/index';

/** Letters and digits a code is made of: no 0/O, 1/I/L, so it can be read aloud and typed. */
export const CODE_LENGTH = 10;
const CODE_RE = /^[A-HJ-KM-NP-Z2-9]{10}$/;

/** Decodes `%xx` as often as it was encoded (scene values are often encoded twice). */
function decodeFully(value: string): string {
  let current = value;
  for (let i = 0; i < 3; i += 1) {
    let next: string;
    try { next = decodeURIComponent(current); } catch { return current; }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** A typed or scanned code, tidied (spaces, dashes, lower case); null when it cannot be one. */
export function normaliseCode(text: string): string | null {
  const tidy = decodeFully(text).replace(/[\s\-_]/g, '').toUpperCase();
  return CODE_RE.test(tidy) ? tidy : null;
}

/** The value of `key` in the query part(s) of a URL or a mini-program path (hash routes too). */
function queryValue(text: string, key: string): string | null {
  const re = new RegExp(`[?&#]${key}=([^&#]*)`, 'i');
  const m = re.exec(text) ?? re.exec(decodeFully(text));
  return m?.[1] ?? null;
}

/** What `Taro.scanCode` answers (only the fields read here). */
export interface ScanAnswer { result?: string; path?: string }

/**
 * The sign-in code in a scan answer, a page query, or typed text; null when there is none
 * (another QR code: a web page, a payment code…).
 */
export function signInCodeOf(scan: ScanAnswer | string): string | null {
  const texts = typeof scan === 'string' ? [scan] : [scan.path ?? '', scan.result ?? ''];
  for (const text of texts) {
    if (!text) continue;
    for (const key of ['code', 'scene']) {
      const value = queryValue(text, key);
      if (value === null) continue;
      // A scene may itself be a little query (`code=…`) when the code was made that way.
      const inner = decodeFully(value);
      const code = normaliseCode(inner) ?? (inner.includes('=') ? normaliseCode(queryValue(`?${inner}`, 'code') ?? '') : null);
      if (code) return code;
    }
  }
  // A bare code (typed, or a QR that holds only the code).
  for (const text of texts) {
    if (text && !/[/?=]/.test(text)) {
      const code = normaliseCode(text);
      if (code) return code;
    }
  }
  return null;
}

/** The scan page's URL for a code. */
export const signInUrlOf = (code: string): string => `${SIGN_IN_SCAN_URL}?code=${encodeURIComponent(code)}`;
