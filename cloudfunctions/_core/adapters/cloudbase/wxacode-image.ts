import type { CloudBase } from '@cloudbase/node-sdk';
import { SIGN_IN_SCAN_PAGE, type SignInCodeImage } from '../../ports/sign-in-code-image';

/**
 * CloudBase adapter: a mini-program code (wxacode.getUnlimited) that opens the
 * scan page with `scene` = the sign-in code (10 characters, within the API's
 * 32). Cannot run here (needs the WeChat platform and the function's openapi
 * permission `wxacode.getUnlimited`, docs/deploy.md); kept to the one call.
 */
export function createWxacodeImage(app: CloudBase): SignInCodeImage {
  return {
    async render(code) {
      const res = await app.callWxOpenApi({
        apiName: '/wxa/getwxacodeunlimit',
        requestData: { scene: code, page: SIGN_IN_SCAN_PAGE, check_path: false, width: 480 },
      });
      const body: unknown = res.result;
      const bytes = Buffer.isBuffer(body) ? body : typeof body === 'string' ? Buffer.from(body, 'binary') : null;
      // WeChat answers errors as JSON ({ errcode, errmsg }) instead of an image.
      if (!bytes || bytes.length < 8 || bytes[0] === 0x7b) throw new Error(`wxacode.getUnlimited failed: ${String(bytes?.subarray(0, 200) ?? body)}`);
      return { mime: bytes[0] === 0x89 ? 'image/png' : 'image/jpeg', base64: bytes.toString('base64') };
    },
  };
}
