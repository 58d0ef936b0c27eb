import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { OcrLine } from '../../../../shared/schemas/certificate-reading';
import { ReaderError, readTimedOut, readerUnavailable, type CertificateReader, type ImageReading } from '../../ports/certificate-reader';
import { normaliseForReading } from './normalise-image';

/** Tuning of the local reader; defaults suit a 2-core, 1 GB machine. */
export interface PaddleReaderOptions {
  /** Path of paddle-worker.mjs (the function bundler copies it next to the bundle). */
  workerPath?: string;
  /** ONNX intra-op threads in the child. */
  threads?: number;
  /** Long side the text detector looks at; lines are still cut from the 1024 px page (docs/reader.md). */
  detectSide?: number;
  /** Recycle the child after a read that leaves it above this resident size. */
  maxRssMb?: number;
  /** Reads waiting beyond this many are refused at once (READER_UNAVAILABLE) instead of queueing. */
  maxQueue?: number;
  /** Stop the idle child after this long (0 = keep warm for ever). */
  idleMs?: number;
}

interface Reply { id: number; ok: boolean; lines?: OcrLine[]; error?: string; rss?: number; cpuMs?: number; warning?: string }

/**
 * Both cores of a 2-core machine: one read at a time, so the models' two threads
 * cut the wait (1.3 s → 0.85 s of OCR, measured on an idle 2-core machine).
 */
function defaultThreads(): number {
  return Math.min(2, os.cpus().length);
}

/** Where paddle-worker.mjs sits: beside this file in the repo, or beside the bundle when deployed. */
function defaultWorkerPath(): string {
  return process.env.READER_WORKER_PATH ?? path.join(__dirname, 'paddle-worker.mjs');
}

/**
 * Local adapter: PaddleOCR (PP-OCRv4 models inside @gutenye/ocr-node) on
 * onnxruntime-node, in a child process so its ~0.5–0.8 GB stays out of the
 * server and a stuck read can be killed. Started on first use and kept warm;
 * one image at a time (reads queue); the child is restarted after a timeout,
 * a crash, or when it grows beyond `maxRssMb`.
 */
export class PaddleReader implements CertificateReader {
  readonly engine = 'paddle-ppocrv4';
  private child: ChildProcess | null = null;
  private nextId = 1;
  private pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  private chain: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly opts: Required<PaddleReaderOptions>;
  /** Resident size of the child after its last read (recycling decision). */
  lastChildRss = 0;
  /** CPU time the child spent on the last read (the benchmark separates it from waiting for a busy machine). */
  lastChildCpuMs = 0;

  /** Process id of the running child, if any (the benchmark reads its peak memory). */
  get childPid(): number | undefined {
    return this.child?.pid;
  }

  constructor(options: PaddleReaderOptions = {}) {
    this.opts = {
      workerPath: options.workerPath ?? defaultWorkerPath(),
      threads: options.threads ?? Number(process.env.READER_THREADS ?? defaultThreads()),
      detectSide: options.detectSide ?? Number(process.env.READER_DETECT_SIDE ?? 832),
      maxRssMb: options.maxRssMb ?? 900,
      maxQueue: options.maxQueue ?? 8,
      idleMs: options.idleMs ?? 10 * 60_000,
    };
  }

  async read({ bytes }: { bytes: Buffer; fileId?: string }, { timeoutMs }: { timeoutMs: number }): Promise<ImageReading> {
    if (this.waiting >= this.opts.maxQueue) throw new ReaderError('READER_UNAVAILABLE', '识别的人太多了，请稍后再试，或直接填写');
    this.waiting += 1;
    const started = Date.now();
    const turn = this.chain.then(() => this.readNow(bytes, started + timeoutMs, started));
    this.chain = turn.catch(() => undefined);
    try {
      return await turn;
    } finally {
      this.waiting -= 1;
    }
  }

