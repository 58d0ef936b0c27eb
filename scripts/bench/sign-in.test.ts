/**
 * The short version of `npm run bench:sign-in` (like SOAK_SHORT): 30 teachers, 6 in
 * flight, over real HTTP; every one signs in exactly once and replays write nothing.
 * Skipped (and named so) until the `training` function is registered.
 */
import { isFunctionName } from '../../cloudfunctions/_core/registry';
import { runSignInBench } from './sign-in';

const ready = isFunctionName('training');
(ready ? describe : describe.skip)(`bench:sign-in, short${ready ? '' : ' (needs the training function from training-backend)'}`, () => {
  it('30 teachers sign in over HTTP: none lost, none twice, replays answer replayed and write nothing', async () => {
    const f = await runSignInBench(30, 6);
    expect(f).toMatchObject({ teachers: 30, first: 30, errors: {}, attendance: 30, lost: 0, double: 0 });
    expect(f.replayCheck).toEqual({ sent: 30, replayed: 30, written: 0 });
  }, 90_000);
});
