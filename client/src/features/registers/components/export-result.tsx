import { Button, Text, View } from '@tarojs/components';
import type { ExportResult } from '../api/registers';

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** The file just made: what it is, under which policy version, and the download button. */
export function ExportResultCard({ result, onDownload }: { result: ExportResult; onDownload: () => void }) {
  const e = result.export;
  return (
    <View className="card admin__result" id="export-result">
      <Text className="admin__ok">已生成：{e.kindLabel}</Text>
      <Text className="card__hint" id="export-file-name">{e.fileName}</Text>
      <Text className="admin__hint">
        {e.schoolName ?? '全县'} · {e.year} 年度 · {e.teacherCount} 名教师 · 政策第 {e.policy.version} 版 · {sizeText(e.size)}
      </Text>
      <Text className="admin__mono">校验码（SHA-256）：{e.sha256.slice(0, 16)}…</Text>
      <Button className="btn btn--primary" id="export-download" onClick={onDownload}>下载 Excel 文件</Button>
    </View>
  );
}
