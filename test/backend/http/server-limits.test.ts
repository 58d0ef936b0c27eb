/**
 * The local server sheds abuse cheaply (issue 6 item 4): timeouts on slow
 * bodies, JSON depth and member limits before parsing, per-IP caps, every
 * failure in the `{ ok:false, error }` envelope with a capped message, and the
 * demo picker only on loopback. Limits are shrunk so each case takes moments.
 */
import { connect, type Socket } from 'node:net';
import { demoPickerMode, demoPickerRefusal, isLoopback } from '../../../cloudfunctions/_local/demo-picker-gate';
import { jsonShapeProblem } from '../../../cloudfunctions/_local/limits/json-body';
import { startHarness, type Harness } from './harness';

jest.setTimeout(30_000);

interface RawReply { status: number; body: string; closed: boolean }

/** Writes raw bytes on a fresh socket and collects whatever comes back until the server closes it (or `waitMs`). */
function rawExchange(url: string, chunks: string[], waitMs: number): Promise<RawReply> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let data = '';
    let settled = false;
    const finish = (closed: boolean) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0);
      resolve({ status, body: data.split('\r\n\r\n').slice(1).join('\r\n\r\n'), closed });
    };
    socket.on('data', (d) => { data += d.toString('utf8'); });
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.on('connect', () => { for (const c of chunks) socket.write(c); });
    setTimeout(() => finish(false), waitMs);
  });
}

const envelopeOf = (text: string) => JSON.parse(text) as { ok: boolean; error?: { code: string; message: string } };

