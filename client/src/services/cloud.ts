import Taro from '@tarojs/taro';

/**
 * Mini-program only: initialise wx.cloud once at launch. The env id comes from
 * TARO_APP_CLOUD_ENV at build time; without it wx.cloud uses the default environment
 * selected in WeChat DevTools, so no env id has to live in the code.
 */
export function initCloud(): void {
  if (process.env.TARO_ENV !== 'weapp') return;
  if (!Taro.cloud) {
    console.warn('[cloud] 当前微信版本不支持云开发');
    return;
  }
  Taro.cloud.init(CLOUD_ENV ? { env: CLOUD_ENV, traceUser: true } : { traceUser: true });
}
