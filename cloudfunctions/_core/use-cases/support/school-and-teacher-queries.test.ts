/**
 * The named helpers behind every "school in scope" check and every "all
 * teachers of a school / county" view (progress lines and registers).
 */
import { resolveCaller } from '../../auth/resolve-caller';
import { AppError } from '../app-error';
import { submitAs } from '../testing/flows';
import { openWorld, type Who, type World } from '../testing/world';
import { schoolInReviewScope } from './school-scope';
import { activeTeachersIn } from './teacher-queries';

let w: World;
beforeEach(async () => { w = await openWorld(); });
afterEach(async () => { await w.close(); });

async function scoped(who: Who, schoolId: string, options?: { whenMissing?: 'FORBIDDEN' | 'NOT_FOUND' }) {
  const deps = w.deps(who);
  try {
    return (await schoolInReviewScope(deps, await resolveCaller(deps), schoolId, '只能查看本校（本县）', options))._id;
  } catch (err) {
    return err instanceof AppError ? `${err.code}:${err.message}` : String(err);
  }
}

describe('schoolInReviewScope', () => {
  it('her own school for a principal or credit officer; any school of her county for an admin; nothing else', async () => {
    expect(await scoped('paula', 's1')).toBe('s1');
    expect(await scoped('oscar', 's1')).toBe('s1');
    expect(await scoped('zoe', 's2')).toBe('s2');
    expect(await scoped('paula', 's2')).toBe('FORBIDDEN:只能查看本校（本县）');
    expect(await scoped('yara', 's1')).toBe('FORBIDDEN:只能查看本校（本县）'); // admin of another county
    expect(await scoped('alice', 's1')).toBe('FORBIDDEN:只能查看本校（本县）'); // a teacher does not review
  });

  it('a school that does not exist is refused like one out of scope, unless the caller asks for NOT_FOUND', async () => {
    expect(await scoped('zoe', 'nope')).toBe('FORBIDDEN:只能查看本校（本县）');
    expect(await scoped('zoe', 'nope', { whenMissing: 'NOT_FOUND' })).toBe('NOT_FOUND:只能查看本校（本县）');
  });
});

describe('activeTeachersIn', () => {
  it('active people holding the teacher role in the scope, by name, each with her approved records; pending only when asked', async () => {
    await w.ok('policy', { action: 'publish', year: 2026, policyId: 'tongyu-2026' }, 'zoe');
    const r = await submitAs(w, 'alice', { hours: 12 });
    await w.ok('review', { action: 'approve', recordId: r.id, version: r.version }, 'oscar');
    await submitAs(w, 'bob', { hours: 6 }); // stays pending
    const school = await activeTeachersIn(w.deps('zoe'), { schoolId: 's1' });
    // oscar is no teacher, gone is inactive, carol teaches at s2.
    expect(school.map((t) => [t.person._id, t.approved.length, t.pending.length])).toEqual([['alice', 1, 0], ['bob', 0, 0], ['paula', 0, 0]]);
    const withPending = await activeTeachersIn(w.deps('zoe'), { schoolId: 's1' }, { withPending: true });
    expect(withPending.find((t) => t.person._id === 'bob')?.pending).toHaveLength(1);
    const county = await activeTeachersIn(w.deps('zoe'), { countyId: 'c1' });
    expect(county.map((t) => [t.person._id, t.person.schoolId])).toEqual([['alice', 's1'], ['bob', 's1'], ['carol', 's2'], ['paula', 's1'], ['quinn', 's2']]);
  });

  it('narrows to one teacher (a single register card) without reading anyone else', async () => {
    expect((await activeTeachersIn(w.deps('zoe'), { schoolId: 's1' }, { teacherId: 'bob' })).map((t) => t.person._id)).toEqual(['bob']);
    expect(await activeTeachersIn(w.deps('zoe'), { schoolId: 's1' }, { teacherId: 'carol' })).toEqual([]);
    expect(await activeTeachersIn(w.deps('zoe'), { schoolId: 's1' }, { teacherId: 'gone' })).toEqual([]);
  });
});
