/**
 * The authorization matrix over HTTP (table in ./matrix/table.ts). Every cell
 * sets up its own target, snapshots the whole database and file folder, makes
 * the call as that caller, and proves: allowed → ok with data of the shared
 * response schema (and writes landed for writing actions); refused → exactly
 * the expected code with a Chinese message, and a byte-identical snapshot.
 * The account matrix (./matrix/roster-accounts.ts) does the same for every roster
 * write × caller role × target role (roles cannot climb, decision 005).
 */
import { actions } from './matrix/actions';
import { accountCallerOpenid, accountCallers, accountMatrix, prepareAccountCell } from './matrix/roster-accounts';
import { matrix, type Cell } from './matrix/table';
import { openMatrixWorld, type CallerKey, type MatrixWorld } from './matrix/world';

jest.setTimeout(30_000);

const callers = ['teacher', 'reviewer', 'admin', 'unbound'] as const;
const cells: [string, string, CallerKey, Cell][] = matrix.flatMap(([action, scope, ...expected]) => [
  ...callers.map((caller, i): [string, string, CallerKey, Cell] => [action, scope, caller, expected[i] as Cell]),
  [action, scope, 'anonymous', 'UNAUTHENTICATED'] as [string, string, CallerKey, Cell],
]).filter(([, , , cell]) => cell !== '-');

/** The refusal code: the envelope's, or (batch-approve answers per item) the single item's. */
function refusalOf(body: { ok: boolean; data?: unknown; error?: { code: string; message: string } }) {
  if (!body.ok) return body.error;
  const items = (body.data as { results?: { ok: boolean; error?: { code: string; message: string } }[] } | undefined)?.results;
  return items?.length === 1 && items[0]?.ok === false ? items[0].error : undefined;
}

const accountCells = accountMatrix.flatMap(([change, target, ...expected]) =>
  accountCallers.map((caller, i) => [change, target, caller, expected[i] as Cell] as const)).filter(([, , , cell]) => cell !== '-');

let w: MatrixWorld;
beforeAll(async () => { w = await openMatrixWorld(); });
afterAll(async () => { await w.h.close(); });

describe('authorization matrix', () => {
  it('covers every action of every function', () => {
    const covered = new Set(matrix.map(([action]) => action));
    expect([...covered].sort()).toEqual(Object.keys(actions).sort());
    expect(cells.length).toBeGreaterThanOrEqual(250);
  });

  it.each(cells)('%s · %s · %s → %s', async (action, scope, caller, expected) => {
    const spec = actions[action];
    if (!spec) throw new Error(`no spec for ${action}`);
    const prepared = await spec.prepare(w, scope as never, caller);
    const before = await w.h.snapshot();
    const body = await w.h.fn(spec.fn, prepared.event, prepared.token ?? w.tokens[caller]);
    const after = await w.h.snapshot();
    const refusal = refusalOf(body);
    if (expected === 'ok') {
      expect({ refusal }).toEqual({ refusal: undefined });
      spec.data.parse(body.data);
      if (spec.writes) expect(after).not.toBe(before);
      else expect(after).toBe(before);
    } else {
      expect(refusal?.code).toBe(expected);
      expect(refusal?.message).toMatch(/[\u4e00-\u9fff]/);
      expect(after).toBe(before);
    }
  });
});

describe('account matrix: roster writes × caller role × target role', () => {
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    for (const caller of accountCallers) tokens[caller] = await w.sessionFor(accountCallerOpenid[caller]);
  });

  it('has a cell for every change, caller and target', () => {
    expect(accountCells.length).toBeGreaterThanOrEqual(130);
  });

  it.each(accountCells)('%s · target %s · by %s → %s', async (change, target, caller, expected) => {
    const event = await prepareAccountCell(w, change, target, caller);
    const before = await w.h.snapshot();
    const body = await w.h.fn('roster', event, tokens[caller]);
    const after = await w.h.snapshot();
    if (expected === 'ok') {
      expect({ error: body.error }).toEqual({ error: undefined });
      expect(after).not.toBe(before);
    } else {
      expect(body.error?.code).toBe(expected);
      expect(body.error?.message).toMatch(/[\u4e00-\u9fff]/);
      expect(after).toBe(before);
    }
  });
});
