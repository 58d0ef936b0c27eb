import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { openDownload } from '@/services/open-download';
import { exportMyArchive } from '../api/my-archive';

/**
 * 我的 → 个人电子学习档案: one .xlsx with her 登记卡, every record of the year and her
 * certificate photos (docs/registers.md says why a workbook, not a zip).
 */
export function MyArchiveCard() {
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'done' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  async function run() {
    setState({ kind: 'busy' });
    const res = await exportMyArchive();
    if (!res.ok) { setState({ kind: 'error', message: res.error.message }); return; }
    const opened = await openDownload(res.data.url, res.data.export.fileName);
    setState(opened.ok ? { kind: 'done' } : { kind: 'error', message: opened.message });
  }
  return (
    <View className="card" id="my-archive">
      <Text className="card__title">个人电子学习档案</Text>
      <Text className="card__hint">本年度的学分登记卡、全部培训记录和证书照片，合成一个 Excel 文件，可保存、转发或打印。</Text>
      <Button className="btn btn--plain" id="my-archive-download" {...(state.kind === 'busy' ? { disabled: true } : {})} onClick={() => void run()}>
        {state.kind === 'busy' ? '正在生成…' : '下载我的学习档案'}
      </Button>
      {state.kind === 'done' ? <Text className="admin__ok">已生成并开始下载</Text> : null}
      {state.kind === 'error' ? <Text className="admin__error">{state.message}</Text> : null}
    </View>
  );
}
