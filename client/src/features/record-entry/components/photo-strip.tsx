import Taro from '@tarojs/taro';
import { Button, Image, Text, View } from '@tarojs/components';
import { normaliseMiniFile, normaliseWebFile, type NormaliseResult } from '@/services/photo-normalize';
import { bytesText } from '@/services/photo-size';
import type { PhotoSlot, UsePhotos } from '../hooks/use-photos';

/** An attached certificate of a returned record (kept unless she replaces it). */
export interface KeptFile { fileId: string; url?: string; contentType: string }

export interface PhotoStripProps {
  photos: UsePhotos;
  kept: KeptFile[];
  onDropKept: (fileId: string) => void;
  locked?: boolean;
  error?: string;
}

async function chooseMini(count: number, source: 'camera' | 'album' | 'pdf'): Promise<Promise<NormaliseResult>[]> {
  try {
    if (source === 'pdf') {
      const res = await Taro.chooseMessageFile({ count, type: 'file', extension: ['pdf'] });
      return res.tempFiles.map((f) => normaliseMiniFile(f.path, f.name, f.size));
    }
    const res = await Taro.chooseMedia({ count, mediaType: ['image'], sourceType: [source], sizeType: ['original'] });
    return res.tempFiles.map((f) => normaliseMiniFile(f.tempFilePath, f.tempFilePath, f.size));
  } catch {
    return []; // cancelled
  }
}

function stateText(p: PhotoSlot): string {
  if (p.state === 'preparing') return '正在压缩…';
  if (p.state === 'uploading') return `上传中 ${p.progress}%`;
  if (p.state === 'done') return `已上传 · ${bytesText(p.size)}`;
  return p.error ?? '上传失败';
}

/** The server refused the file itself: sending the same bytes again cannot help, only another photo can. */
const refusedFile = new Set(['FILE_TYPE', 'FILE_TOO_LARGE', 'FILE_DAMAGED', 'FILE_UNSAFE', 'IMAGE_TOO_LARGE']);

function Tile({ p, onRetry, onRemove }: { p: PhotoSlot; onRetry: () => void; onRemove: () => void }) {
  return (
    <View className={`photo photo--${p.state}`} id={`photo-${p.key}`}>
      {p.kind === 'pdf' ? <View className="photo__pdf">PDF</View> : p.localPath ? <Image className="photo__img" src={p.localPath} mode="aspectFill" /> : <View className="photo__pdf">…</View>}
      <View className="photo__bar"><View className="photo__fill" style={{ width: `${p.progress}%` }} /></View>
      <Text className="photo__state">{stateText(p)}</Text>
      <View className="photo__actions">
        {p.state === 'failed' && !refusedFile.has(p.errorCode ?? '') ? <Button className="photo__btn photo__btn--retry" id={`retry-${p.key}`} onClick={onRetry}>重试</Button> : null}
        {p.state !== 'uploading' && p.state !== 'preparing' ? <Button className="photo__btn" onClick={onRemove}>删除</Button> : null}
      </View>
    </View>
  );
}

/** 证书照片: 1–5 per record; each uploads as soon as chosen, with its own progress bar. */
export function PhotoStrip({ photos, kept, onDropKept, locked, error }: PhotoStripProps) {
  const room = photos.room - kept.length;
  const webPick = (files: FileList | null) => {
    if (files && files.length) void photos.add(Array.from(files).map((f) => normaliseWebFile(f)));
  };
  const miniPick = async (source: 'camera' | 'album' | 'pdf') => { void photos.add(await chooseMini(room, source)); };
  return (
    <View className="card photos" id="photos">
      <Text className="card__title">证书照片</Text>
      <Text className="card__hint">拍清楚整张证书，四角都在照片里。两页的证书拍两张，最多 5 张。</Text>
      <View className="photos__grid">
        {kept.map((k) => (
          <View className="photo photo--done" key={k.fileId} id={`kept-${k.fileId.replace(/[^A-Za-z0-9_-]/g, '_')}`}>
            {k.contentType === 'application/pdf' || !k.url ? <View className="photo__pdf">{k.contentType === 'application/pdf' ? 'PDF' : '证书'}</View>
              : <Image className="photo__img" src={k.url} mode="aspectFill" />}
            <Text className="photo__state">原来的照片</Text>
            {!locked ? <Button className="photo__btn" onClick={() => onDropKept(k.fileId)}>换一张</Button> : null}
          </View>
        ))}
        {photos.photos.map((p) => <Tile key={p.key} p={p} onRetry={() => photos.retry(p.key)} onRemove={() => photos.remove(p.key)} />)}
      </View>
      {photos.notice ? <Text className="entry-field__error" id="photo-notice">{photos.notice}</Text> : null}
      {error ? <Text className="entry-field__error" id="photo-error">{error}</Text> : null}
      {room > 0 && !locked ? (
        process.env.TARO_ENV === 'weapp' ? (
          <View className="photos__add">
            <Button className="btn btn--primary" id="photo-camera" onClick={() => void miniPick('camera')}>拍照</Button>
            <Button className="btn btn--plain" id="photo-album" onClick={() => void miniPick('album')}>从相册选</Button>
            <Button className="btn btn--plain" id="photo-pdf" onClick={() => void miniPick('pdf')}>选聊天里的 PDF 文件</Button>
          </View>
        ) : (
          <View className="photos__add">
            <label className="btn btn--primary file-btn" id="photo-camera">
              拍照
              <input className="file-btn__input" id="photo-input-camera" type="file" accept="image/*" capture="environment"
                onChange={(e) => { webPick(e.currentTarget.files); e.currentTarget.value = ''; }} />
            </label>
            <label className="btn btn--plain file-btn" id="photo-album">
              从相册选
              <input className="file-btn__input" id="photo-input-album" type="file" accept="image/jpeg,image/png,image/webp,application/pdf" multiple
                onChange={(e) => { webPick(e.currentTarget.files); e.currentTarget.value = ''; }} />
            </label>
          </View>
        )
      ) : null}
    </View>
  );
}
