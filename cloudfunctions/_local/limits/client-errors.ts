import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { fail, transportErrors } from '../reply';

/**
 * Errors Node raises on the socket before Fastify sees a request (request or
 * header timeout, malformed HTTP, header overflow), answered in the same
 * `{ ok:false, error }` envelope as everything else, then the socket closes.
 */
export function envelopeClientError(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, body] = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, fail('INVALID_INPUT', '请求超时：内容没有在规定时间内传完，请检查网络后重试')]
    : err.code === 'HPE_HEADER_OVERFLOW' ? [431, fail('INVALID_INPUT', '请求头过大')]
      : [400, fail('INVALID_INPUT', '请求格式不正确')];
  const text = JSON.stringify(body);
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n`
      + `Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`);
  }
  socket.destroy();
}

/** Router-level failures (a 300-character function name, a malformed URL) in the envelope. */
export function envelopeFrameworkError(err: FastifyError, _req: FastifyRequest, reply: FastifyReply): void {
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') void reply.code(404).send(transportErrors.notFound());
  else void reply.code(400).send(fail('INVALID_INPUT', '请求地址不正确'));
}
