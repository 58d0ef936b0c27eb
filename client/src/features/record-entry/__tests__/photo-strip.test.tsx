import { render } from '@testing-library/react';
import { resetTaroMock } from '../../../../test/support/taro-mock';
import { PhotoStrip } from '../components/photo-strip';
import type { PhotoSlot, UsePhotos } from '../hooks/use-photos';

beforeEach(() => { resetTaroMock(); process.env.TARO_ENV = 'h5'; });

const failed = (key: string, errorCode: string, error: string): PhotoSlot =>
  ({ key, kind: 'image', localPath: '', size: 1000, state: 'failed', progress: 0, error, errorCode });

function strip(photos: PhotoSlot[]) {
  const api: UsePhotos = { photos, notice: null, add: async () => undefined, retry: () => undefined, remove: () => undefined, room: 5 } as unknown as UsePhotos;
  render(<PhotoStrip photos={api} kept={[]} onDropKept={() => undefined} />);
}

it('a photo the server refused offers 删除 and says why, but no 重试; a network failure offers 重试', () => {
  strip([failed('a', 'FILE_UNSAFE', '这个文件不安全，请换一张照片'), failed('b', 'NETWORK', '网络不太好，请稍后重试')]);
  expect(document.querySelector('#photo-a')?.textContent).toContain('这个文件不安全');
  expect(document.querySelector('#retry-a')).toBeNull();
  expect(document.querySelector('#retry-b')).not.toBeNull();
});
