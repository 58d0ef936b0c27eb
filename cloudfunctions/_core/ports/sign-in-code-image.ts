/**
 * The sign-in code image port: turns a session's rotating code into a picture
 * the organiser's screen shows and a teacher's phone scans. Locally a QR code of
 * the H5 scan page's URL (adapters/qrcode); on CloudBase a mini-program code
 * (wxacode.getUnlimited, adapters/cloudbase/wxacode-image) that opens the scan
 * page with `scene` = the code. The use-case never knows which.
 */
export interface SignInCodeImage {
  /** A PNG (or JPEG) of `code`; base64 so it travels inside the JSON envelope. */
  render(code: string): Promise<{ mime: string; base64: string }>;
}

/** The mini-program page (and H5 hash route) that signs a teacher in. */
export const SIGN_IN_SCAN_PAGE = 'sign-in/scan/index';
