import { recordStatuses, type RecordStatus } from '../schemas/record';
import { nextStatus, transitionRefusal, type RecordActor, type RecordCommand } from './state-machine';
import { allowedActions, actorFor, type RecordViewer } from './viewer';

const commands: RecordCommand[] = ['submit', 'resubmit', 'withdraw', 'approve', 'return', 'supersede'];
const actors: RecordActor[] = ['owner', 'reviewer', 'system'];
const froms: (RecordStatus | null)[] = [null, ...recordStatuses];

// The specification, written out independently of the implementation's table.
const allowed = new Map<string, RecordStatus>([
  ['submit/owner/null', 'submitted'],
  ['submit/owner/draft', 'submitted'],
  ['resubmit/owner/returned', 'resubmitted'],
  ['withdraw/owner/draft', 'withdrawn'],
  ['withdraw/owner/submitted', 'withdrawn'],
  ['withdraw/owner/resubmitted', 'withdrawn'],
  ['withdraw/owner/returned', 'withdrawn'],
  ['approve/reviewer/submitted', 'approved'],
  ['approve/reviewer/resubmitted', 'approved'],
  ['return/reviewer/submitted', 'returned'],
  ['return/reviewer/resubmitted', 'returned'],
  ['supersede/system/approved', 'withdrawn'],
]);

describe('record state machine', () => {
  const cases = commands.flatMap((c) => actors.flatMap((a) => froms.map((f) => [c, a, f] as const)));

  it.each(cases)('%s by %s from %s', (command, actor, from) => {
    const expected = allowed.get(`${command}/${actor}/${String(from)}`) ?? null;
    expect(nextStatus(command, actor, from)).toBe(expected);
  });

  it('covers every combination (6 commands × 3 actors × 7 states)', () => {
    expect(cases).toHaveLength(126);
  });

  it('explains why an approved record cannot be withdrawn', () => {
    expect(transitionRefusal('withdraw', 'approved')).toMatch(/更正记录/);
    expect(transitionRefusal('approve', 'returned')).toContain('已退回');
  });
});

describe('viewer actions', () => {
  const record = { teacherId: 't1', schoolId: 's1', countyId: 'c1', status: 'submitted' as RecordStatus };
  const owner: RecordViewer = { personId: 't1', reviewerSchoolIds: ['s1'], adminCountyIds: ['c1'] };
  const reviewer: RecordViewer = { personId: 'p2', reviewerSchoolIds: ['s1'], adminCountyIds: [] };
  const admin: RecordViewer = { personId: 'a1', reviewerSchoolIds: [], adminCountyIds: ['c1'] };
  const otherSchool: RecordViewer = { personId: 'p3', reviewerSchoolIds: ['s2'], adminCountyIds: ['c2'] };

  it('the owner is never the reviewer of her own record, even as principal', () => {
    expect(actorFor(record, owner)).toBe('owner');
    expect(allowedActions(record, owner)).toEqual(['withdraw']);
  });

  it('reviewers and county admins in scope may approve or return pending records', () => {
    expect(allowedActions(record, reviewer)).toEqual(['approve', 'return']);
    expect(allowedActions(record, admin)).toEqual(['approve', 'return']);
  });

  it('out-of-scope viewers get nothing', () => {
    expect(actorFor(record, otherSchool)).toBeNull();
    expect(allowedActions(record, otherSchool)).toEqual([]);
  });

  it('returned records offer resubmit and withdraw to the owner only', () => {
    const returned = { ...record, status: 'returned' as RecordStatus };
    expect(allowedActions(returned, owner)).toEqual(['resubmit', 'withdraw']);
    expect(allowedActions(returned, reviewer)).toEqual([]);
  });

  it('approved records offer no action to anyone', () => {
    const approved = { ...record, status: 'approved' as RecordStatus };
    for (const v of [owner, reviewer, admin]) expect(allowedActions(approved, v)).toEqual([]);
  });
});
