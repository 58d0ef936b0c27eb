import { Button, Text, View } from '@tarojs/components';
import type { FormPlan } from '@/services/form-plan';
import { ChoiceField, DateField, FieldShell, HoursField, SelectField, TagsField, TextField, TimeField, ToggleField, type FieldFrame } from '@/components/form-fields';
import { formChoices, type DraftKey, type Organiser, type SessionDraft } from '../model/session-draft';

export interface SessionFormProps {
  plan: FormPlan;
  organiser: Organiser;
  draft: SessionDraft;
  setField: <K extends DraftKey>(name: K, value: SessionDraft[K]) => void;
  errors: Partial<Record<DraftKey, string>>;
  /** County sessions: the county's schools, to choose who is expected. */
  schools: readonly { id: string; name: string }[];
  busy: boolean;
  sendError: string | null;
  onSubmit: () => void;
}

/**
 * 新建培训: what the records of this session will carry (asked only as the county's policy needs it,
 * like 登记证书: 建安 the catalogue project, 通榆 公需/专业 and the 专题), when and where, who is
 * expected, 考核 and 按实际签到时长计.
 */
export function SessionForm({ plan, organiser, draft: d, setField, errors, schools, busy, sendError, onSubmit }: SessionFormProps) {
  const frame = (id: DraftKey, label: string, hint?: string): FieldFrame => ({ id, label, hint, error: errors[id] });
  const { forms, levels } = formChoices(organiser);
  const schoolNames = schools.map((s) => s.name);
  return (
    <View id="session-form">
      <View className="card">
        <Text className="card__title">培训内容</Text>
        {plan.projects.length ? (
          <SelectField {...frame('projectRef', '县培训计划中的项目', '选了项目，培训名称可以不填')} value={d.projectRef}
            options={[{ value: '', label: '不属于计划中的项目' }, ...plan.projects.map((p) => ({ value: p.ref, label: p.name }))]}
            onChange={(v) => setField('projectRef', v)} />
        ) : null}
        <TextField {...frame('title', '培训名称', '老师们在「我的记录」里看到的名称')} value={d.title} onChange={(v) => setField('title', v)}
          placeholder={organiser.scope === 'school' ? '如：大单元教学设计研讨' : '如：2026年全县班主任培训'} />
        {plan.content ? (
          <ChoiceField {...frame('content', '内容类别', '师德、法规、心理健康等是公需；学科教学是专业')} value={d.content} options={plan.content} onChange={(v) => setField('content', v)} />
        ) : null}
        {plan.topic ? (
          <TextField {...frame('topic', '专题', '同一专题只算一个，如「大单元教学」')} value={d.topic} onChange={(v) => setField('topic', v)} />
        ) : null}
        {plan.track ? (
          <ChoiceField {...frame('track', '课程类别')} value={d.track} options={plan.track} onChange={(v) => setField('track', v)} />
        ) : null}
        {plan.tags.length ? (
          <TagsField {...frame('tags', '这次培训属于（可多选）', '都不是就不用选')} value={d.tags} options={plan.tags} onChange={(v) => setField('tags', v)} />
        ) : null}
        {forms.length > 1 ? (
          <ChoiceField {...frame('form', '培训形式')} value={d.form} options={forms} onChange={(v) => setField('form', v)} />
        ) : null}
        {levels.length > 1 ? (
          <ChoiceField {...frame('level', '主办级别')} value={d.level} options={levels} onChange={(v) => setField('level', v)} />
        ) : null}
        {forms.length === 1 ? (
          <FieldShell id="kind" label="培训类别"><Text className="entry-field__value" id="session-kind">{d.form === '校本' ? '校本研修（本校组织）' : d.form}</Text></FieldShell>
        ) : null}
        {plan.location ? (
          <ChoiceField {...frame('location', '培训地点在')} value={d.location} options={['县内', '县外']} onChange={(v) => setField('location', v)} />
        ) : null}
        <TextField {...frame('organizer', '主办单位')} value={d.organizer} onChange={(v) => setField('organizer', v)} />
      </View>

      <View className="card">
        <Text className="card__title">时间和地点</Text>
        <DateField {...frame('date', '培训日期', '多天的培训，每天建一场')} value={d.date} end="2099-12-31" onChange={(v) => setField('date', v)} />
        <View className="time-pair">
          <TimeField {...frame('startTime', '开始时间')} value={d.startTime} onChange={(v) => setField('startTime', v)} />
          <TimeField {...frame('endTime', '结束时间')} value={d.endTime} onChange={(v) => setField('endTime', v)} />
        </View>
        <Text className="entry-field__hint">开始前 30 分钟可以扫码签到，结束后 30 分钟关闭。</Text>
        <HoursField {...frame('hours', '计入学时', '每位参加的老师计入的学时，可以填半学时')} value={d.hours} onChange={(v) => setField('hours', v)} />
        <TextField {...frame('place', '地点')} value={d.place} onChange={(v) => setField('place', v)} placeholder="如：一中三楼会议室" />
      </View>

      <View className="card">
        <Text className="card__title">参加的老师</Text>
        {organiser.scope === 'county' ? (
          <TagsField {...frame('schoolIds', '哪些学校的老师参加', '都不选 = 全县各校')} value={schools.filter((s) => d.schoolIds.includes(s.id)).map((s) => s.name)}
            options={schoolNames} onChange={(names) => setField('schoolIds', schools.filter((s) => names.includes(s.name)).map((s) => s.id))} />
        ) : (
          <Text className="card__hint" id="expected-school">{organiser.schoolName ?? '本校'}的老师</Text>
        )}
        <TextField {...frame('subjects', '只请这些学科（可不填）', '不填 = 全体老师；几个学科用顿号隔开，如 语文、数学')} value={d.subjects} onChange={(v) => setField('subjects', v)} />
        <ToggleField {...frame('assessed', '考核', '要考核：结束前在签到页勾选合格的老师，只有合格的计入学时')} value={d.assessed}
          onChange={(v) => setField('assessed', v)} no="不考核，签到就计" yes="要考核，合格才计" />
        <ToggleField {...frame('countsActualHours', '学时怎么算', '按实际时长：结束时老师再扫一次签退，按在场时间计，最多计满上面的学时')} value={d.countsActualHours}
          onChange={(v) => setField('countsActualHours', v)} no="签到就计满学时" yes="按实际签到时长计" />
      </View>

      {sendError ? <Text className="field__error" id="session-send-error">{sendError}</Text> : null}
      <Button className="btn btn--primary btn--big" id="session-create" onClick={onSubmit} disabled={busy || undefined}>
        {busy ? '正在创建…' : '创建培训'}
      </Button>
    </View>
  );
}
