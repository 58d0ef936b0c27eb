import type { CertificateReader } from '../../ports/certificate-reader';
import type { PaddleReader, PaddleReaderOptions } from './paddle-reader';

/**
 * The local reader, loaded on the first read: the server (and every HTTP test
 * that starts one) does not pay for loading sharp and the adapter at start-up.
 */
export function lazyPaddleReader(options: PaddleReaderOptions = {}): CertificateReader {
  let reader: Promise<PaddleReader> | undefined;
  const load = () => (reader ??= import('./paddle-reader').then((m) => new m.PaddleReader(options)));
  return {
    engine: 'paddle-ppocrv4',
    read: async (image, opts) => (await load()).read(image, opts),
    close: async () => { if (reader) await (await reader).close(); },
  };
}
