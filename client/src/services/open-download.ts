import Taro from '@tarojs/taro';
import { apiBase } from './session';

/** What happened when the user asked for a file. */
export type DownloadOutcome = { ok: true } | { ok: false; message: string };

/**
 * Hands a file the server made to the user.
 * - weapp: `Taro.downloadFile` (the CloudBase temporary URL) then `Taro.openDocument`, which
 *   opens .xlsx in WeChat's viewer with 「用其他应用打开 / 转发」 in its menu.
 * - H5: a same-origin link to the local server (`/files/exports/…`, allowed by the session
 *   cookie), clicked for the user so the browser saves it under `fileName`.
 */
export async function openDownload(url: string, fileName: string): Promise<DownloadOutcome> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const res = await Taro.downloadFile({ url });
      if (res.statusCode !== 200) return { ok: false, message: '文件下载失败，请稍后重试' };
      await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'xlsx', showMenu: true });
      return { ok: true };
    } catch {
      return { ok: false, message: '文件下载失败，请检查网络后重试' };
    }
  }
  const link = document.createElement('a');
  link.href = /^https?:/.test(url) ? url : `${apiBase()}${url}`;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  return { ok: true };
}
