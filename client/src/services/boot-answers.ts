import { getToken } from './session';

/**
 * H5 on the local server: the page arrives with the answers 首页 asks first
 * (identity.whoami, progress.mine) in `<script id="boot-answers">`, made for the
 * session that loaded it (decision 013). Each is used once, by the first call
 * that asks the same thing, then the network is asked as usual — so a refresh
 * always gets fresh figures. The mini-program has no such page: always undefined.
 */
let answers: Record<string, unknown> | null = null;

function loadAnswers(): Record<string, unknown> {
  if (answers) return answers;
  answers = {};
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return answers;
  const element = document.getElementById('boot-answers');
  try {
    const parsed: unknown = JSON.parse(element?.textContent ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) answers = parsed as Record<string, unknown>;
  } catch {
    // A damaged page just means the app asks the network.
  }
  element?.remove();
  return answers;
}

/**
 * The page's answer to `name.action` with no arguments, once; undefined when there is
 * none, when arguments were given, or when she has signed out since the page loaded.
 */
export function takeBootAnswer(name: string, action: string, payload: Record<string, unknown>): unknown {
  const all = loadAnswers();
  const key = `${name}.${action}`;
  if (!(key in all)) return undefined;
  const answer = all[key];
  delete all[key];
  if (Object.keys(payload).length > 0 || !getToken()) return undefined;
  return answer;
}

/** Tests: forget what was read. */
export function resetBootAnswers(): void {
  answers = null;
}