describe('server limits with default sizes', () => {
  let h: Harness;
  let token: string;
  beforeAll(async () => {
    h = await startHarness();
    const people = ((await h.get('/local/demo-people')).body as { data: { people: { personId: string; name: string }[] } }).data.people;
    token = await h.signIn(people.find((p) => p.name === '赵磊')?.personId ?? '');
  });
  afterAll(async () => { await h.close(); });

  it('a 300-character function name gets the 404 envelope, not Fastify\'s own shape', async () => {
    const res = await h.post(`/api/fn/${'a'.repeat(300)}`, { action: 'list' }, token);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/[\u4e00-\u9fff]/) } });
  });

  it('a body over the limit, bad JSON and a malformed request line all answer in the envelope', async () => {
    const big = await h.post('/api/fn/records', `{"a":"${'x'.repeat(3 * 1024 * 1024)}"}`, token, { raw: true });
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const bad = await h.post('/api/fn/records', '{"action":', token, { raw: true });
    expect(bad).toMatchObject({ status: 400, body: { ok: false, error: { code: 'INVALID_INPUT' } } });
    const garbage = await rawExchange(h.url, ['NOT HTTP AT ALL\r\n\r\n'], 3000);
    expect(garbage.status).toBe(400);
    expect(envelopeOf(garbage.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('deep or member-heavy JSON is refused before parsing, writing nothing', async () => {
    const before = await h.snapshot();
    const deep = await h.post('/api/fn/records', `${'['.repeat(900_000)}${']'.repeat(900_000)}`, token, { raw: true });
    expect(deep).toMatchObject({ status: 400, body: { ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('嵌套过深') } } });
    const wide = await h.post('/api/fn/records', JSON.stringify({ action: 'list', rows: Array.from({ length: 60_000 }, () => 0) }), token, { raw: true });
    expect(wide).toMatchObject({ status: 400, body: { ok: false, error: { message: expect.stringContaining('字段过多') } } });
    const poisoned = await h.post('/api/fn/records', '{"action":"list","__proto__":{"admin":true}}', token, { raw: true });
    expect(poisoned).toMatchObject({ status: 400, body: { ok: false, error: { code: 'INVALID_INPUT' } } });
    expect(await h.snapshot()).toBe(before);
    // The legitimate maximum still passes the shape check: a 500-row import.
    const rows = Array.from({ length: 500 }, (_, i) => ({ name: `教师${i}`, schoolId: 'school-tongyu-1z', phone: '13800000000', subject: '语文', idLast6: '12345X', active: true }));
    expect(jsonShapeProblem(JSON.stringify({ action: 'import', rows }), 32, 50_000)).toBeNull();
  });

  it('messages are capped and never echo large input', async () => {
    const date = await h.fn('records', {
      action: 'submit', requestId: 'limits-0001', record: { title: 't', hours: 2, startDate: '2'.repeat(100_000), endDate: '2026-01-01', form: '网络', level: '省' },
    }, token);
    expect(date.error?.code).toBe('INVALID_INPUT');
    expect(date.error?.message.length).toBeLessThanOrEqual(300);
    expect(date.error?.message).not.toContain('2'.repeat(30));
    const keys: Record<string, unknown> = { action: 'list' };
    for (let i = 0; i < 20_000; i += 1) keys[`k${i}${'x'.repeat(10)}`] = 1;
    const many = await h.fn('records', keys, token);
    expect(many.error?.code).toBe('INVALID_INPUT');
    expect(many.error?.message.length).toBeLessThanOrEqual(300);
    expect(many.error?.message).toMatch(/等 20000 个/);
  });

  it('records.upload-certificate with a cloud:// id the disk store cannot hold is INVALID_INPUT, not INTERNAL', async () => {
    const res = await h.fn('records', { action: 'upload-certificate', fileId: 'cloud://env-1/staging/abcdefgh.png' }, token);
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('server limits under pressure (shrunk)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ seed: false, limits: { requestTimeoutMs: 1_500, headersTimeoutMs: 1_000, timeoutCheckMs: 200, connectionsPerIp: 6, inFlightPerIp: 2 } });
  });
  afterAll(async () => { await h.close(); });

  it('a slow body is cut off with a 408 envelope and the socket closed', async () => {
    const head = 'POST /api/fn/records HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{';
    const reply = await rawExchange(h.url, [head], 8_000);
    expect(reply.closed).toBe(true);
    expect(reply.status).toBe(408);
    expect(envelopeOf(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('超时') } });
  });

  it('headers that never finish are cut off too', async () => {
    const reply = await rawExchange(h.url, ['POST /api/fn/records HTTP/1.1\r\nHost: x\r\n'], 8_000);
    expect(reply.closed).toBe(true);
  });

  it('one address holding too many requests in flight gets 429; others finish normally', async () => {
    const slow = 'POST /api/fn/identity HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{';
    const holders = [rawExchange(h.url, [slow], 1_000), rawExchange(h.url, [slow], 1_000)];
    await new Promise((r) => setTimeout(r, 200));
    const third = await h.post('/api/fn/identity', { action: 'whoami' });
    expect(third.status).toBe(429);
    expect(third.body).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    await Promise.all(holders);
    await new Promise((r) => setTimeout(r, 100));
    expect(await h.post('/api/fn/identity', { action: 'whoami' })).toMatchObject({ status: 200, body: { error: { code: 'UNAUTHENTICATED' } } });
  });

  it('one address opening too many sockets has the extra ones closed at once', async () => {
    const { hostname, port } = new URL(h.url);
    const open = (): Promise<{ socket: Socket; closedEarly: boolean }> => new Promise((resolve) => {
      const socket = connect(Number(port), hostname);
      let closed = false;
      socket.on('close', () => { closed = true; });
      socket.on('error', () => { closed = true; });
      socket.on('connect', () => setTimeout(() => resolve({ socket, closedEarly: closed }), 150));
    });
    // All at once: the 1 s header timeout would otherwise free slots while we open them.
    const sockets = await Promise.all(Array.from({ length: 10 }, open));
    // fetch may keep a socket or two of its own open from this address, so: never more than 6 at once.
    expect(sockets.filter((s) => !s.closedEarly).length).toBeLessThanOrEqual(6);
    expect(sockets.filter((s) => s.closedEarly).length).toBeGreaterThanOrEqual(4);
    for (const s of sockets) s.socket.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect(await h.post('/api/fn/identity', { action: 'whoami' })).toMatchObject({ status: 200, body: { error: { code: 'UNAUTHENTICATED' } } });
  });
});

describe('demo picker only on loopback', () => {
  it('knows loopback addresses and picks the mode from HOST and LOCAL_DEMO_PICKER', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1', 'localhost', '127.3.2.1'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '192.168.1.20', '::', '10.0.0.1', undefined].some(isLoopback)).toBe(false);
    expect(demoPickerMode('127.0.0.1', undefined)).toBe('loopback');
    expect(demoPickerMode('0.0.0.0', undefined)).toBe('off');
    expect(demoPickerMode('0.0.0.0', '0')).toBe('off');
    expect(demoPickerMode('0.0.0.0', '1')).toBe('anywhere');
    expect(demoPickerRefusal('loopback', '192.168.1.20')).toMatch(/本机/);
    expect(demoPickerRefusal('loopback', '::ffff:127.0.0.1')).toBeNull();
  });

  it('refused when the picker is off; name + binding code still signs in', async () => {
    const h = await startHarness({ demoPicker: 'off' });
    try {
      const list = await h.get('/local/demo-people');
      expect(list.status).toBe(403);
      expect(list.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('LOCAL_DEMO_PICKER') } });
      const before = await h.snapshot();
      const pick = await h.post('/local/sign-in', { personId: 'person-admin-liu' });
      expect(pick).toMatchObject({ status: 403, body: { ok: false, error: { code: 'FORBIDDEN' } } });
      expect(await h.snapshot()).toBe(before);
      const code = h.seed?.codes[0];
      expect(code).toBeDefined();
      expect((await h.post('/local/sign-in', { name: code?.name, code: code?.code })).body.ok).toBe(true);
    } finally {
      await h.close();
    }
  });
});
