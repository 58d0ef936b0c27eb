import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import type { RecordView } from '../api/records';

/** Opens a PDF certificate: WeChat downloads and opens it; the web build opens it in a new tab. */
async function openPdf(url: string): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const file = await Taro.downloadFile({ url });
    await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'pdf' });
    return;
  }
  window.open(url, '_blank');
}

/** The certificate photos, large; a tap opens the zoomable viewer (Taro.previewImage). */
export function RecordPhotos({ record }: { record: RecordView }) {
  const images = record.certificates.filter((c) => c.contentType !== 'application/pdf' && c.url);
  const pdfs = record.certificates.filter((c) => c.contentType === 'application/pdf' && c.url);
  const urls = images.map((c) => c.url as string);
  return (
    <View className="card" id="record-photos">
      <Text className="card__label">证书照片</Text>
      {record.certificates.length === 0 ? <Text className="card__hint">这条记录没有上传证书。</Text> : null}
      {urls.length > 0 ? (
        <View className="photos">
          {urls.map((url, i) => (
            <Image key={url} className="photos__item" id={`photo-${i}`} src={url} mode="aspectFill"
              onClick={() => void Taro.previewImage({ current: url, urls })} />
          ))}
        </View>
      ) : null}
      {urls.length > 0 ? <Text className="card__hint">点照片可以放大查看</Text> : null}
      {pdfs.map((c, i) => (
        <Text key={c.fileId} className="link" id={`pdf-${i}`} onClick={() => void openPdf(c.url as string)}>打开 PDF 证书 {pdfs.length > 1 ? i + 1 : ''}</Text>
      ))}
    </View>
  );
}
