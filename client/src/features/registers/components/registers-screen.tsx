import { useState } from 'react';
import { Button, Picker, Text, View } from '@tarojs/components';
import { SchoolPicker } from '@/components/school-picker';
import { StatusView } from '@/components/status-view';
import { DataTable } from '@/components/data-table';
import { useRemote } from '@/hooks/use-remote';
import { openDownload } from '@/services/open-download';
import type { ApiError } from '@/services/api-client';
import { fetchSchoolScope, type SchoolScope } from '@/services/school-scope';
import { exportRegister, fetchExportLog, type ExportResult, type RegisterKind } from '../api/registers';
import { ExportResultCard } from './export-result';
import { beijingTime, recentYears } from '@shared/time/beijing-time';
import type { ExportView } from '@shared/schemas/api/registers';
import { RemoteError } from '@/components/remote-error';

const kindButtons: { kind: RegisterKind; label: string }[] = [
  { kind: 'card', label: '导出学分登记卡' },
  { kind: 'school-table', label: '导出学分统计表' },
];

function ExportLogTable({ schoolId }: { schoolId?: string }) {
  const log = useRemote(() => fetchExportLog(schoolId));
  if (log.state.status === 'loading') return <StatusView kind="loading" title="正在读取导出记录…" />;
  if (log.state.status === 'error') return <RemoteError error={log.state.error} title="导出记录读取失败" what="登记表导出" onRetry={log.reload} />;
  if (log.state.data.items.length === 0) return <StatusView kind="empty" title="还没有导出过登记表" />;
  return (
    <DataTable<ExportView>
      id="export-log"
      rows={log.state.data.items}
      rowKey={(r) => r.id}
      columns={[
        { key: 'at', title: '导出时间', grow: 1.2, render: (r) => beijingTime(r.at) },
        { key: 'kind', title: '登记表', render: (r) => r.kindLabel },
        { key: 'school', title: '学校', grow: 1.4, render: (r) => r.schoolName ?? '全县' },
        { key: 'year', title: '年度', grow: 0.6, render: (r) => `${r.year}` },
        { key: 'who', title: '导出人', grow: 0.8, render: (r) => r.exportedByName },
        { key: 'n', title: '教师', grow: 0.6, render: (r) => `${r.teacherCount} 人` },
        { key: 'policy', title: '政策版本', render: (r) => `${r.policy.policyId} 第 ${r.policy.version} 版` },
        { key: 'sha', title: '校验码', render: (r) => <Text className="admin__mono">{r.sha256.slice(0, 12)}</Text> },
      ]}
    />
  );
}

function Exporter({ scope }: { scope: SchoolScope }) {
  const years = recentYears(4);
  const [yearIndex, setYearIndex] = useState(0);
  const [schoolId, setSchoolId] = useState(scope.schools[0]?.id);
  const [busy, setBusy] = useState<RegisterKind | null>(null);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [logVersion, setLogVersion] = useState(0);
  const year = years[yearIndex] ?? years[0]!;
  const school = scope.schools.find((s) => s.id === schoolId);

  async function run(kind: RegisterKind) {
    setBusy(kind); setError(null); setResult(null);
    const res = await exportRegister(kind, year, school?.id);
    setBusy(null);
    if (res.ok) { setResult(res.data); setLogVersion((v) => v + 1); } else setError(res.error);
  }

  async function download() {
    if (!result) return;
    const outcome = await openDownload(result.url, result.export.fileName);
    if (!outcome.ok) setError({ code: 'DOWNLOAD', message: outcome.message });
  }

  return (
    <View>
      <View className="admin__bar">
        <Picker mode="selector" range={years.map((y) => `${y} 年度`)} value={yearIndex} onChange={(e) => setYearIndex(Number(e.detail.value))}>
          <View className="picker-field" id="pick-year">年度：{year} ▾</View>
        </Picker>
        <SchoolPicker id="pick-school" label="学校" schools={scope.schools} value={schoolId} onChange={setSchoolId} textWhenSingle />
      </View>
      <View className="admin__bar">
        {kindButtons.map((b) => (
          <Button key={b.kind} id={`export-${b.kind}`} className="btn btn--primary" {...(busy !== null || !school ? { disabled: true } : {})} onClick={() => void run(b.kind)}>
            {busy === b.kind ? '正在生成…' : b.label}
          </Button>
        ))}
        {scope.county ? (
          <Button id="export-county-table" className="btn btn--plain" {...(busy !== null ? { disabled: true } : {})} onClick={() => void run('county-table')}>
            {busy === 'county-table' ? '正在生成全县统计表…' : '导出全县统计表（每校一页）'}
          </Button>
        ) : null}
      </View>
      <Text className="admin__hint">只计已审核通过的记录；列按本县政策的类别排列。文件为 A4 版式，可直接打印盖章。</Text>
      {error ? <StatusView kind="error" title="没有导出" description={error.message} /> : null}
      {result ? <ExportResultCard result={result} onDownload={() => void download()} /> : null}
      <Text className="admin__section">导出记录</Text>
      <ExportLogTable key={`${logVersion}-${scope.county ? 'county' : school?.id}`} schoolId={scope.county ? undefined : school?.id} />
    </View>
  );
}

/** 登记表导出: pick year and school, export 学分登记卡 / 学分统计表 (and the county table), download, see the log. */
export function RegistersScreen() {
  const scope = useRemote(fetchSchoolScope);
  return (
    <View className="admin">
      <Text className="admin__title">学分登记表导出</Text>
      {scope.state.status === 'loading' ? <StatusView kind="loading" title="正在读取…" /> : null}
      {scope.state.status === 'error' ? (
        <RemoteError error={scope.state.error} title={scope.state.error.code === 'FORBIDDEN' ? '只有学校审核人和县级管理员可以导出' : '读取失败'} what="登记表导出" onRetry={scope.reload} />
      ) : null}
      {scope.state.status === 'success' ? <Exporter scope={scope.state.data} /> : null}
    </View>
  );
}
