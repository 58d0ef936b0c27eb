import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Picker, Text, View } from '@tarojs/components';
import { beijingTime, beijingToday } from '@shared/time/beijing-time';
import { auditActionLabels } from '@shared/registers/audit-labels';
import type { AuditAction } from '@shared/schemas/domain/audit-entry';
import type { AuditItem } from '@shared/schemas/api/registers';
import { DataTable } from '@/components/data-table';
import { StatusView } from '@/components/status-view';
import { useRemote } from '@/hooks/use-remote';
import type { ApiError } from '@/services/api-client';
import { SchoolPicker } from '@/components/school-picker';
import { fetchSchoolScope, type SchoolScope } from '@/services/school-scope';
import { fetchAudit, type AuditFilter } from '../api/audit';
import { RemoteError } from '@/components/remote-error';

/** The actions people ask about first, as one-tap filters. */
const filterChips: AuditAction[] = ['review.approve', 'review.return', 'roster.import', 'roster.set-role', 'policy.publish', 'registers.export', 'records.submit'];

type Loaded = { items: AuditItem[]; total: number };

function AuditList({ scope }: { scope: SchoolScope }) {
  // A county admin starts on the whole county (全县); a reviewer on her school.
  const [schoolId, setSchoolId] = useState(scope.county ? undefined : scope.schools[0]?.id);
  const [actions, setActions] = useState<AuditAction[]>([]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [state, setState] = useState<{ kind: 'loading' } | { kind: 'error'; error: ApiError } | { kind: 'ok'; data: Loaded; more: boolean }>({ kind: 'loading' });
  const filter: AuditFilter = { schoolId, actions, from: from || undefined, to: to || undefined };
  const key = JSON.stringify(filter);

  // Only the latest request's answer counts: a quick change of filters must not show an older list.
  const latest = useRef(0);
  // 加载更多 has its own state: a failure there keeps the rows shown, and a second tap waits.
  const [more, setMore] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const load = useCallback(async (skip: number, previous: AuditItem[]) => {
    const id = ++latest.current;
    if (skip === 0) setState({ kind: 'loading' });
    setMore({ busy: skip > 0, error: null });
    const res = await fetchAudit(filter, skip);
    if (id !== latest.current) return;
    setMore({ busy: false, error: !res.ok && skip > 0 ? res.error.message : null });
    if (!res.ok) { if (skip === 0) setState({ kind: 'error', error: res.error }); return; }
    const items = [...previous, ...res.data.items];
    setState({ kind: 'ok', data: { items, total: res.data.total }, more: items.length < res.data.total });
    // `key` stands for `filter`: a new filter object each render must not reload.
  }, [key]);

  useEffect(() => { void load(0, []); }, [load]);

  const toggle = (a: AuditAction) => setActions((list) => (list.includes(a) ? list.filter((x) => x !== a) : [...list, a]));

  return (
    <View>
      <View className="admin__bar">
        <SchoolPicker id="audit-school" label="范围" schools={scope.schools} wholeCounty={scope.county} value={schoolId} onChange={setSchoolId} />
        <Picker mode="date" value={from || beijingToday()} onChange={(e) => setFrom(String(e.detail.value))}>
          <View className="picker-field" id="audit-from">从：{from || '不限'} ▾</View>
        </Picker>
        <Picker mode="date" value={to || beijingToday()} onChange={(e) => setTo(String(e.detail.value))}>
          <View className="picker-field" id="audit-to">到：{to || '不限'} ▾</View>
        </Picker>
        {from || to ? <Text className="link-btn" onClick={() => { setFrom(''); setTo(''); }}>清除日期</Text> : null}
      </View>
      <View className="forms__list" id="audit-chips">
        {filterChips.map((a) => (
          <Text key={a} id={`chip-${a.replace('.', '-')}`} className={`chip ${actions.includes(a) ? 'chip--on' : ''}`} onClick={() => toggle(a)}>{auditActionLabels[a]}</Text>
        ))}
      </View>
      {state.kind === 'loading' ? <StatusView kind="loading" title="正在读取操作记录…" /> : null}
      {state.kind === 'error' ? <RemoteError error={state.error} title="读取失败" what="操作记录" onRetry={() => void load(0, [])} /> : null}
      {state.kind === 'ok' && state.data.items.length === 0 ? <StatusView kind="empty" title="没有符合条件的操作记录" /> : null}
      {state.kind === 'ok' && state.data.items.length > 0 ? (
        <View>
          <Text className="admin__hint" id="audit-total">共 {state.data.total} 条，时间为北京时间</Text>
          <DataTable<AuditItem>
            id="audit-table"
            rows={state.data.items}
            rowKey={(r) => r.id}
            columns={[
              { key: 'at', title: '时间', grow: 1.4, render: (r) => beijingTime(r.at) },
              { key: 'action', title: '操作', grow: 1, render: (r) => <Text className={`tag ${r.action === 'review.return' ? 'tag--bad' : r.action === 'review.approve' ? 'tag--good' : ''}`}>{r.actionLabel}</Text> },
              { key: 'actor', title: '操作人', grow: 0.7, render: (r) => r.actorName },
              { key: 'target', title: '对象', grow: 1.6, render: (r) => r.targetLabel },
              { key: 'school', title: '学校', grow: 1.2, render: (r) => r.schoolName ?? '全县' },
              { key: 'note', title: '说明', grow: 1.2, render: (r) => r.note ?? '' },
            ]}
          />
          {more.error ? <Text className="admin__error" id="audit-more-error">没有读到更多：{more.error}</Text> : null}
          {state.more ? (
            <Button className="btn btn--plain admin__more" disabled={more.busy || undefined} onClick={() => { if (!more.busy) void load(state.data.items.length, state.data.items); }}>
              {more.busy ? '正在读取…' : more.error ? '重试加载更多' : '加载更多'}
            </Button>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}

/** 操作记录: who approved, returned, imported, published, exported — when; filterable. */
export function AuditScreen() {
  const scope = useRemote(fetchSchoolScope);
  return (
    <View className="admin">
      <Text className="admin__title">操作记录</Text>
      <Text className="admin__hint">来自审计日志，只能查看，不能修改。</Text>
      {scope.state.status === 'loading' ? <StatusView kind="loading" title="正在读取…" /> : null}
      {scope.state.status === 'error' ? <RemoteError error={scope.state.error} title="读取失败" what="操作记录" onRetry={scope.reload} /> : null}
      {scope.state.status === 'success' ? <AuditList scope={scope.state.data} /> : null}
    </View>
  );
}
