import QRCode from 'qrcode';
import { SIGN_IN_SCAN_PAGE, type SignInCodeImage } from '../../ports/sign-in-code-image';

/** The H5 URL a local QR code carries: the phone opens the scan page with the code in its query. */
export function scanUrl(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}/#/${SIGN_IN_SCAN_PAGE}?code=${encodeURIComponent(code)}`;
}

/**
 * Local adapter: a QR PNG of {@link scanUrl}. `origin` is asked per code
 * because the local server learns its own address only once it listens
 * (port 0 in tests), and may be told a LAN address for real phones.
 */
export function createQrCodeImage(origin: () => string): SignInCodeImage {
  return {
    async render(code) {
      // Why margin 2 / width 480: scannable from a phone held at arm's length off a projector.
      const png = await QRCode.toBuffer(scanUrl(origin(), code), { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 480 });
      return { mime: 'image/png', base64: png.toString('base64') };
    },
  };
}
