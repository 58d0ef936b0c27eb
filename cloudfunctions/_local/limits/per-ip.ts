import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { fail } from '../reply';

/** A counter per key that forgets keys at zero (so the map never grows with old addresses). */
function counter() {
  const counts = new Map<string, number>();
  return {
    add(key: string): number {
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      return n;
    },
    remove(key: string): void {
      const n = (counts.get(key) ?? 1) - 1;
      if (n <= 0) counts.delete(key);
      else counts.set(key, n);
    },
  };
}

/**
 * Per-IP caps: open sockets (the next one is destroyed before any byte is read,
 * which is what stops 20,000 slow-body connections from one client exhausting
 * file descriptors) and requests in flight (the next answers 429 with the
 * envelope, before its body is read).
 */
export function registerPerIpCaps(app: FastifyInstance, limits: { connectionsPerIp: number; inFlightPerIp: number }): void {
  const sockets = counter();
  app.server.on('connection', (socket: Socket) => {
    const ip = socket.remoteAddress ?? 'unknown';
    if (sockets.add(ip) > limits.connectionsPerIp) {
      sockets.remove(ip);
      socket.destroy();
      return;
    }
    socket.once('close', () => sockets.remove(ip));
  });

  const inFlight = counter();
  app.addHook('onRequest', async (req, reply) => {
    const ip = req.socket.remoteAddress ?? 'unknown';
    if (inFlight.add(ip) > limits.inFlightPerIp) {
      inFlight.remove(ip);
      reply.header('retry-after', '1').header('connection', 'close');
      return reply.code(429).send(fail('TOO_MANY_ATTEMPTS', '请求太多，请稍后再试'));
    }
    // 'close' fires once the response is finished or the client went away.
    reply.raw.once('close', () => inFlight.remove(ip));
    return undefined;
  });
}
