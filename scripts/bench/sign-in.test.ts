/**
 * The short version of `npm run bench:sign-in` (like SOAK_SHORT): 30 teachers, 6 in
 * flight, over real HTTP; every one signs in exactly once and replays write nothing.
 * Skipped (and named so) until the training use-cases exist.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isFunctionName } from '../../cloudfunctions/_core/registry';
import { runSignInBench } from './sign-in';

// The training contract registers stub runners first; the use-cases land later (training-backend).
const ready = isFunctionName('training') && existsSync(path.join(__dirname, '../../cloudfunctions/_core/use-cases/training'));
(ready ? describe : describe.skip)(`bench:sign-in, short${ready ? '' : ' (needs the training use-cases from training-backend)'}`, () => {
  it('30 teachers sign in over HTTP: none lost, none twice, replays answer replayed and write nothing', async () => {
    const f = await runSignInBench(30, 6);
    expect(f).toMatchObject({ teachers: 30, first: 30, errors: {}, attendance: 30, lost: 0, double: 0 });
    expect(f.replayCheck).toEqual({ sent: 30, replayed: 30, written: 0 });
  }, 90_000);
});
