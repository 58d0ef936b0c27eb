import type { RecordInputRaw } from '../../../shared/schemas/record';
import type { CatalogueKey } from './catalogue';

/** How a record's life ends in the demo (every status of the state machine appears). */
export type Outcome = 'approved' | 'submitted' | 'returned' | 'resubmitted' | 'withdrawn' | 'returned-approved';

export interface Story {
  teacher: string;
  record: CatalogueKey;
  outcome: Outcome;
  /** Who reviews (a cast key, or 'admin'); defaults to the school's principal. */
  reviewer?: string;
  /** Fields that differ from the catalogue for this teacher. */
  override?: Partial<RecordInputRaw>;
  /** For returns: the reviewer's reason and the fields she flags. */
  reason?: string;
  fields?: string[];
  /** For resubmissions: what the teacher corrected. */
  fix?: Partial<RecordInputRaw>;
  /** Attach a certificate photo through the upload flow. */
  photo?: boolean;
  /** For withdrawals: the teacher's note. */
  note?: string;
}

const blurry = { reason: '证书照片看不清培训学时和印章，请重新拍照上传', fields: ['hasCertificate'] };
const wrongHours = { reason: '填写的学时与证书不一致，证书上为 12 学时，请核对后修改', fields: ['hours'] };

/**
 * One line per record. 张雅梅 is over every line; 周浩 is close; 陈静 and 郑凯
 * are behind; the rest sit in between with pending, returned and withdrawn work.
 */
