import { View } from '@tarojs/components';
import { trainingForms, trainingLevels } from '@shared/schemas/record';
import { draftMatches, type DraftFields, type FieldName } from '../model/draft-fields';
import type { FormPlan } from '@/services/form-plan';
import { ChoiceField, DateField, HoursField, SelectField, TagsField, TextField, type FieldFrame } from '@/components/form-fields';

export interface RecordFormProps {
  plan: FormPlan;
  fields: DraftFields;
  setField: <K extends FieldName>(name: K, value: DraftFields[K]) => void;
  errors: Partial<Record<FieldName, string>>;
  /** Resubmit: only these may change (null = all). */
  editable: Set<FieldName> | null;
  /** Prefilled with low confidence. */
  lowConfidence: Set<FieldName>;
  today: string;
}

/**
 * The certificate's facts, asking only what the county's policy uses (form-plan.ts).
 * Labels say what is on the certificate; hints say where to look.
 */
export function RecordForm({ plan, fields: f, setField, errors, editable, lowConfidence, today }: RecordFormProps) {
  const frame = (name: FieldName, label: string, hint?: string): FieldFrame => ({
    id: name, label, hint, error: errors[name],
    locked: editable !== null && !editable.has(name),
    flagged: editable !== null && editable.has(name),
    check: lowConfidence.has(name),
  });
  const composite = plan.composite && draftMatches(f, plan.composite.when, plan) ? plan.composite : null;
  return (
    <View className="card entry-form" id="record-form">
      <TextField {...frame('title', '培训名称', '照证书上的名称填写')} value={f.title} onChange={(v) => setField('title', v)} placeholder="如：2026年暑期学科培训" />
      <HoursField {...frame('hours', '学时', '证书上写的学时，可以填半学时，如 7.5')} value={f.hours} onChange={(v) => setField('hours', v)} />
      <DateField {...frame('startDate', '开始日期')} value={f.startDate} end={today} onChange={(v) => setField('startDate', v)} />
      <DateField {...frame('endDate', '结束日期', '一天的培训，选和开始同一天')} value={f.endDate} end={today} onChange={(v) => setField('endDate', v)} />
      <ChoiceField {...frame('form', '培训形式')} value={f.form} options={trainingForms} onChange={(v) => setField('form', v)} />
      <ChoiceField {...frame('level', '主办级别', '谁组织的培训：国家、省、市、县、学区或本校')} value={f.level} options={trainingLevels} onChange={(v) => setField('level', v)} />
      {plan.content ? (
        <ChoiceField {...frame('content', '内容类别', '师德、法规、心理健康等是公需；学科教学是专业')} value={f.content} options={plan.content} onChange={(v) => setField('content', v)} />
      ) : null}
      {plan.track ? (
        <ChoiceField {...frame('track', '课程类别')} value={f.track} options={plan.track} onChange={(v) => setField('track', v)} />
      ) : null}
      {plan.location ? (
        <ChoiceField {...frame('location', '培训地点')} value={f.location} options={['县内', '县外']} onChange={(v) => setField('location', v)} />
      ) : null}
      {plan.projects.length ? (
        <SelectField {...frame('projectRef', '县培训计划中的项目', '证书上的项目属于县里当年的培训计划时选它')} value={f.projectRef}
          options={[{ value: '', label: '不属于计划中的项目' }, ...plan.projects.map((p) => ({ value: p.ref, label: p.name }))]}
          onChange={(v) => setField('projectRef', v)} />
      ) : null}
      {plan.tags.length ? (
        <TagsField {...frame('tags', '这次培训属于（可多选）', '都不是就不用选')} value={f.tags} options={plan.tags} onChange={(v) => setField('tags', v)} />
      ) : null}
      {plan.topic ? (
        <TextField {...frame('topic', '专题名称', '证书上的专题，如「大单元教学」；同一专题只算一个')} value={f.topic} onChange={(v) => setField('topic', v)} />
      ) : null}
      {plan.awardGrades ? (
        <ChoiceField {...frame('awardGrade', '考核等次 / 表彰')} value={f.awardGrade} options={['', ...plan.awardGrades]}
          labels={{ '': '合格', 优秀: '优秀', 良好: '良好' }} onChange={(v) => setField('awardGrade', v)} />
      ) : null}
      {plan.awardGrades && f.awardGrade ? (
        <ChoiceField {...frame('awardLevel', '表彰级别', '谁给的表彰；不清楚就选和主办级别一样')} value={f.awardLevel || f.level} options={trainingLevels}
          onChange={(v) => setField('awardLevel', v)} />
      ) : null}
      {plan.role ? (
        <ChoiceField {...frame('role', '您在培训中是')} value={f.role} options={['学员', '主讲']} onChange={(v) => setField('role', v)} />
      ) : null}
      {composite ? (
        <View>
          <TextField {...frame('onlineScore', '线上成绩（分）', `满分 100，${composite.passScore} 分合格`)} type="digit" value={f.onlineScore} onChange={(v) => setField('onlineScore', v)} />
          <TextField {...frame('offlineScore', '线下成绩（分）')} type="digit" value={f.offlineScore} onChange={(v) => setField('offlineScore', v)} />
        </View>
      ) : null}
      {plan.certificate ? (
        <ChoiceField {...frame('hasCertificate', '有没有结业证书')} value={f.hasCertificate} options={['yes', 'no']} labels={{ yes: '有', no: '没有' }}
          onChange={(v) => setField('hasCertificate', v)} />
      ) : null}
      <TextField {...frame('certificateNo', '证书编号（可不填）', '填了可以防止同一张证书登记两次')} value={f.certificateNo} onChange={(v) => setField('certificateNo', v)} />
      <TextField {...frame('organizer', '主办单位（可不填）')} value={f.organizer} onChange={(v) => setField('organizer', v)} />
    </View>
  );
}
