/**
 * H5 on the local server: the page shows 首页 as plain HTML above the app while
 * the app's code arrives (decision 013). The app removes it once its own 首页
 * has something to show; another route removes it at once (index-page.ts).
 */
export function dismissFirstPaint(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
  document.getElementById('first-paint')?.remove();
}
