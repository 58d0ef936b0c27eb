import type { OcrLine } from '../schemas/certificate-reading';
import { certificateExtractionSchema } from '../schemas/certificate-reading';
import { extractFields } from './extract-fields';
import { toRecordPrefill } from './to-record-prefill';

/** OCR lines from text rows, top to bottom; `conf` per row (default 0.99). */
function lines(rows: Array<string | [string, number]>): OcrLine[] {
  return rows.map((r, i) => {
    const [text, confidence] = typeof r === 'string' ? [r, 0.99] : r;
    return { text, confidence, box: [50, 40 * i + 10, 900, 40 * i + 40] };
  });
}
const read = (rows: Array<string | [string, number]>, expectedName?: string) => {
  const out = extractFields(lines(rows), expectedName ? { expectedName } : {});
  certificateExtractionSchema.parse(out);
  return out;
};

describe('dates', () => {
  it.each([
    ['于2023年7月10日至7月15日参加培训', '2023-07-10', '2023-07-15'],
    ['培训时间：2022.10.08-2022.10.12', '2022-10-08', '2022-10-12'],
    ['培训时间：2022.10.08-10.12', '2022-10-08', '2022-10-12'],
    ['2024/3/1~2024/3/3', '2024-03-01', '2024-03-03'],
    ['2023年12月28日至1月3日', '2023-12-28', '2024-01-03'],
    ['2023年7月10日—15日', '2023-07-10', '2023-07-15'],
    ['二〇二四年四月二十日至四月二十二日', '2024-04-20', '2024-04-22'],
    ['２０２２年１０月８日到２０２２年１０月１２日', '2022-10-08', '2022-10-12'],
  ])('%s', (row, start, end) => {
    const { fields } = read(['结业证书', row]);
    expect([fields.startDate?.value, fields.endDate?.value]).toEqual([start, end]);
    expect(fields.startDate?.uncertain).toBe(false);
  });

  it('a single training date is both start and end', () => {
    const { fields } = read(['培训时间：2024年5月18日']);
    expect([fields.startDate?.value, fields.endDate?.value]).toEqual(['2024-05-18', '2024-05-18']);
  });

  it('only an issue date: read, flagged uncertain, warned', () => {
    const { fields, warnings } = read(['结业证书', '张三同志参加培训', '通榆县教师进修学校', '二〇二四年四月二十日']);
    expect(fields.endDate).toMatchObject({ value: '2024-04-20', uncertain: true });
    expect(warnings.map((w) => w.code)).toContain('ISSUE_DATE_ONLY');
  });

  it('an impossible range is not read as a range; what remains is flagged', () => {
    const { fields } = read(['培训时间：2023年2月30日至2023年3月2日']);
    expect(fields.startDate?.value).not.toBe('2023-02-30');
    expect(fields.startDate?.uncertain).toBe(true);
  });
});

describe('hours', () => {
  it.each([
    ['完成培训24学时', 24, '学时'],
    ['共计二十四学时', 24, '学时'],
    ['培训学时：36', 36, '学时'],
    ['学时：7.5学时', 7.5, '学时'],
    ['总计32课时', 32, '课时'],
    ['共计五十学时，考核合格', 50, '学时'],
  ])('%s → %d', (row, hours, unit) => {
    const { fields } = read([row]);
    expect(fields.hours).toMatchObject({ value: hours, unit });
  });

  it('学分 with 折合 N 学时 gives the hours and keeps the credits', () => {
    const { fields } = read(['学分：2学分（折合20学时）']);
    expect(fields.hours).toMatchObject({ value: 20, unit: '学分', stated: 2, uncertain: false });
  });

  it('学分 alone gives no hours and a warning (never a guess)', () => {
    const { fields, warnings } = read(['获得继续教育 3 学分']);
    expect(fields.hours).toBeUndefined();
    expect(warnings.map((w) => w.code)).toContain('CREDITS_WITHOUT_HOURS');
  });

  it('two different hour counts are flagged', () => {
    const { fields } = read(['线上12学时', '线下24学时']);
    expect(fields.hours?.uncertain).toBe(true);
    expect(fields.hours?.note).toContain('多个学时数');
  });
});

describe('certificate number', () => {
  it.each([
    ['证书编号：JYJX-2023-0715', 'JYJX-2023-0715'],
    ['编号：2023001', '2023001'],
    ['登记号: TY2024-118', 'TY2024-118'],
    ['No.20230815', '20230815'],
    ['证书编号：吉教培〔2023〕015号', '吉教培〔2023〕015号'],
  ])('%s', (row, no) => expect(read([row]).fields.certificateNo?.value).toBe(no));

  it('letters that look like digits lower the confidence', () => {
    expect(read(['证书编号：JY-2O23-15']).fields.certificateNo?.uncertain).toBe(true);
  });
});

