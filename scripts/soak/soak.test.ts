/**
 * The short soak inside `npm test`: the same phases as `npm run soak` (fuzz
 * every action, mixed load, SIGKILL under load, invariants) at a few events and
 * seconds each, against the real server as a child process. Zero violations.
 */
import { runSoak, shortSoak } from './run-soak';
import { baseEvents } from './fuzz';
import { actions } from '../../test/backend/http/matrix/actions';

jest.setTimeout(300_000);

it('fuzzes every action the authorization matrix knows', () => {
  expect(Object.keys(baseEvents).sort()).toEqual(Object.keys(actions).sort());
});

it('short soak: fuzz, load and a SIGKILL under load leave zero violations', async () => {
  const report = await runSoak(shortSoak);
  expect(report.violations).toEqual([]);
  expect(report.fuzz.every((f) => f.events === shortSoak.fuzzPerAction)).toBe(true);
  expect(report.invariants).toMatchObject({ integrity: 'ok', lostAcks: 0, doubleApprovals: 0, auditMismatches: 0 });
  // The load really wrote: acknowledged submits and reviews were checked against the database.
  expect(report.invariants?.acks).toBeGreaterThan(5);
});
