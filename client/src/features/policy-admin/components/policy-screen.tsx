import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Picker, Text, View } from '@tarojs/components';
import { policyDiff, type PolicyChange } from '@shared/policy-view';
import type { Policy } from '@shared/schemas/policy';
import { StatusView } from '@/components/status-view';
import { useRemote } from '@/hooks/use-remote';
import type { ApiError, ApiResult } from '@/services/api-client';
import { recentYears } from '@shared/time/beijing-time';
import { fetchPolicy, fetchPolicyList, latestVersionFor, publishPolicy, type PolicyAnswer, type PolicyList } from '../api/policy';
import { rollOverPolicy } from '../api/roll-over';
import { PolicyChanges, PolicyText } from './policy-text';
import { RemoteError } from '@/components/remote-error';

type Candidate = { kind: 'template'; policyId: string; policy: Policy; changes: PolicyChange[] }
  | { kind: 'roll-over'; policy: Policy; serverChanges: string[]; changes: PolicyChange[] };

interface Loaded { list: PolicyList; current: PolicyAnswer | null; currentError: ApiError | null }

async function loadAll(year: number): Promise<ApiResult<Loaded>> {
  const [list, current] = await Promise.all([fetchPolicyList(), fetchPolicy({ year })]);
  if (!list.ok) return list;
  if (!current.ok && current.error.code !== 'NOT_FOUND') return current;
  return { ok: true, data: { list: list.data, current: current.ok ? current.data : null, currentError: current.ok ? null : current.error } };
}

function PolicyAdmin({ year, data, reload }: { year: number; data: Loaded; reload: () => void }) {
  const [templateIndex, setTemplateIndex] = useState(0);
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = data.current?.policy ?? null;
  const templates = data.list.templates;
  const expected = latestVersionFor(data.list, year);

  async function previewTemplate() {
    const t = templates[templateIndex];
    if (!t) return;
    setBusy(true); setError(null);
    const res = await fetchPolicy({ policyId: t.id });
    setBusy(false);
    if (!res.ok) { setError(res.error.message); return; }
    setCandidate({ kind: 'template', policyId: t.id, policy: res.data.policy, changes: policyDiff(current, res.data.policy) });
  }

  async function previewRollOver() {
    setBusy(true); setError(null);
    const res = await rollOverPolicy({ fromYear: year, toYear: year + 1, dryRun: true });
    setBusy(false);
    if (!res.ok) { setError(res.error.message); return; }
    setCandidate({ kind: 'roll-over', policy: res.data.policy, serverChanges: res.data.changes, changes: policyDiff(current, res.data.policy) });
  }

  async function publish() {
    if (!candidate) return;
    const target = candidate.kind === 'roll-over' ? year + 1 : year;
    const ok = await Taro.showModal({ title: '确认发布', content: `发布后全县按新版本计算 ${target} 年度学分，旧版本保留可查。确定发布？`, confirmText: '发布', cancelText: '再看看' });
    if (!ok.confirm) return;
    setBusy(true); setError(null);
    const res = candidate.kind === 'template'
      ? await publishPolicy(year, candidate.policyId, expected)
      : await rollOverPolicy({ fromYear: year, toYear: year + 1, expectedVersion: latestVersionFor(data.list, year + 1) });
    setBusy(false);
    if (!res.ok) { setError(res.error.message); return; }
    const ref = res.data.published;
    void Taro.showToast({ title: ref ? `已发布 ${ref.year} 年度第 ${ref.version} 版` : '已发布', icon: 'none' });
    setCandidate(null);
    reload();
  }

  return (
    <View>
      {data.current ? (
        <View className="card" id="policy-current">
          <Text className="card__label">{year} 年度执行的政策</Text>
          <Text className="card__title">{data.current.policy.name}</Text>
          <Text className="admin__hint">
            {data.current.published ? `${data.current.published.year} 年度第 ${data.current.published.version} 版，${data.current.published.publishedAt.slice(0, 10)} 发布` : ''}
            {' · '}依据：{data.current.policy.source.title}（{data.current.policy.source.issuer}）
          </Text>
        </View>
      ) : <StatusView kind="empty" title={`本县尚未发布 ${year} 年度的学分政策`} description={data.list.canPublish ? '可在下面选择内置政策发布' : '县教师进修学校发布后，这里会显示本县的政策。'} />}

      {data.list.canPublish ? <View className="card" id="policy-publish">
        <Text className="card__title">发布新版本</Text>
        <View className="admin__bar">
          <Picker mode="selector" range={templates.map((t) => `${t.name}（${t.years.join('、')}）`)} value={templateIndex} onChange={(e) => { setTemplateIndex(Number(e.detail.value)); setCandidate(null); }}>
            <View className="picker-field" id="pick-template">内置政策：{templates[templateIndex]?.name ?? '无'} ▾</View>
          </Picker>
          <Button className="btn btn--plain" id="policy-preview-template" {...(busy ? { disabled: true } : {})} onClick={() => void previewTemplate()}>与现行政策对比</Button>
          {current ? <Button className="btn btn--plain" id="policy-preview-rollover" {...(busy ? { disabled: true } : {})} onClick={() => void previewRollOver()}>滚动到 {year + 1} 年度</Button> : null}
        </View>
        {error ? <Text className="admin__error" id="policy-error">{error}</Text> : null}
        {candidate ? (
          <View id="policy-candidate">
            <Text className="admin__section">
              {candidate.kind === 'roll-over' ? `滚动到 ${year + 1} 年度：与现行政策相比` : `「${candidate.policy.name}」与现行政策相比`}（{candidate.changes.length} 处不同）
            </Text>
            {candidate.kind === 'roll-over' && candidate.serverChanges.length > 0 ? (
              <View>{candidate.serverChanges.map((c) => <Text key={c} className="list__item">· {c}</Text>)}</View>
            ) : null}
            <PolicyChanges changes={candidate.changes} id="policy-diff" />
            <Button className="btn btn--primary" id="policy-publish-go" {...(busy ? { disabled: true } : {})} onClick={() => void publish()}>
              {candidate.kind === 'roll-over' ? `发布为 ${year + 1} 年度政策` : `发布为 ${year} 年度第 ${expected + 1} 版`}
            </Button>
          </View>
        ) : null}
      </View> : null}
      {current ? <PolicyText policy={current} /> : null}
    </View>
  );
}

/** 学分政策: the policy in force in Chinese with its sentences; publish a built-in or a roll-over with a diff. */
export function PolicyScreen() {
  const years = recentYears(4);
  const choices = [years[0]! + 1, ...years];
  const [yearIndex, setYearIndex] = useState(1);
  const year = choices[yearIndex] ?? choices[1]!;
  const remote = useRemote(() => loadAll(year), false);
  const { reload } = remote;
  useEffect(() => { void reload(); }, [year, reload]);
  return (
    <View className="admin">
      <Text className="admin__title">学分政策</Text>
      <View className="admin__bar">
        <Picker mode="selector" range={choices.map((y) => `${y} 年度`)} value={yearIndex} onChange={(e) => setYearIndex(Number(e.detail.value))}>
          <View className="picker-field" id="policy-year">年度：{year} ▾</View>
        </Picker>
      </View>
      {remote.state.status === 'loading' ? <StatusView kind="loading" title="正在读取政策…" /> : null}
      {remote.state.status === 'error' ? <RemoteError error={remote.state.error} title="政策读取失败" what="本县的学分政策" onRetry={remote.reload} /> : null}
      {remote.state.status === 'success' ? <PolicyAdmin key={year} year={year} data={remote.state.data} reload={() => void remote.reload()} /> : null}
    </View>
  );
}
