import { tap, type adminServer } from './admin-support';
import { openPage, textOf, until } from './harness';

type Server = ReturnType<typeof adminServer>;

/** What one admin page shows on its first read, and what ends it. */
export interface FirstLoad {
  /** The read the page starts with, `fn.action`. */
  key: string;
  route: string;
  /** Text of the loading state. */
  loading: string;
  /** Content that must not be on screen until the data arrives. */
  content: string;
  failure: Parameters<Server['failNext']>[1];
  /** Texts the error state must say (its title and the Chinese message). */
  errorTexts: string[];
}

/**
 * Opens the page with its first read held, then failed: the loading state shows and no
 * content; then the error state with its texts and 重试; a tap on 重试 asks again and the
 * content appears. Returns the page for the test's own checks.
 */
export async function firstLoadFailsThenRetries(server: Server, load: FirstLoad): Promise<ReturnType<typeof openPage>> {
  const release = server.hold(load.key);
  server.failNext(load.key, load.failure);
  const page = openPage(load.route);
  await until(() => textOf(page).includes(load.loading), '读取中');
  expect(page.querySelector(load.content)).toBeFalsy();
  release();
  await until(() => Boolean(page.querySelector('#status-error')), '读取失败');
  for (const text of load.errorTexts) expect(textOf(page)).toContain(text);
  expect(page.querySelector(load.content)).toBeFalsy();
  tap(page, '#status-error .status__action');
  await until(() => Boolean(page.querySelector(load.content)), '重试后读出');
  return page;
}
