import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { roleLabels, type Role } from '@shared/schemas/domain/common';
import { teacherStatusLabels } from '@shared/registers/status-labels';
import { DataTable } from '@/components/data-table';
import { StatusView } from '@/components/status-view';
import { useRemote } from '@/hooks/use-remote';
import type { ApiError } from '@/services/api-client';
import { SchoolPicker } from '@/components/school-picker';
import { fetchSchoolScope, type SchoolScope } from '@/services/school-scope';
import { fetchRoster, invitePerson, setRole, type RosterPerson } from '../api/roster';
import { ImportPanel } from './import-panel';
import { RemoteError } from '@/components/remote-error';

/** Shows the server's refusal (role rules live on the server) plainly, in a dialog. */
function showRefusal(error: ApiError) {
  void Taro.showModal({ title: '未能完成', content: error.message, showCancel: false, confirmText: '知道了' });
}

async function confirmed(title: string, content: string): Promise<boolean> {
  const r = await Taro.showModal({ title, content, confirmText: '确定', cancelText: '取消' });
  return r.confirm;
}

function RoleButtons({ person, onChanged }: { person: RosterPerson; onChanged: () => void }) {
  async function toggle(role: Role) {
    const has = person.roles.includes(role);
    if (!(await confirmed(has ? '取消角色' : '授予角色', `${has ? '取消' : '授予'}${person.name}「${roleLabels[role]}」？`))) return;
    const res = await setRole(person.id, role, !has);
    if (!res.ok) { showRefusal(res.error); return; }
    onChanged();
  }
  async function invite(reset: boolean) {
    if (reset && !(await confirmed('换手机重新绑定', `将解除${person.name}当前微信的绑定，并发放新的绑定码。继续？`))) return;
    const res = await invitePerson(person.id, reset);
    if (!res.ok) { showRefusal(res.error); return; }
    void Taro.showModal({ title: `${res.data.name}的绑定码`, content: `${res.data.code}\n有效期至 ${res.data.expiresAt.slice(0, 10)}。只显示这一次，请告诉本人。`, showCancel: false, confirmText: '已记下' });
    onChanged();
  }
  return (
    <View className="admin__bar">
      <Text className="link-btn" id={`invite-${person.id}`} onClick={() => void invite(false)}>发绑定码</Text>
      {person.bound ? <Text className="link-btn" onClick={() => void invite(true)}>换手机重绑</Text> : null}
      {(['credit-officer', 'principal'] as const).map((role) => (
        <Text key={role} className="link-btn" id={`role-${role}-${person.id}`} onClick={() => void toggle(role)}>
          {person.roles.includes(role) ? `取消${roleLabels[role]}` : `设为${roleLabels[role]}`}
        </Text>
      ))}
    </View>
  );
}

function RosterList({ scope }: { scope: SchoolScope }) {
  // A county admin starts on the whole county (全县); a reviewer on her school.
  const [schoolId, setSchoolId] = useState(scope.county ? undefined : scope.schools[0]?.id);
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const names = new Map(scope.schools.map((s) => [s.id, s.name]));

  // useRemote keeps only the latest answer: a quick change of school or search never shows an older list.
  const { state: page, reload: load } = useRemote(() => fetchRoster({ schoolId, query }), false);
  useEffect(() => { void load(); }, [schoolId, query, load]);

  return (
    <View>
      <ImportPanel onImported={() => void load()} />
      <View className="admin__bar">
        <SchoolPicker id="roster-school" label="学校" schools={scope.schools} wholeCounty={scope.county} value={schoolId} onChange={setSchoolId} />
        <Input className="picker-field" id="roster-search" placeholder="输入姓名查找" value={typed} onInput={(e) => setTyped(e.detail.value)} onConfirm={() => setQuery(typed.trim())} />
        <Button className="btn btn--primary" id="roster-search-go" onClick={() => setQuery(typed.trim())}>查找</Button>
      </View>
      {page.status === 'loading' ? <StatusView kind="loading" title="正在读取名册…" /> : null}
      {page.status === 'error' ? <RemoteError error={page.error} title="名册读取失败" what="教师名册" onRetry={() => void load()} /> : null}
      {page.status === 'success' && page.data.items.length === 0 ? <StatusView kind="empty" title={query ? `没有找到「${query}」` : '名册是空的'} description="可以在上面导入名单" /> : null}
      {page.status === 'success' && page.data.items.length > 0 ? (
        <View>
          <Text className="admin__hint" id="roster-total">共 {page.data.total} 人{page.data.total > page.data.items.length ? `，显示前 ${page.data.items.length} 人，请输入姓名查找` : ''}</Text>
          <DataTable<RosterPerson>
            id="roster-table"
            rows={page.data.items}
            rowKey={(p) => p.id}
            columns={[
              { key: 'name', title: '姓名', grow: 0.7, render: (p) => <Text>{p.name}{p.active ? '' : '（已离职）'}</Text> },
              { key: 'school', title: '学校', grow: 1.3, render: (p) => (p.schoolId ? names.get(p.schoolId) ?? p.schoolId : '县教师进修学校') },
              { key: 'subject', title: '学科', grow: 0.6, render: (p) => p.subject ?? '' },
              { key: 'phone', title: '手机', grow: 0.9, render: (p) => p.phoneMasked ?? '未填' },
              { key: 'roles', title: '角色 / 身份', grow: 1.2, render: (p) => (
                <View>
                  {p.roles.map((r) => <Text key={r} className="tag">{roleLabels[r]}</Text>)}
                  {p.statuses.map((s) => <Text key={s.status} className="tag tag--warn">{teacherStatusLabels[s.status]}</Text>)}
                </View>
              ) },
              { key: 'bound', title: '微信', grow: 0.6, render: (p) => <Text className={`tag ${p.bound ? 'tag--good' : 'tag--bad'}`}>{p.bound ? '已绑定' : '未绑定'}</Text> },
              { key: 'ops', title: '操作', grow: 2.2, render: (p) => <RoleButtons person={p} onChanged={() => void load()} /> },
            ]}
          />
        </View>
      ) : null}
    </View>
  );
}

/** 名册: list and search, import with a preview, binding codes, roles. */
export function RosterScreen() {
  const scope = useRemote(fetchSchoolScope);
  return (
    <View className="admin">
      <Text className="admin__title">教师名册</Text>
      {scope.state.status === 'loading' ? <StatusView kind="loading" title="正在读取…" /> : null}
      {scope.state.status === 'error' ? <RemoteError error={scope.state.error} title="读取失败" what="教师名册" onRetry={scope.reload} /> : null}
      {scope.state.status === 'success' ? <RosterList scope={scope.state.data} /> : null}
    </View>
  );
}
