import { importRecordTable } from './import-table';
import { tableFromArrays } from './cell';
import type { Cell } from './cell';

const header = ['培训名称', '学时', '开始日期', '结束日期', '形式', '级别'];
const sheet = (...rows: Cell[][]) => tableFromArrays([header, ...rows]);

describe('importRecordTable: values and aliases', () => {
  it('maps every documented column into a record', () => {
    const result = importRecordTable(tableFromArrays([
      ['培训名称', '主办单位', '学时', '开始日期', '结束日期', '形式', '级别', '县内外', '科目', '类别', '标签', '专题', '获奖',
        '角色', '是否合格', '证书编号', '有证书', '项目编号', '线上成绩', '线下成绩', '状态', '教师编号', '姓名'],
      ['国培数字素养', '省教育厅', '24', '2026/5/1', '2026年5月3日', '集中培训', '国家级', '县外', '专业科目', '必修课程',
        '数字化、师德，AI', '智慧课堂', '优秀/省', '主讲教师', '合格', 'GP-001', '有', 'P-7', '88', '92.5', '已提交', 'T01', '张老师'],
    ]), { defaultStatus: 'approved' });
    expect(result).toEqual({
      ok: true,
      warnings: [],
      rows: [{
        rowNumber: 2, teacherId: 'T01', teacherName: '张老师', status: 'submitted',
        record: {
          title: '国培数字素养', organizer: '省教育厅', hours: 24, startDate: '2026-05-01', endDate: '2026-05-03',
          form: '集中', level: '国家', location: '县外', content: '专业', track: '必修', tags: ['数字化', '师德', 'AI'],
          topic: '智慧课堂', award: { grade: '优秀', level: '省' }, role: '主讲', passed: true, certificateNo: 'GP-001',
          hasCertificate: true, projectRef: 'P-7', composite: { onlineScore: 88, offlineScore: 92.5 },
        },
      }],
    });
  });

  it('fills schema defaults, the default status, and a one-day training when 结束日期 is absent', () => {
    const result = importRecordTable(tableFromArrays([
      ['培训名称', '时长', '日期', '培训形式', '培训级别'],
      ['校本教研', 3, '2026-03-02', '校本研修', '校级'],
      ['暑期培训', '12学时', '2026-07-10至2026-07-12', '集中', '自治区级'],
    ]), { defaultStatus: 'approved' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.rows.map((r) => [r.status, r.record.startDate, r.record.endDate, r.record.form, r.record.level, r.record.hours]))
      .toEqual([['approved', '2026-03-02', '2026-03-02', '校本', '校', 3], ['approved', '2026-07-10', '2026-07-12', '集中', '省', 12]]);
    expect(result.rows[0]?.record).toMatchObject({ organizer: '', location: '县内', tags: [], role: '学员', passed: true, hasCertificate: false });
  });

  it.each([
    ['网络研修', '网络'], ['自主研修', '自主'], ['岗位自学', '自主'], ['学区研修', '学区'], ['校（园）本研修', '校本'], ['混合研修', '混合'],
  ])('reads form %s as %s', (typed, form) => {
    const result = importRecordTable(sheet(['x', 1, '2026-01-05', '2026-01-05', typed, '县']));
    expect(result.ok && result.rows[0]?.record.form).toBe(form);
  });

  it.each([['州级', '市'], ['市级', '市'], ['区级', '县'], ['县级', '县'], ['省级', '省'], ['国家级', '国家']])('reads level %s as %s', (typed, level) => {
    const result = importRecordTable(sheet(['x', 1, '2026-01-05', '2026-01-05', '集中', typed]));
    expect(result.ok && result.rows[0]?.record.level).toBe(level);
  });

  it('reads an award without a level as the training level, and 无 as no award', () => {
    const result = importRecordTable(tableFromArrays([
      [...header, '获奖'],
      ['a', 4, '2026-04-01', '2026-04-01', '集中', '州级', '优秀学员'],
      ['b', 4, '2026-04-01', '2026-04-01', '集中', '县', '无'],
      ['c', 4, '2026-04-01', '2026-04-01', '集中', '县', '自治区级良好'],
      ['d', 4, '2026-04-01', '2026-04-01', '集中', '县', '不合格'],
    ]));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.rows.map((r) => r.record.award)).toEqual([{ grade: '优秀', level: '市' }, undefined, { grade: '良好', level: '省' }, undefined]);
    // 不合格 in a 考核等次 column is a failed assessment.
    expect(result.rows.map((r) => r.record.passed)).toEqual([true, true, true, false]);
  });

  it('skips a title row above the header and blank rows, keeping real row numbers', () => {
    const result = importRecordTable(tableFromArrays([
      ['2026年第一小学教师培训登记表'], [], header, ['', '', ''], ['a', 2, '2026-04-01', '2026-04-01', '网络', '县'],
    ]));
    expect(result.ok && result.rows.map((r) => r.rowNumber)).toEqual([5]);
  });

  it('reads 序号/备注/学分 silently and warns about a column it does not know', () => {
    const result = importRecordTable(tableFromArrays([
      ['序号', ...header, '学分', '备注', '心得'], [1, 'a', 2, '2026-04-01', '2026-04-01', '网络', '县', 99, '', '好'],
    ]));
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => [w.code, w.column, w.message])).toEqual([
      ['IMPORT_UNKNOWN_COLUMN', 10, '第 1 行「心得」：第 J 列的列名无法识别，这一列不会被读取（可用列名见 docs/cli.md）'],
    ]);
  });
});

