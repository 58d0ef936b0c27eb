import type { RecordInputRaw } from '../../../shared/schemas/record';

/**
 * Trainings a 通榆 teacher really takes in 2026, as records would be typed
 * from their certificates. Keys are referenced by the stories; a story may
 * override fields (hours, dates, award) per teacher.
 */
const base = { location: '县内' as const, role: '学员' as const, passed: true, hasCertificate: true };

export const catalogue = {
  // 公需科目（≥ 30 学时）
  'gx-platform': { ...base, title: '2026年寒暑假教师研修：师德师风与依法执教', organizer: '国家中小学智慧教育平台', hours: 30, startDate: '2026-07-10', endDate: '2026-08-20', form: '网络', level: '国家', content: '公需', topic: '师德师风', tags: [] },
  'gx-law': { ...base, title: '教育政策法规与教师职业道德专题讲座', organizer: '通榆县教师进修学校', hours: 6, startDate: '2026-04-18', endDate: '2026-04-18', form: '集中', level: '县', content: '公需', topic: '政策法规', tags: [] },
  'gx-safety': { ...base, title: '校园安全管理与应急处置培训', organizer: '通榆县教育局', hours: 8, startDate: '2026-05-09', endDate: '2026-05-10', form: '集中', level: '县', content: '公需', topic: '安全管理', tags: [] },
  'gx-ai': { ...base, title: '人工智能通识与数据安全（公需课）', organizer: '吉林省专业技术人员继续教育平台', hours: 12, startDate: '2026-06-01', endDate: '2026-06-30', form: '网络', level: '省', content: '公需', topic: '信息技术', tags: ['数字化'] },
  // 专业科目 · 集中培训（≥ 20 学时，≥ 5 专题）
  'jz-summer': { ...base, title: '2026年通榆县暑期学科培训', organizer: '通榆县教师进修学校', hours: 24, startDate: '2026-07-13', endDate: '2026-07-17', form: '集中', level: '县', content: '专业', topic: '学科教学', tags: [] },
  'jz-guopei': { ...base, title: '国培计划（2026）吉林省乡村骨干教师能力提升项目', organizer: '吉林省教育学院', hours: 40, startDate: '2026-05-11', endDate: '2026-05-20', form: '集中', level: '省', content: '专业', topic: '骨干教师', location: '县外', tags: [] },
  'jz-banzhuren': { ...base, title: '中小学班主任工作能力提升培训', organizer: '通榆县教师进修学校', hours: 12, startDate: '2026-09-19', endDate: '2026-09-20', form: '集中', level: '县', content: '专业', topic: '班级管理', tags: [] },
  'jz-xinli': { ...base, title: '中小学心理健康教育专题培训', organizer: '白城市教育学院', hours: 8, startDate: '2026-10-17', endDate: '2026-10-17', form: '集中', level: '市', content: '专业', topic: '心理健康教育', tags: [] },
  'jz-digital': { ...base, title: '教师数字素养提升培训：AI工具赋能课堂教学', organizer: '通榆县教师进修学校', hours: 16, startDate: '2026-08-03', endDate: '2026-08-05', form: '集中', level: '县', content: '专业', topic: '智慧课堂', tags: ['数字化'] },
  'jz-jiaxiao': { ...base, title: '家校社协同育人策略专题培训', organizer: '通榆县教育局', hours: 6, startDate: '2026-11-07', endDate: '2026-11-07', form: '集中', level: '县', content: '专业', topic: '家校社协同育人', tags: [] },
  'jz-newteacher': { ...base, title: '2026年新入职教师岗前培训', organizer: '通榆县教师进修学校', hours: 30, startDate: '2026-08-24', endDate: '2026-08-29', form: '集中', level: '县', content: '专业', topic: '新教师入职', tags: [] },
  // 专业科目 · 校（园）本研修（≥ 30 学时，≥ 5 专题）
  'xb-danyuan': { ...base, title: '新课标背景下的大单元教学设计', organizer: '本校教研室', hours: 12, startDate: '2026-04-08', endDate: '2026-06-24', form: '校本', level: '校', content: '专业', topic: '大单元教学', tags: [] },
  'xb-zuoye': { ...base, title: '“双减”背景下的作业设计与评价', organizer: '本校教研室', hours: 10, startDate: '2026-05-06', endDate: '2026-06-17', form: '校本', level: '校', content: '专业', topic: '作业设计', tags: [] },
  'xb-tingke': { ...base, title: '校内公开课听评课研修', organizer: '本校教务处', hours: 10, startDate: '2026-09-09', endDate: '2026-11-11', form: '校本', level: '校', content: '专业', topic: '听评课', tags: [] },
  'xb-ai': { ...base, title: '数智化教学：希沃白板与AI助教校本研修', organizer: '本校信息中心', hours: 10, startDate: '2026-09-02', endDate: '2026-10-28', form: '校本', level: '校', content: '专业', topic: '数智化教学', tags: ['数字化'] },
  'xb-xinli': { ...base, title: '学生心理危机识别与疏导', organizer: '本校德育处', hours: 6, startDate: '2026-10-14', endDate: '2026-10-21', form: '校本', level: '校', content: '专业', topic: '心理健康教育', tags: [] },
  'xb-jiaoan': { ...base, title: '优秀教案评选与展示交流', organizer: '本校教务处', hours: 4, startDate: '2026-11-04', endDate: '2026-11-13', form: '校本', level: '校', content: '专业', topic: '教学设计', tags: [] },
  // 专业科目 · 自主研修（≥ 10 学时，≥ 3 专题）
  'zz-reading': { ...base, title: '相约星期六：教育名著共读', organizer: '通榆县教师进修学校', hours: 4, startDate: '2026-04-25', endDate: '2026-06-27', form: '自主', level: '县', content: '专业', topic: '读书分享', tags: [], hasCertificate: false },
  'zz-skill': { ...base, title: '技能大提升：微课设计与制作', organizer: '通榆县教师进修学校', hours: 6, startDate: '2026-07-01', endDate: '2026-07-31', form: '自主', level: '县', content: '专业', topic: '微课制作', tags: ['数字化'] },
  'zz-case': { ...base, title: '教学反思与案例撰写', organizer: '个人自学', hours: 4, startDate: '2026-10-01', endDate: '2026-10-31', form: '自主', level: '校', content: '专业', topic: '教学反思', tags: [], hasCertificate: false },
} satisfies Record<string, RecordInputRaw>;

export type CatalogueKey = keyof typeof catalogue;
