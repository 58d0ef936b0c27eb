/**
 * A FIFO async mutex: `run` waits for every earlier holder to finish, then
 * runs `work`. Used to give one SQLite connection to one transaction at a time
 * while that transaction awaits its (async) work callback.
 */
export interface AsyncMutex {
  run<T>(work: () => Promise<T> | T): Promise<T>;
}

/** Creates a mutex; a failing holder releases it like a succeeding one. */
export function createAsyncMutex(): AsyncMutex {
  let tail: Promise<void> = Promise.resolve();
  return {
    run<T>(work: () => Promise<T> | T): Promise<T> {
      const result = tail.then(work);
      tail = result.then(
        () => undefined,
        () => undefined,
      );
      return result;
    },
  };
}
