import {
  awardGrades, contentKinds, locations, participantRoles, recordStatuses, trainingForms, trainingLevels, tracks,
} from '../schemas/record';
import { foldText } from './cell';

/** A vocabulary: the canonical values plus the spellings sheets use for them. */
export interface Vocabulary<T extends string> {
  /** Chinese name of the field, for messages. */
  label: string;
  values: readonly T[];
  aliases: Readonly<Record<string, T>>;
}

/** Training form. 集中培训→集中, 网络研修→网络, 校本研修→校本 … */
export const formVocabulary: Vocabulary<(typeof trainingForms)[number]> = {
  label: '形式',
  values: trainingForms,
  aliases: {
    集中培训: '集中', 集中研修: '集中', 面授: '集中', 线下培训: '集中', 送教下乡: '集中',
    网络研修: '网络', 网络培训: '网络', 线上: '网络', 线上学习: '网络', 线上培训: '网络', 远程: '网络', 远程培训: '网络', 在线: '网络', 在线学习: '网络',
    校本研修: '校本', '校(园)本研修': '校本', 校园本研修: '校本', 园本研修: '校本', 校本培训: '校本', 校本实践: '校本',
    学区研修: '学区', 片区研修: '学区',
    自主研修: '自主', 岗位自学: '自主', 自学: '自主', 自主学习: '自主',
    混合研修: '混合', 混合式: '混合', 混合式研修: '混合', 线上线下: '混合', 线上线下混合: '混合',
  },
};

/** Level of the body that ran the training. 国家级→国家, 省级/自治区级→省, 州级/市级→市, 县级/区级→县. */
export const levelVocabulary: Vocabulary<(typeof trainingLevels)[number]> = {
  label: '级别',
  values: trainingLevels,
  aliases: {
    国家级: '国家', 国培: '国家', 国培计划: '国家', 部级: '国家',
    省级: '省', 自治区: '省', 自治区级: '省', 省培: '省', 省培计划: '省',
    市级: '市', 州级: '市', 地市级: '市', 市州级: '市', 地区级: '市', 盟级: '市',
    县级: '县', 区级: '县', 县区级: '县', 县市级: '县', 旗级: '县',
    学区级: '学区', 片区: '学区',
    校级: '校', 学校: '校', 园级: '校', 校园级: '校',
  },
};

export const locationVocabulary: Vocabulary<(typeof locations)[number]> = {
  label: '县内外',
  values: locations,
  aliases: { 县域内: '县内', 域内: '县内', 本县: '县内', 内: '县内', 县域外: '县外', 域外: '县外', 外县: '县外', 外: '县外' },
};

export const contentVocabulary: Vocabulary<(typeof contentKinds)[number]> = {
  label: '科目',
  values: contentKinds,
  aliases: { 公需科目: '公需', 公需课: '公需', 公共: '公需', 公共课: '公需', 专业科目: '专业', 专业课: '专业' },
};

export const trackVocabulary: Vocabulary<(typeof tracks)[number]> = {
  label: '类别',
  values: tracks,
  aliases: { 必修课: '必修', 必修课程: '必修', 选修课: '选修', 选修课程: '选修', 校本课程: '校本', 校本研修: '校本', 校本研修课程: '校本' },
};

export const roleVocabulary: Vocabulary<(typeof participantRoles)[number]> = {
  label: '角色',
  values: participantRoles,
  aliases: { 参训: '学员', 参训教师: '学员', 参训学员: '学员', 主讲教师: '主讲', 主讲人: '主讲', 讲师: '主讲', 授课: '主讲', 授课教师: '主讲', 培训者: '主讲' },
};

export const awardGradeVocabulary: Vocabulary<(typeof awardGrades)[number]> = {
  label: '获奖等次',
  values: awardGrades,
  aliases: { 优秀学员: '优秀', 优: '优秀', 良: '良好', 良好学员: '良好' },
};

export const statusVocabulary: Vocabulary<(typeof recordStatuses)[number]> = {
  label: '状态',
  values: recordStatuses,
  aliases: {
    草稿: 'draft', 已提交: 'submitted', 提交: 'submitted', 待审核: 'submitted', 审核中: 'submitted',
    退回: 'returned', 已退回: 'returned', 重新提交: 'resubmitted', 再次提交: 'resubmitted',
    通过: 'approved', 已通过: 'approved', 审核通过: 'approved', 已审核: 'approved', 已认定: 'approved', 认定: 'approved',
    撤回: 'withdrawn', 已撤回: 'withdrawn',
  },
};

/** Look a cell's text up in a vocabulary; undefined when it is not there. */
export function matchVocabulary<T extends string>(vocab: Vocabulary<T>, text: string): T | undefined {
  const folded = foldText(text);
  const direct = vocab.values.find((v) => foldText(v) === folded);
  if (direct) return direct;
  for (const [alias, value] of Object.entries(vocab.aliases) as [string, T][]) {
    if (foldText(alias) === folded) return value;
  }
  return undefined;
}

/** 「集中、网络、校本…」 for the message that lists what is accepted. */
export function describeVocabulary<T extends string>(vocab: Vocabulary<T>): string {
  return vocab.values.join('、');
}
