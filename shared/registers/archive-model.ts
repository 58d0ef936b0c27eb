import { fromHours } from '../credits';
import type { RecordInput } from '../schemas/record';
import { buildCardSheet, type CardContext } from './card-model';
import { metaLine, type TeacherRegisterInput } from './register-inputs';
import { amountValue, SheetBuilder } from './sheet-builder';
import { cell, type SheetModel, type WorkbookModel } from './sheet-model';

/** Chinese record status labels for the archive's record list. */
export const recordStatusLabels: Readonly<Record<string, string>> = {
  draft: '草稿', submitted: '待审核', resubmitted: '重新提交待审核', returned: '已退回', approved: '已通过', withdrawn: '已撤回',
};

/** Any record of the teacher (every status), for the 我的记录 sheet, with its certificate pictures. */
export interface ArchiveRecord {
  id: string;
  input: RecordInput;
  status: string;
  submittedAt: string;
  reviewNote: string | null;
  returnReason: string | null;
  /** Pictures embedded below the list; PDFs are named but cannot be embedded. */
  certificates: { picture: { bytes: Uint8Array; extension: 'jpeg' | 'png'; width: number; height: number } | null; contentType: string }[];
}

/**
 * 个人电子学习档案: one workbook with the teacher's 登记卡, every record of the year
 * she submitted (any status) and her certificate photos embedded, so it opens
 * on a phone (WeChat openDocument reads .xlsx, not .zip) and prints on A4.
 */
export function buildArchiveWorkbook(teacher: TeacherRegisterInput, records: readonly ArchiveRecord[], ctx: CardContext): WorkbookModel {
  const card = buildCardSheet(teacher, ctx, '登记卡');
  const list = new SheetBuilder('我的记录', [6, 30, 20, 23, 8, 14, 30, 10], true);
  list.banner(`${teacher.name}的培训记录（${ctx.year} 年度，含待审核和已退回）`, 'title', 30);
  const header = list.row(['序号', '培训项目', '主办单位', '起止时间', '学时', '状态', '审核意见 / 退回原因', '证书'].map((h) => cell(h, 'header')), 22);
  list.sheet.printTitleRows = [header, header];
  const ordered = [...records].sort((a, b) => (a.input.endDate !== b.input.endDate ? (a.input.endDate < b.input.endDate ? -1 : 1) : a.id < b.id ? -1 : 1));
  ordered.forEach((r, i) => {
    list.row([cell(i + 1, 'center'), cell(r.input.title), cell(r.input.organizer || '—'), cell(`${r.input.startDate} 至 ${r.input.endDate}`, 'center'),
      cell(amountValue(fromHours(r.input.hours)), 'number'), cell(recordStatusLabels[r.status] ?? r.status, 'center'),
      cell(r.returnReason ?? r.reviewNote ?? ''), cell(`${r.certificates.length} 份`, 'center')]);
  });
  if (ordered.length === 0) list.banner('本年度还没有培训记录', 'center');
  list.banner(metaLine(ctx.meta, ctx.policy), 'meta', 30);

  const images: WorkbookModel['images'] = [];
  const photos = new SheetBuilder('证书照片', [12, 12, 12, 12, 12, 12, 12, 12], false);
  photos.banner(`${teacher.name}的证书照片（${ctx.year} 年度）`, 'title', 30);
  const maxWidth = 560;
  const maxHeight = 420;
  ordered.forEach((r, i) => {
    photos.banner(`${i + 1}. ${r.input.title}（${r.input.startDate} 至 ${r.input.endDate}，${recordStatusLabels[r.status] ?? r.status}）`, 'section', 22);
    if (r.certificates.length === 0) photos.banner('没有上传证书', 'text');
    for (const c of r.certificates) {
      if (!c.picture) {
        photos.banner(c.contentType === 'application/pdf' ? 'PDF 证书：请在小程序「我的记录」中查看原件' : '该证书无法嵌入，请在小程序中查看', 'text');
        continue;
      }
      const scale = Math.min(1, maxWidth / c.picture.width, maxHeight / c.picture.height);
      const width = Math.round(c.picture.width * scale);
      const height = Math.round(c.picture.height * scale);
      images.push({ bytes: c.picture.bytes, extension: c.picture.extension });
      const top = photos.next;
      // Rows of 20 pt ≈ 26.7 px: reserve enough rows so the next caption starts below the picture.
      const rowsNeeded = Math.ceil(height / 26.7) + 1;
      for (let k = 0; k < rowsNeeded; k += 1) photos.blank(20);
      photos.sheet.images.push({ image: images.length - 1, row: top, col: 1, width, height });
    }
  });
  if (ordered.length === 0) photos.banner('本年度还没有证书', 'center');
  return {
    sheets: [card, list.sheet, photos.sheet],
    images,
    properties: archiveProperties(teacher, ctx),
  };
}

function archiveProperties(teacher: TeacherRegisterInput, ctx: CardContext): WorkbookModel['properties'] {
  return {
    title: `${teacher.name} 个人电子学习档案 ${ctx.year}`,
    subject: '个人电子学习档案',
    creator: ctx.meta.exportedByName,
    created: ctx.meta.exportedAt,
    description: metaLine(ctx.meta, ctx.policy),
  };
}

/** Single-sheet helper used by tests: the card sheet of a teacher. */
export type { SheetModel };
