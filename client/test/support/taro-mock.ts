/**
 * Stand-in for `@tarojs/taro` in client-unit tests (see client/jest.projects.js).
 * Storage is a real in-memory map so token handling is exercised; network, toast and
 * navigation are jest.fn()s each test programs. Call resetTaroMock() in beforeEach.
 */
const storage = new Map<string, unknown>();

const Taro = {
  request: jest.fn(),
  getStorageSync: jest.fn((key: string) => (storage.has(key) ? storage.get(key) : '')),
  setStorageSync: jest.fn((key: string, value: unknown) => { storage.set(key, value); }),
  removeStorageSync: jest.fn((key: string) => { storage.delete(key); }),
  showToast: jest.fn(() => Promise.resolve()),
  switchTab: jest.fn(() => Promise.resolve()),
  navigateTo: jest.fn(() => Promise.resolve()),
  redirectTo: jest.fn(() => Promise.resolve()),
  onNetworkStatusChange: jest.fn(),
  showModal: jest.fn(() => Promise.resolve({ confirm: false, cancel: true })),
  previewImage: jest.fn(() => Promise.resolve()),
  cloud: { init: jest.fn(), callFunction: jest.fn(), uploadFile: jest.fn() },
};

export const useDidShow = jest.fn();
export const useLaunch = jest.fn();
/** Page query for useRouter(); tests set `routerParams.id = …`. */
export const routerParams: Record<string, string> = {};
export const useRouter = jest.fn(() => ({ params: routerParams }));

/** Empties storage and forgets every programmed answer and call. */
export function resetTaroMock(): void {
  storage.clear();
  for (const fn of [Taro.request, Taro.showToast, Taro.switchTab, Taro.navigateTo, Taro.redirectTo, Taro.onNetworkStatusChange,
    Taro.showModal, Taro.previewImage, Taro.cloud.init, Taro.cloud.callFunction, Taro.cloud.uploadFile, useDidShow, useLaunch]) {
    fn.mockReset();
  }
  Taro.showToast.mockImplementation(() => Promise.resolve());
  Taro.switchTab.mockImplementation(() => Promise.resolve());
  Taro.navigateTo.mockImplementation(() => Promise.resolve());
  Taro.redirectTo.mockImplementation(() => Promise.resolve());
  Taro.showModal.mockImplementation(() => Promise.resolve({ confirm: false, cancel: true }));
  Taro.previewImage.mockImplementation(() => Promise.resolve());
  for (const key of Object.keys(routerParams)) delete routerParams[key];
}

/** Typed handle for tests: `taroMock.request.mockResolvedValue(...)`. */
export const taroMock = Taro;

export default Taro;