describe('importRecordTable: errors', () => {
  it('reports every bad cell of every row at once, with row and header', () => {
    const result = importRecordTable(sheet(
      ['好', '十二', '2026-05-01', '2026-05-01', '集中', '县'],
      ['', 3, '2026/2/30', '2026-05-01', '面授课', '乡'],
      ['晚', 3, '2026-05-03', '2026-05-01', '网络', '县'],
      ['半', 2.3, '2026-05-01', '2026-05-01', '网络', '县'],
    ));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.row, e.column, e.message])).toEqual([
      ['IMPORT_NOT_A_NUMBER', 2, 2, '第 2 行「学时」：应为数字，实际为「十二」'],
      ['IMPORT_REQUIRED', 3, 1, '第 3 行「培训名称」：不能为空'],
      ['IMPORT_BAD_DATE', 3, 3, '第 3 行「开始日期」：应为日期（如 2026-05-01、2026/5/1、2026年5月1日），实际为「2026/2/30」'],
      ['IMPORT_UNKNOWN_VALUE', 3, 5, '第 3 行「形式」：应为 集中、网络、校本、学区、自主、混合 之一，实际为「面授课」'],
      ['IMPORT_UNKNOWN_VALUE', 3, 6, '第 3 行「级别」：应为 国家、省、市、县、学区、校 之一，实际为「乡」'],
      ['IMPORT_INVALID', 4, 4, '第 4 行「结束日期」：结束日期不能早于开始日期，实际为「2026-05-01」'],
      ['IMPORT_INVALID', 5, 2, '第 5 行「学时」：学时只能精确到半学时（0.5），实际为「2.3」'],
    ]);
  });

  it('names the header the administrator typed, not the canonical one', () => {
    const result = importRecordTable(tableFromArrays([
      ['培训名称', '学时数', '开始日期', '结束日期', '培训形式', '级别'], ['a', 'x', '2026-05-01', '2026-05-01', '集中', '县'],
    ]));
    expect(!result.ok && result.errors[0]?.message).toBe('第 2 行「学时数」：应为数字，实际为「x」');
  });

  it('translates schema limits zod words in English', () => {
    const result = importRecordTable(tableFromArrays([
      [...header, '线上成绩', '标签'], ['a', 2, '2026-05-01', '2026-05-01', '网络', '县', 120, '这是一个远远超过二十个字的标签名称用来测试长度限制'],
    ]));
    expect(!result.ok && result.errors.map((e) => e.message)).toEqual([
      '第 2 行「线上成绩」：不能大于 100，实际为「120」',
      '第 2 行「标签」：不能超过 20 个字，实际为「这是一个远远超过二十个字的标签名称用来测试长度限制」',
    ]);
  });

  it('lists missing required columns and the unknown column that was probably meant', () => {
    const result = importRecordTable(tableFromArrays([
      ['培训名称', '学使', '开始日期', '结束日期', '形式', '级别'], ['a', 2, '2026-05-01', '2026-05-01', '网络', '县'],
    ]));
    expect(!result.ok && result.errors.map((e) => [e.code, e.message])).toEqual([
      ['IMPORT_MISSING_COLUMN', '第 1 行（表头）缺少「学时」列（也可写作：学时数、时长、培训学时）'],
      ['IMPORT_UNKNOWN_COLUMN', '第 1 行「学使」：第 B 列的列名无法识别，这一列不会被读取（可用列名见 docs/cli.md）'],
    ]);
  });

  it('refuses two columns for the same field', () => {
    const result = importRecordTable(tableFromArrays([[...header, '时长'], ['a', 2, '2026-05-01', '2026-05-01', '网络', '县', 3]]));
    expect(!result.ok && result.errors.map((e) => e.message)).toEqual(['第 1 行「时长」：与第 B 列「学时」表示同一项，只能保留一列']);
  });

  it('refuses a sheet with no recognisable header, and an empty sheet', () => {
    const noHeader = importRecordTable(tableFromArrays([['名字', '时间'], ['a', 'b']]));
    expect(!noHeader.ok && noHeader.errors[0]).toMatchObject({ code: 'IMPORT_HEADER_NOT_FOUND', row: 1 });
    const empty = importRecordTable(tableFromArrays([[], ['', '']]));
    expect(!empty.ok && empty.errors[0]?.code).toBe('IMPORT_EMPTY');
    const headerOnly = importRecordTable(tableFromArrays([header]));
    expect(!headerOnly.ok && headerOnly.errors[0]?.message).toBe('第 1 行表头下面没有任何记录');
  });

  it('refuses an unknown status word', () => {
    const result = importRecordTable(tableFromArrays([[...header, '状态'], ['a', 2, '2026-05-01', '2026-05-01', '网络', '县', '待定']]));
    expect(!result.ok && result.errors[0]?.message).toBe('第 2 行「状态」：应为 草稿、已提交、已退回、重新提交、已通过、已撤回 之一，实际为「待定」');
  });
});
