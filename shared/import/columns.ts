import { foldText } from './cell';

/**
 * The columns an administrator types, one per record field. `header` is the
 * documented spelling (docs/cli.md); `aliases` are what county sheets already
 * use. Matching folds width, spaces and a trailing note in brackets, so
 * 「学时（小时）」 and 「学 时」 both find 学时.
 */
export const columnDefinitions = [
  { key: 'title', header: '培训名称', required: true, aliases: ['培训项目', '项目名称', '培训项目名称', '课程名称', '培训主题', '名称'] },
  { key: 'organizer', header: '主办单位', required: false, aliases: ['主办', '举办单位', '组织单位', '承办单位', '培训机构', '发证单位'] },
  { key: 'hours', header: '学时', required: true, aliases: ['学时数', '时长', '培训学时', '认定学时', '获得学时', '课时'] },
  { key: 'startDate', header: '开始日期', required: true, aliases: ['开始时间', '起始日期', '培训开始日期', '开始'] },
  { key: 'endDate', header: '结束日期', required: false, aliases: ['结束时间', '截止日期', '培训结束日期', '结束'] },
  { key: 'dates', header: '日期', required: false, aliases: ['培训日期', '培训时间', '起止日期', '起止时间'] },
  { key: 'form', header: '形式', required: true, aliases: ['培训形式', '研修形式', '培训方式', '方式'] },
  { key: 'level', header: '级别', required: true, aliases: ['培训级别', '项目级别', '层级'] },
  { key: 'location', header: '县内外', required: false, aliases: ['县域内外', '域内外', '培训地域'] },
  { key: 'content', header: '科目', required: false, aliases: ['科目类别', '科目类型', '公需专业'] },
  { key: 'track', header: '类别', required: false, aliases: ['课程类别', '修习类别', '课程性质'] },
  { key: 'tags', header: '标签', required: false, aliases: ['专项', '标记'] },
  { key: 'topic', header: '专题', required: false, aliases: ['专题名称', '研修专题'] },
  { key: 'award', header: '获奖', required: false, aliases: ['奖励', '优秀学员', '考核等次', '评定等次', '等次'] },
  { key: 'role', header: '角色', required: false, aliases: ['身份', '参训身份', '承担任务'] },
  { key: 'passed', header: '是否合格', required: false, aliases: ['合格', '考核结果', '考核情况', '考核'] },
  { key: 'certificateNo', header: '证书编号', required: false, aliases: ['证书号', '证书号码', '结业证书编号'] },
  { key: 'hasCertificate', header: '有证书', required: false, aliases: ['是否有证书', '结业证书', '证书', '是否取得结业证书'] },
  { key: 'projectRef', header: '项目编号', required: false, aliases: ['项目号', '项目代码'] },
  { key: 'onlineScore', header: '线上成绩', required: false, aliases: ['网络成绩', '线上分数', '网络研修成绩'] },
  { key: 'offlineScore', header: '线下成绩', required: false, aliases: ['线下分数', '校本成绩', '校本实践成绩'] },
  { key: 'onlinePassed', header: '线上合格', required: false, aliases: ['线上是否合格', '网络是否合格'] },
  { key: 'offlinePassed', header: '线下合格', required: false, aliases: ['线下是否合格', '校本是否合格'] },
  { key: 'status', header: '状态', required: false, aliases: ['审核状态', '记录状态'] },
  { key: 'teacherId', header: '教师编号', required: false, aliases: ['工号', '教师工号', '教师号'] },
  { key: 'teacherName', header: '姓名', required: false, aliases: ['教师姓名', '教师'] },
] as const;

export type ColumnKey = (typeof columnDefinitions)[number]['key'];
export type ColumnDefinition = (typeof columnDefinitions)[number];

/** Headers sheets often carry that the importer deliberately skips (学分 is computed, never read). */
export const ignoredHeaders = ['序号', '备注', '说明', '学校', '单位', '学段', '学科', '学分', '折算学分'] as const;

/** Fold a header cell: width, spaces, a trailing （note）/(note)/[note], a required mark * or a colon. */
export function foldHeader(raw: string): string {
  let text = foldText(raw).replace(/^\*+|\*+$/g, '').replace(/[:：]$/, '');
  // A trailing note such as 学时(小时) or 科目(公需/专业); only when something precedes it.
  text = text.replace(/^(.+?)[([【].*[)\]】]$/, '$1');
  return text;
}

const byFoldedName = new Map<string, ColumnDefinition>();
for (const def of columnDefinitions) {
  for (const name of [def.header, ...def.aliases]) byFoldedName.set(foldHeader(name), def);
}
const ignoredFolded = new Set<string>(ignoredHeaders.map(foldHeader));

/** The column a header names, 'ignored' for known skip columns, or undefined. */
export function matchHeader(raw: string): ColumnDefinition | 'ignored' | undefined {
  const folded = foldHeader(raw);
  if (folded === '') return undefined;
  if (ignoredFolded.has(folded)) return 'ignored';
  return byFoldedName.get(folded);
}

/** Canonical Chinese label of a field, for messages about records without a sheet (JSON input). */
export function fieldLabel(key: string): string {
  const def = columnDefinitions.find((d) => d.key === key);
  if (def) return def.header;
  if (key === 'composite') return '线上/线下成绩';
  return key;
}
