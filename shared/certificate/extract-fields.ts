import type { CertificateExtraction, CertificateFields, OcrLine, ReadingWarning } from '../schemas/certificate-reading';
import { certificateText } from './certificate-text';
import { extractCertificateNo } from './extract-certificate-no';
import { extractDates } from './extract-dates';
import { extractHours } from './extract-hours';
import { extractOrganizer, findOrganizer } from './extract-organizer';
import { extractResult } from './extract-result';
import { extractTeacherName } from './extract-teacher-name';
import { extractTitle, findTitle } from './extract-title';
import { inferForm } from './infer-form';
import { inferLevel } from './infer-level';

/** What the extraction may know about the signed-in teacher. */
export interface ExtractOptions { expectedName?: string }

/**
 * OCR lines → record fields, each with a confidence and, when uncertain, a
 * Chinese note. Pure and synchronous: runs the same on the phone and in the
 * cloud. Fields it cannot find are absent (never invented); warnings say what
 * the teacher must supply or check.
 */
export function extractFields(lines: readonly OcrLine[], options: ExtractOptions = {}): CertificateExtraction {
  const text = certificateText(lines);
  const warnings: ReadingWarning[] = [];
  const dates = extractDates(text);
  const { hours, creditsOnly } = extractHours(text);
  const name = extractTeacherName(text, options.expectedName);
  const organizerHit = findOrganizer(text)?.hit;
  const titleHit = findTitle(text)?.hit;
  const fields: CertificateFields = {};
  const title = extractTitle(text);
  const organizer = extractOrganizer(text);
  const certificateNo = extractCertificateNo(text);
  const result = extractResult(text);
  const level = inferLevel(organizerHit, titleHit);
  const form = inferForm(text);
  if (title) fields.title = title;
  if (organizer) fields.organizer = organizer;
  if (dates.startDate) fields.startDate = dates.startDate;
  if (dates.endDate) fields.endDate = dates.endDate;
  if (hours) fields.hours = hours;
  if (certificateNo) fields.certificateNo = certificateNo;
  if (name.teacherName) fields.teacherName = name.teacherName;
  if (result) fields.result = result;
  if (level) fields.level = level;
  if (form) fields.form = form;
  if (name.mismatch && name.teacherName) warnings.push({ code: 'NAME_MISMATCH', message: name.teacherName.note ?? '证书上的姓名与您的姓名不一致' });
  if (creditsOnly) warnings.push({ code: 'CREDITS_WITHOUT_HOURS', message: '证书只写了学分、没有写学时，请按证书填写学时或咨询学校' });
  if (dates.issueDateOnly) warnings.push({ code: 'ISSUE_DATE_ONLY', message: '证书上只找到发证日期，请填写培训起止日期' });
  if (Object.keys(fields).length < 3) warnings.push({ code: 'FEW_FIELDS', message: '照片里能读出的内容很少，请确认拍的是证书，或直接手动填写' });
  return { fields, warnings };
}
