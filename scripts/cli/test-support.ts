import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCALE } from '../../shared/credits';
import type { ProgressReport, RequirementResult, ScopeReport } from '../../shared/schemas/progress-report';
import { main } from './main';

/** Output of one in-process CLI run. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI's main() with captured output (same code path as `npm run credits`). */
export async function runCli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** Run with --json and parse the single report. */
export async function report(...argv: string[]): Promise<ProgressReport> {
  const run = await runCli(...argv, '--json');
  if (run.code !== 0) throw new Error(`exit ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as ProgressReport;
}

/** A decimal number of 学分 as the engine's fixed-scale integer. */
export const fx = (credits: number): number => Math.round(credits * SCALE);

export const examples = join(__dirname, 'examples');

/** A scratch directory for files written by a test. */
export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'credits-cli-'));
}

/** Write a file into a fresh scratch dir and return its path. */
export function writeScratch(name: string, content: string | Uint8Array): string {
  const path = join(scratch(), name);
  writeFileSync(path, content);
  return path;
}

export function yearOf(r: ProgressReport, year: number): ScopeReport {
  const y = r.years.find((s) => s.year === year);
  if (!y) throw new Error(`no year ${year}`);
  return y;
}

export function category(scope: ScopeReport | null, id: string): RequirementResult {
  const c = id === 'total' ? scope?.total : scope?.categories.find((x) => x.id === id);
  if (!c) throw new Error(`no category ${id}`);
  return c;
}

/** earned of each category id in a scope, as decimal 学分 for readable expectations. */
export function earned(scope: ScopeReport | null, ids: readonly string[]): Record<string, number> {
  return Object.fromEntries(ids.map((id) => [id, category(scope, id).earned / SCALE]));
}