export const stories: readonly Story[] = [
  // 通榆县第一中学
  { teacher: 'zhangym', record: 'gx-platform', outcome: 'approved', photo: true },
  { teacher: 'zhangym', record: 'gx-ai', outcome: 'approved', reviewer: 'sunlh' },
  { teacher: 'zhangym', record: 'jz-summer', outcome: 'approved', override: { title: '2026年通榆县暑期学科培训（初中语文）', award: { grade: '优秀', level: '县' } }, photo: true },
  { teacher: 'zhangym', record: 'jz-banzhuren', outcome: 'approved' },
  { teacher: 'zhangym', record: 'jz-xinli', outcome: 'approved', reviewer: 'sunlh' },
  { teacher: 'zhangym', record: 'jz-digital', outcome: 'approved' },
  { teacher: 'zhangym', record: 'jz-jiaxiao', outcome: 'approved', reviewer: 'sunlh' },
  { teacher: 'zhangym', record: 'xb-danyuan', outcome: 'approved' },
  { teacher: 'zhangym', record: 'xb-zuoye', outcome: 'approved' },
  { teacher: 'zhangym', record: 'xb-ai', outcome: 'approved', reviewer: 'sunlh' },
  { teacher: 'zhangym', record: 'xb-xinli', outcome: 'approved' },
  { teacher: 'zhangym', record: 'xb-tingke', outcome: 'approved', reviewer: 'sunlh' },
  { teacher: 'zhangym', record: 'xb-jiaoan', outcome: 'submitted' },
  { teacher: 'zhangym', record: 'zz-reading', outcome: 'approved' },
  { teacher: 'zhangym', record: 'zz-skill', outcome: 'approved' },
  { teacher: 'zhangym', record: 'zz-case', outcome: 'approved' },

  { teacher: 'zhaol', record: 'gx-platform', outcome: 'approved' },
  { teacher: 'zhaol', record: 'jz-summer', outcome: 'approved', override: { title: '2026年通榆县暑期学科培训（初中数学）' } },
  { teacher: 'zhaol', record: 'jz-banzhuren', outcome: 'returned', override: { hours: 16 }, ...wrongHours, reviewer: 'sunlh' },
  { teacher: 'zhaol', record: 'xb-danyuan', outcome: 'approved' },
  { teacher: 'zhaol', record: 'xb-ai', outcome: 'returned', ...blurry, photo: true },
  { teacher: 'zhaol', record: 'zz-skill', outcome: 'submitted' },

  { teacher: 'chenj', record: 'gx-law', outcome: 'approved' },
  { teacher: 'chenj', record: 'jz-xinli', outcome: 'approved', reviewer: 'sunlh' },
  { teacher: 'chenj', record: 'xb-zuoye', outcome: 'submitted' },

  { teacher: 'liuyq', record: 'gx-platform', outcome: 'approved' },
  { teacher: 'liuyq', record: 'jz-guopei', outcome: 'resubmitted', reason: '国培项目请上传结业证书，并注明培训地点在县外', fields: ['hasCertificate', 'location'], override: { location: '县内', hasCertificate: false }, fix: { location: '县外', hasCertificate: true }, photo: true },
  { teacher: 'liuyq', record: 'xb-danyuan', outcome: 'approved' },
  { teacher: 'liuyq', record: 'xb-tingke', outcome: 'returned-approved', ...wrongHours, override: { hours: 14 }, fix: { hours: 10 }, reviewer: 'sunlh' },
  { teacher: 'liuyq', record: 'zz-reading', outcome: 'approved' },

  { teacher: 'huangxf', record: 'gx-platform', outcome: 'approved' },
  { teacher: 'huangxf', record: 'xb-danyuan', outcome: 'approved', override: { hours: 6 } },

  { teacher: 'wangjg', record: 'gx-law', outcome: 'approved', reviewer: 'sunlh' },
  { teacher: 'wangjg', record: 'jz-guopei', outcome: 'approved', reviewer: 'sunlh', override: { title: '国培计划（2026）吉林省中小学校长领导力提升研修' } },
  { teacher: 'sunlh', record: 'gx-ai', outcome: 'approved', reviewer: 'wangjg' },
  { teacher: 'sunlh', record: 'jz-digital', outcome: 'submitted' },

  // 通榆县新华小学
  { teacher: 'zhouh', record: 'gx-platform', outcome: 'approved' },
  { teacher: 'zhouh', record: 'jz-summer', outcome: 'approved', override: { title: '2026年通榆县暑期学科培训（小学数学）' } },
  { teacher: 'zhouh', record: 'jz-digital', outcome: 'approved' },
  { teacher: 'zhouh', record: 'xb-danyuan', outcome: 'approved' },
  { teacher: 'zhouh', record: 'xb-zuoye', outcome: 'approved' },
  { teacher: 'zhouh', record: 'zz-reading', outcome: 'approved' },
  { teacher: 'zhouh', record: 'xb-tingke', outcome: 'submitted' },

  { teacher: 'wuyt', record: 'gx-platform', outcome: 'approved' },
  { teacher: 'wuyt', record: 'jz-xinli', outcome: 'withdrawn', note: '重复录入，撤回' },
  { teacher: 'wuyt', record: 'jz-xinli', outcome: 'approved', override: { organizer: '白城市教育学院（线下）' } },
  { teacher: 'wuyt', record: 'xb-danyuan', outcome: 'approved' },
  { teacher: 'wuyt', record: 'zz-skill', outcome: 'withdrawn', note: '还没拿到证书，之后再交' },

  { teacher: 'zhengk', record: 'gx-safety', outcome: 'approved' },
  { teacher: 'zhengk', record: 'jz-banzhuren', outcome: 'returned', ...blurry },

  { teacher: 'mali', record: 'gx-platform', outcome: 'submitted', photo: true },
  { teacher: 'mali', record: 'jz-summer', outcome: 'submitted', override: { title: '2026年通榆县暑期学科培训（小学美术）' } },
  { teacher: 'mali', record: 'xb-zuoye', outcome: 'submitted' },
  { teacher: 'mali', record: 'zz-case', outcome: 'approved' },

  { teacher: 'hejl', record: 'jz-newteacher', outcome: 'approved', photo: true },
  { teacher: 'hejl', record: 'xb-tingke', outcome: 'submitted' },

  { teacher: 'lixm', record: 'gx-platform', outcome: 'approved', reviewer: 'admin' },
  { teacher: 'lixm', record: 'jz-guopei', outcome: 'submitted', override: { title: '国培计划（2026）吉林省小学校长办学治校能力提升' } },
];
