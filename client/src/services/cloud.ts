import Taro from '@tarojs/taro';

let initialised = false;

/**
 * Mini-program only: initialise wx.cloud once. Called at launch and again (no-op) before
 * every cloud call, because Taro fires useLaunch after the first render — a page's first
 * request could otherwise beat it ("请先调用 wx.cloud.init()").
 * The env id comes from TARO_APP_CLOUD_ENV at build time; without it wx.cloud uses the
 * default environment selected in WeChat DevTools, so no env id has to live in the code.
 */
export function initCloud(): void {
  if (initialised || process.env.TARO_ENV !== 'weapp') return;
  if (!Taro.cloud) {
    console.warn('[cloud] 当前微信版本不支持云开发');
    return;
  }
  Taro.cloud.init(CLOUD_ENV ? { env: CLOUD_ENV, traceUser: true } : { traceUser: true });
  initialised = true;
}