  /** Loads the models now (e.g. when the server starts) so the first teacher does not wait for it. */
  async warmUp(timeoutMs = 60_000): Promise<void> {
    await this.send({ warm: true }, Date.now() + timeoutMs);
  }

  private async readNow(bytes: Buffer, deadline: number, started: number): Promise<ImageReading> {
    if (Date.now() >= deadline) throw timeout();
    const page = await normaliseForReading(bytes, { encoding: 'rgba' });
    const reply = await this.send({ pixels: { data: page.data, width: page.width, height: page.height } }, deadline);
    return { lines: plainLines(reply.lines), width: page.width, height: page.height, dhash: page.dhash, ms: Date.now() - started };
  }

  private send(message: { pixels?: { data: Buffer; width: number; height: number }; warm?: boolean }, deadline: number): Promise<Reply> {
    const child = this.ensureChild();
    const id = this.nextId++;
    return new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.kill(); // a read past its time is stuck or starved: start afresh next time
        reject(timeout());
      }, Math.max(1, deadline - Date.now()));
      this.pending.set(id, {
        resolve: (r) => {
          clearTimeout(timer);
          if (r.ok) resolve(r);
          else reject(readerUnavailable());
        },
        reject: (e) => { clearTimeout(timer); reject(e); },
      });
      child.send({ id, ...message });
    }).finally(() => this.afterRead());
  }

  private ensureChild(): ChildProcess {
    if (this.idleTimer) { clearTimeout(this.idleTimer); this.idleTimer = null; }
    if (this.child && this.child.connected) { this.child.ref(); this.child.channel?.ref(); return this.child; }
    const child = fork(this.opts.workerPath, [], {
      serialization: 'advanced',
      env: { ...process.env, READER_THREADS: String(this.opts.threads), READER_DETECT_SIDE: String(this.opts.detectSide) },
      execArgv: ['--max-old-space-size=384'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (m: Reply) => {
      if (m.warning) return;
      if (typeof m.rss === 'number') this.lastChildRss = m.rss;
      if (typeof m.cpuMs === 'number') this.lastChildCpuMs = m.cpuMs;
      this.pending.get(m.id)?.resolve(m);
      this.pending.delete(m.id);
    });
    child.on('exit', () => {
      if (this.child === child) this.child = null;
      for (const [id, p] of this.pending) { p.reject(readerUnavailable()); this.pending.delete(id); }
    });
    this.child = child;
    return child;
  }

  /** Between reads: recycle a child that grew too big; let an idle child not hold the process open. */
  private afterRead(): void {
    if (this.pending.size > 0 || !this.child) return;
    if (this.lastChildRss > this.opts.maxRssMb * 1024 * 1024) { this.kill(); return; }
    this.child.unref();
    this.child.channel?.unref();
    if (this.opts.idleMs > 0) {
      this.idleTimer = setTimeout(() => this.kill(), this.opts.idleMs);
      this.idleTimer.unref();
    }
  }

  private kill(): void {
    const child = this.child;
    this.child = null;
    if (child && child.exitCode === null) child.kill('SIGKILL');
  }

  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const child = this.child;
    if (!child) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.ref(); // an idle child is unref'd; without this the caller's process could end before the exit arrives
    this.kill();
    await exited;
  }
}

/** Lines rebuilt as plain values of this realm (IPC objects may come from another one) and checked. */
function plainLines(lines: unknown): OcrLine[] {
  if (!Array.isArray(lines)) return [];
  return lines.flatMap((l: { text?: unknown; confidence?: unknown; box?: unknown }) => {
    const box = Array.isArray(l?.box) ? l.box.map(Number) : [];
    if (typeof l?.text !== 'string' || box.length !== 4 || box.some((n) => !Number.isFinite(n))) return [];
    const confidence = Number(l.confidence);
    return [{ text: l.text.slice(0, 500), confidence: Number.isFinite(confidence) ? Math.max(0, Math.min(1, confidence)) : 0, box: box as [number, number, number, number] }];
  });
}

const timeout = readTimedOut;
