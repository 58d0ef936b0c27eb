import Taro from '@tarojs/taro';

/**
 * Where the H5 client keeps its local-server session. In the mini-program there is no
 * token: WeChat identifies the caller to the cloud function.
 */
export const TOKEN_STORAGE_KEY = 'teacher-credits.token';

/** The bearer token from Taro storage, or '' when signed out. */
export function getToken(): string {
  const value: unknown = Taro.getStorageSync(TOKEN_STORAGE_KEY);
  return typeof value === 'string' ? value : '';
}

export function setToken(token: string): void {
  Taro.setStorageSync(TOKEN_STORAGE_KEY, token);
}

export function clearToken(): void {
  Taro.removeStorageSync(TOKEN_STORAGE_KEY);
}

/**
 * H5 API origin. Empty means same origin: the local server serves the H5 build itself.
 * Set TARO_APP_API_BASE at build time to point a dev build elsewhere.
 */
export function apiBase(): string {
  return typeof API_BASE === 'string' ? API_BASE.replace(/\/$/, '') : '';
}
