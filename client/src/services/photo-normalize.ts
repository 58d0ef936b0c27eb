import Taro from '@tarojs/taro';
import {
  JPEG_QUALITIES, MAX_FILE_BYTES, MAX_PHOTO_BYTES, fileTooLargeMessage, fileTypeMessage, fitLongEdge, isQuarterTurn,
  kindOfFile, type PhotoKind,
} from './photo-size';

/**
 * Normalises a chosen certificate on the phone before anything is sent (decision 009):
 * EXIF orientation applied, long edge ≤ 1600 px, JPEG quality stepped down until ≤ 400 KB.
 * PDFs pass through unchanged (size-checked). Type and size problems come back as
 * Chinese messages; nothing throws.
 */

/** A certificate file ready to upload and to keep in a draft. */
export interface LocalPhoto {
  kind: PhotoKind;
  /** weapp: a local file path; H5: a `data:` URL (survives a reload in storage). */
  localPath: string;
  size: number;
  width: number;
  height: number;
  /** Bytes before normalisation (for the decision record's measurements). */
  originalSize: number;
}

export type NormaliseResult = { ok: true; photo: LocalPhoto } | { ok: false; message: string };

const fail = (message: string): NormaliseResult => ({ ok: false, message });

// ---------- H5: createImageBitmap (honours EXIF) → canvas → JPEG blob ----------

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

function canvasToBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob((b) => resolve(b), 'image/jpeg', quality));
}

async function decode(file: Blob): Promise<ImageBitmap | HTMLImageElement> {
  if (typeof createImageBitmap === 'function') {
    // 'from-image' applies the EXIF orientation (the default in current browsers; said explicitly).
    return createImageBitmap(file, { imageOrientation: 'from-image' });
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** H5: a `File` from the file input. */
export async function normaliseWebFile(file: File): Promise<NormaliseResult> {
  const kind = kindOfFile(file.name, file.type);
  if (!kind) return fail(fileTypeMessage);
  if (kind === 'pdf') {
    if (file.size > MAX_FILE_BYTES) return fail(fileTooLargeMessage);
    return { ok: true, photo: { kind, localPath: await blobToDataUrl(file), size: file.size, width: 0, height: 0, originalSize: file.size } };
  }
  let image: ImageBitmap | HTMLImageElement;
  try {
    image = await decode(file);
  } catch {
    return fail('这张照片打不开，请换一张或重新拍照');
  }
  const { width, height } = fitLongEdge(image.width, image.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return fail('手机无法处理这张照片，请换一张');
  ctx.fillStyle = '#ffffff'; // transparent PNG areas become white, not black, in JPEG
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(image, 0, 0, width, height);
  if ('close' in image) image.close();
  let blob: Blob | null = null;
  for (const q of JPEG_QUALITIES) {
    blob = await canvasToBlob(canvas, q);
    if (blob && blob.size <= MAX_PHOTO_BYTES) break;
  }
  if (!blob) return fail('手机无法处理这张照片，请换一张');
  return { ok: true, photo: { kind, localPath: await blobToDataUrl(blob), size: blob.size, width, height, originalSize: file.size } };
}

// ---------- weapp: getImageInfo → compressImage (quality, width) until ≤ 400 KB ----------

/** Bytes of a local file (FileSystemManager; the older wx.getFileInfo as fallback). */
function fileSize(path: string): Promise<number> {
  return new Promise((resolve) => {
    const unknown = () => resolve(Number.MAX_SAFE_INTEGER);
    const done = (r: { size: number }) => resolve(r.size);
    try {
      const fs = Taro.getFileSystemManager?.();
      if (fs?.getFileInfo) { fs.getFileInfo({ filePath: path, success: done, fail: unknown } as never); return; }
      Taro.getFileInfo({ filePath: path, success: done, fail: unknown } as never);
    } catch {
      unknown();
    }
  });
}

/** weapp: a temp path from chooseMedia / chooseMessageFile. */
export async function normaliseMiniFile(path: string, name: string, size: number): Promise<NormaliseResult> {
  const kind = kindOfFile(name || path);
  if (!kind) return fail(fileTypeMessage);
  if (kind === 'pdf') {
    if (size > MAX_FILE_BYTES) return fail(fileTooLargeMessage);
    return { ok: true, photo: { kind, localPath: path, size, width: 0, height: 0, originalSize: size } };
  }
  let info: { width: number; height: number; orientation?: string };
  try {
    info = await Taro.getImageInfo({ src: path });
  } catch {
    return fail('这张照片打不开，请换一张或重新拍照');
  }
  // getImageInfo reports the stored size; orientations 5–8 swap what the eye sees.
  const turned = isQuarterTurn(info.orientation);
  const shown = turned ? { width: info.height, height: info.width } : { width: info.width, height: info.height };
  const target = fitLongEdge(shown.width, shown.height);
  let out = path;
  let outSize = size;
  for (const q of JPEG_QUALITIES) {
    try {
      // compressImage applies the EXIF orientation and scales to compressedWidth (keeps the ratio).
      const res = await Taro.compressImage({ src: path, quality: Math.round(q * 100), compressedWidth: target.width } as Taro.compressImage.Option);
      out = res.tempFilePath;
      outSize = await fileSize(out);
    } catch {
      break;
    }
    if (outSize <= MAX_PHOTO_BYTES) break;
  }
  if (outSize > MAX_FILE_BYTES) return fail(fileTooLargeMessage);
  return { ok: true, photo: { kind, localPath: out, size: outSize, width: target.width, height: target.height, originalSize: size } };
}
