import { getPolicy } from '@shared/policies';
import { draftMatches, emptyFields, fieldsFromInput, toRecordInput, type DraftFields } from '../model/draft-fields';
import { formPlanOf } from '@/services/form-plan';

const tongyu = formPlanOf(getPolicy('tongyu-2026')!);
const wuding = formPlanOf(getPolicy('wuding-2021')!);
const filled: DraftFields = {
  ...emptyFields, title: ' 暑期学科培训 ', hours: '7.5', startDate: '2026-07-01', endDate: '2026-07-02', form: '集中', level: '县',
  content: '专业', topic: '大单元教学', tags: ['数字化', '不在政策里'], track: '必修', location: '县外', role: '主讲',
};

describe('toRecordInput', () => {
  it('keeps only what the policy asks for and trims text', () => {
    const r = toRecordInput(filled, tongyu);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input).toMatchObject({ title: '暑期学科培训', hours: 7.5, content: '专业', topic: '大单元教学', tags: ['数字化'], location: '县内', role: '学员' });
    expect(r.input.track).toBeUndefined(); // 通榆 does not use 必修/选修
  });

  it('says in Chinese what is missing or wrong', () => {
    const r = toRecordInput({ ...emptyFields }, tongyu);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toMatchObject({ title: '请填写培训名称', hours: '请填写学时', startDate: '请选择培训日期', form: '请选择培训形式', level: '请选择培训级别' });
    const halves = toRecordInput({ ...filled, hours: '7.3' }, tongyu);
    expect(!halves.ok && halves.errors.hours).toBe('学时只能精确到半学时（0.5）');
    const order = toRecordInput({ ...filled, endDate: '2026-06-30' }, tongyu);
    expect(!order.ok && order.errors.endDate).toBe('结束日期不能早于开始日期');
  });

  it('an empty end date means a one-day training', () => {
    const r = toRecordInput({ ...filled, endDate: '' }, tongyu);
    expect(r.ok && r.input.endDate).toBe('2026-07-01');
  });

  it('asks 武定 scores only for records its composite rule covers', () => {
    const scored = { ...filled, onlineScore: '80', offlineScore: '70', hasCertificate: 'no' };
    const plain = toRecordInput(scored, wuding);
    expect(plain.ok && plain.input.composite).toBeUndefined();
    const covered = { ...scored, tags: ['全员培训'], form: '混合' };
    expect(draftMatches(covered, wuding.composite!.when, wuding)).toBe(true);
    expect(draftMatches(scored, wuding.composite!.when, wuding)).toBe(false);
    const r = toRecordInput(covered, wuding);
    expect(r.ok && r.input).toMatchObject({ composite: { onlineScore: 80, offlineScore: 70 }, hasCertificate: false });
  });

  it('round-trips a stored record input', () => {
    const r = toRecordInput(filled, tongyu);
    if (!r.ok) throw new Error('valid');
    const again = toRecordInput(fieldsFromInput(r.input), tongyu);
    expect(again.ok && again.input).toEqual(r.input);
  });
});
