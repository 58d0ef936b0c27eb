import path from 'node:path';
import dayjs from 'dayjs';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { createDiskFileStore, type DiskFileStore } from '../_core/adapters/local/disk-file-store';
import { createSqliteDocumentStore, type SqliteDocumentStore } from '../_core/adapters/local/sqlite-document-store';
import { createStaticIdentity } from '../_core/adapters/local/static-identity';
import { createQrCodeImage } from '../_core/adapters/qrcode/qr-code-image';
import { createSharpImageNormalizer } from '../_core/adapters/sharp/sharp-image-normalizer';
import type { Deps } from '../_core/deps';
import { lazyPaddleReader } from '../_core/adapters/reader/lazy-paddle-reader';
import type { CertificateReader } from '../_core/ports/certificate-reader';
import { functions } from '../_core/registry';
import { domainIndexes } from '../../shared/schemas/domain/indexes';
import { MAX_CERTIFICATE_BYTES } from '../_core/uploads/check-certificate';
import { demoPickerMode, type DemoPickerMode } from './demo-picker-gate';
import { createFileAccess } from './file-access';
import { envelopeClientError, envelopeFrameworkError } from './limits/client-errors';
import { JsonShapeError, registerJsonBodyParser } from './limits/json-body';
import { registerPerIpCaps } from './limits/per-ip';
import { defaultServerLimits, type ServerLimits } from './limits/server-limits';
import { fail, transportErrors } from './reply';
import { registerFileRoute } from './routes/files';
import { registerFunctionRoutes } from './routes/functions';
import { registerSignInRoutes } from './routes/sign-in';
import { registerStaticClient } from './routes/static-client';
import { registerUploadRoute } from './routes/upload';
import { createSessionBook } from './sessions';

/** Options of {@link createLocalServer}. */
export interface LocalServerOptions {
  /** Folder holding `credits.sqlite` and `files/`; created when missing. */
  dataDir: string;
  port?: number;
  host?: string;
  /** The H5 build to serve at `/`; default `client/dist/h5` of this repository. */
  clientDir?: string;
  /** Injectable clock (tests, seed); default: now, as ISO-8601. */
  clock?: () => string;
  /** Fastify's request log; off by default so tests and `npm start` stay quiet. */
  logger?: boolean;
  /** Timeouts, body and per-IP limits (limits/server-limits); defaults suit real users. */
  limits?: Partial<ServerLimits>;
  /** Who may use the demo picker; default: loopback callers when `host` is loopback, else nobody. */
  demoPicker?: DemoPickerMode;
  /**
   * Certificate reader for records.read-certificate; default: the local
   * PaddleOCR reader (its child process starts on the first read and stays warm).
   */
  reader?: CertificateReader;
  /**
   * Origin the sign-in QR codes point phones at (`<origin>/#/sign-in/scan/index?code=…`),
   * e.g. `http://192.168.1.20:8787` so phones on the LAN can open it; default: the
   * address this server listens on (known once `listen()` resolves).
   */
  publicOrigin?: string;
}

/** A local server with its open stores. */
export interface LocalServer {
  app: FastifyInstance;
  store: SqliteDocumentStore;
  files: DiskFileStore;
  /** Starts listening; resolves to the base URL (with the real port when 0 was asked). */
  listen(): Promise<string>;
  /** Stops listening and closes the database. */
  close(): Promise<void>;
}

const repoRoot = path.resolve(__dirname, '..', '..');

/** Maps transport failures (bad JSON, too big, wrong type) to the standard envelope. */
function mapTransportError(err: FastifyError, url: string): { status: number; body: ReturnType<typeof fail> } {
  const isUpload = url.startsWith('/local/upload');
  if (err instanceof JsonShapeError) return { status: 400, body: fail('INVALID_INPUT', err.userMessage) };
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, body: isUpload ? fail('FILE_TOO_LARGE', `证书文件不能超过 ${MAX_CERTIFICATE_BYTES / 1024 / 1024} MB，请压缩后重新上传`) : fail('INVALID_INPUT', '请求内容过大') };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, body: transportErrors.unsupportedType() };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, body: transportErrors.badJson() };
    default:
      if (err instanceof SyntaxError) return { status: 400, body: transportErrors.badJson() };
      if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return { status: err.statusCode, body: fail('INVALID_INPUT', '请求格式不正确') };
      return { status: 500, body: transportErrors.internal() };
  }
}

/**
 * The local HTTP stack: every registry function at `POST /api/fn/:name`, local
 * sign-in standing in for WeChat's OPENID, certificate uploads and files, and
 * the H5 client at `/`. Data lives in `<dataDir>/credits.sqlite` (WAL) and
 * `<dataDir>/files`.
 */
export async function createLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const store = createSqliteDocumentStore({ file: path.join(options.dataDir, 'credits.sqlite'), indexes: domainIndexes });
  const files = createDiskFileStore({ dataDir: options.dataDir });
  const clock = options.clock ?? (() => dayjs().toISOString());
  const sessions = createSessionBook(store, clock);
  const images = createSharpImageNormalizer();
  const reader = options.reader ?? lazyPaddleReader();
  // Why a variable: with port 0 (tests) the real origin is known only after listen().
  let origin = options.publicOrigin ?? `http://${options.host ?? '127.0.0.1'}:${options.port ?? 8787}`;
  const signInCodes = createQrCodeImage(() => origin);
  const depsFor = (openid: string | null): Deps => ({ store, files, identity: createStaticIdentity(openid), clock, images, reader, signInCodes });

  const limits: ServerLimits = { ...defaultServerLimits, ...options.limits };
  const app = Fastify({
    logger: options.logger ?? false, bodyLimit: limits.jsonBodyBytes, trustProxy: false,
    requestTimeout: limits.requestTimeoutMs, connectionTimeout: limits.idleTimeoutMs,
    http: { connectionsCheckingInterval: limits.timeoutCheckMs },
    clientErrorHandler: envelopeClientError, frameworkErrors: envelopeFrameworkError,
  });
  app.server.headersTimeout = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  registerPerIpCaps(app, limits);
  registerJsonBodyParser(app, limits);
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const { status, body } = mapTransportError(err, req.url);
    if (status >= 500) console.error(`[local] ${req.method} ${req.url.slice(0, 200)} failed:`, err); // server-side only
    return reply.code(status).send(body);
  });

  registerFunctionRoutes(app, { functions, sessions, depsFor: (identity) => ({ store, files, identity, clock, images, reader, signInCodes }) });
  const demoPicker = options.demoPicker ?? demoPickerMode(options.host ?? '127.0.0.1', undefined);
  registerSignInRoutes(app, { sessions, identity: functions.identity, depsFor, clock, demoPicker });
  await registerUploadRoute(app, { sessions, depsFor });
  registerFileRoute(app, { sessions, files, canRead: createFileAccess(depsFor) });
  await registerStaticClient(app, options.clientDir ?? path.join(repoRoot, 'client', 'dist', 'h5'), {
    sessions, identity: functions.identity, progress: functions.progress,
    depsFor: (identity) => ({ store, files, identity, clock, images, reader, signInCodes }),
  });

  return {
    app,
    store,
    files,
    async listen() {
      await app.listen({ port: options.port ?? 8787, host: options.host ?? '127.0.0.1' });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
      if (!options.publicOrigin) origin = url;
      return url;
    },
    async close() {
      await app.close();
      await reader.close();
      await store.close();
    },
  };
}