describe('name', () => {
  it.each([
    ['姓名：张晓梅', '张晓梅'], ['张晓梅同志：', '张晓梅'], ['兹证明李强同志参加', '李强'], ['学员王雪参加了培训', '王雪'],
  ])('%s', (row, name) => expect(read([row]).fields.teacherName?.value).toBe(name));

  it('a different name from the signed-in teacher is a warning', () => {
    const { fields, warnings } = read(['姓名：李强'], '张晓梅');
    expect(fields.teacherName).toMatchObject({ value: '李强', uncertain: true });
    expect(warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['NAME_MISMATCH']));
  });

  it('the same name is not', () => {
    const { warnings } = read(['姓名：张晓梅'], '张晓梅');
    expect(warnings.map((w) => w.code)).not.toContain('NAME_MISMATCH');
  });
});

describe('result, level, form', () => {
  it.each([
    ['考核结果：合格', '合格'], ['考核等次：优秀', '优秀'], ['成绩良好', '良好'], ['被评为优秀学员', '优秀学员'],
    ['考核不合格', '不合格'], ['准予结业', '合格'],
  ])('%s → %s', (row, value) => expect(read([row]).fields.result?.value).toBe(value));

  it.each([
    ['中华人民共和国教育部', '国家'], ['吉林省教育厅', '省'], ['延边朝鲜族自治州教育局', '市'], ['白城市教育局', '市'],
    ['通榆县教育局', '县'], ['通榆县教师进修学校', '县'], ['吉林省白城市通榆县教育局', '县'], ['通榆县第一中学', '校'],
  ])('issuer %s → %s', (issuer, level) => {
    expect(read(['结业证书', '张三同志参加培训', `主办单位：${issuer}`]).fields.level?.value).toBe(level);
  });

  it('国培 in the title says 国家 when the issuer does not', () => {
    expect(read(['培训项目：国培计划（2024）乡村教师培训']).fields.level?.value).toBe('国家');
  });

  it.each([['参加网络研修', '网络'], ['集中培训5天', '集中'], ['混合式研修', '混合'], ['校本研修', '校本']])('%s → %s', (row, form) => {
    expect(read([row]).fields.form?.value).toBe(form);
  });

  it('no form word, no form', () => expect(read(['参加培训']).fields.form).toBeUndefined());
});

describe('whole certificates', () => {
  it('a sentence-style 结业证书 across wrapped lines', () => {
    const { fields, warnings } = read([
      '结业证书', '张晓梅同志：', '于2023年7月10日至7月15日参加“初中数学核心素养', '专题培训”，完成培训二十四学时，考核合格。',
      '证书编号：JYJX-2023-0715', '通榆县教师进修学校', '二0二三年七月十五日',
    ], '张晓梅');
    expect(warnings).toEqual([]);
    expect(fields.title?.value).toBe('初中数学核心素养专题培训');
    expect(fields.organizer).toMatchObject({ value: '通榆县教师进修学校' });
    expect(fields.level?.value).toBe('县');
    expect(fields.hours?.value).toBe(24);
    expect(fields.result?.value).toBe('合格');
  });

  it('a form-style 培训证书 with side-by-side boxes', () => {
    const rows: OcrLine[] = [
      { text: '培训证书', confidence: 0.99, box: [300, 10, 500, 50] },
      { text: '性别：女', confidence: 0.98, box: [500, 62, 700, 90] },
      { text: '姓名：刘芳', confidence: 0.98, box: [50, 60, 300, 92] },
      { text: '培训项目：小学语文整本书阅读教学', confidence: 0.97, box: [50, 110, 900, 140] },
      { text: '培训时间：2022.10.08-2022.10.12', confidence: 0.97, box: [50, 150, 900, 180] },
      { text: '主办单位：白城市教育局', confidence: 0.95, box: [50, 190, 900, 220] },
    ];
    const { fields } = extractFields(rows);
    expect(fields.teacherName?.value).toBe('刘芳');
    expect(fields.title?.value).toBe('小学语文整本书阅读教学');
    expect(fields.level?.value).toBe('市');
  });

  it('a label value stops at the next label the OCR joined onto its row', () => {
    expect(read(['培训项目：初中英语听说教学专题培训 性别:男']).fields.title?.value).toBe('初中英语听说教学专题培训');
  });

  it('low OCR confidence makes the field uncertain with a note', () => {
    const { fields } = read([['证书编号：TY-2024-0119', 0.6]]);
    expect(fields.certificateNo).toMatchObject({ uncertain: true, note: expect.stringContaining('核对') });
  });

  it('noise alone reads nothing and warns', () => {
    const { fields, warnings } = read(['@#%…', '。。', 'lorem ipsum']);
    expect(Object.keys(fields)).toEqual([]);
    expect(warnings.map((w) => w.code)).toContain('FEW_FIELDS');
  });

  it('prefill maps results onto the record form', () => {
    const { fields } = read(['培训项目：班主任工作', '主办单位：吉林省教育厅', '被评为优秀学员', '共计30学时', '培训时间：2024.5.1-2024.5.3']);
    const { values } = toRecordPrefill(fields);
    expect(values).toMatchObject({ title: '班主任工作', hours: 30, level: '省', award: { grade: '优秀', level: '省' } });
  });
});
