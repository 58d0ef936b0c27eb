import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import type { ReviewDetail } from '../api/review-api';

/** Certificate photos as large thumbnails; a tap opens them full-screen and zoomable (previewImage). */
export function CertificatePhotos({ certificates }: { certificates: ReviewDetail['record']['certificates'] }) {
  const images = certificates.filter((c) => c.contentType !== 'application/pdf' && c.url);
  const urls = images.map((c) => c.url as string);
  const pdfs = certificates.filter((c) => c.contentType === 'application/pdf');
  if (certificates.length === 0) return <Text className="review__warn" id="no-photo">没有上传证书照片</Text>;
  return (
    <View className="photos" id="review-photos">
      {images.map((c, i) => (
        <Image
          key={c.fileId}
          className="photos__img"
          id={`photo-${i}`}
          src={c.url as string}
          mode="aspectFit"
          onClick={() => void Taro.previewImage({ urls, current: urls[i] as string })}
        />
      ))}
      {images.length > 0 ? <Text className="photos__hint">点照片可全屏放大查看</Text> : null}
      {pdfs.map((c) => <Text key={c.fileId} className="photos__hint">PDF 证书 1 份（{Math.ceil(c.size / 1024)} KB）</Text>)}
    </View>
  );
}
