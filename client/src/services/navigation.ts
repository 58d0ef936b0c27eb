import Taro from '@tarojs/taro';

/** The teacher's pages in subpackages, opened from 首页 and from each other. */
export const RECORD_ENTRY_URL = '/record-entry/submit/index';
export const MY_RECORDS_URL = '/my-records/list/index';
export const PROGRESS_DETAIL_URL = '/my-records/progress/index';

/**
 * Opens a page. If the mini-program's page stack is full (10 pages) the current page
 * is replaced instead; if even that fails she is told, rather than nothing happening.
 */
export function openPage(url: string): void {
  Taro.navigateTo({ url })
    .catch(() => Taro.redirectTo({ url }))
    .catch(() => { void Taro.showToast({ title: '没能打开这个页面，请返回后再试', icon: 'none' }); });
}
