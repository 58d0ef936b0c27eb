import { buildCardSheet } from './card-model';
import { buildCountySheets, type CountyRegisterInput } from './county-model';
import { byNameThenId, metaLine, type SchoolRegisterInput } from './register-inputs';
import { sheetName, type WorkbookModel } from './sheet-model';
import { buildSessionListSheet } from './session-list-model';
import { buildSchoolTableSheet } from './table-model';

function properties(title: string, subject: string, input: Pick<SchoolRegisterInput, 'meta' | 'policy'>): WorkbookModel['properties'] {
  return { title, subject, creator: input.meta.exportedByName, created: input.meta.exportedAt, description: metaLine(input.meta, input.policy) };
}

/** 学分登记卡 of a school: one sheet per teacher (name order), each a full card. */
export function cardWorkbook(input: SchoolRegisterInput): WorkbookModel {
  const taken = new Set<string>();
  const ctx = { countyName: input.countyName, schoolName: input.schoolName, year: input.year, policy: input.policy, meta: input.meta };
  const sheets = [...input.teachers].sort(byNameThenId).map((t) => {
    const name = sheetName(t.name, taken);
    taken.add(name);
    return buildCardSheet(t, ctx, name);
  });
  if (sheets.length === 0) {
    // Excel refuses a workbook without sheets; say why it is empty instead.
    sheets.push(buildSchoolTableSheet(input, '登记卡'));
  }
  return { sheets, images: [], properties: properties(`${input.schoolName} 学分登记卡 ${input.year}`, '学分登记卡', input) };
}

/** 学分统计表 of a school. */
export function schoolTableWorkbook(input: SchoolRegisterInput): WorkbookModel {
  return {
    sheets: [
      buildSchoolTableSheet(input, '学分统计表'),
      ...(input.sessions?.length ? [buildSessionListSheet(`${input.schoolName}培训签到汇总（${input.year} 年度）`, input.sessions)] : []),
    ],
    images: [],
    properties: properties(`${input.schoolName} 学分统计表 ${input.year}`, '学分统计表', input),
  };
}

/** The county-wide 统计表: summary sheet plus one sheet per school. */
export function countyTableWorkbook(input: CountyRegisterInput): WorkbookModel {
  const sheets = buildCountySheets(input);
  if (input.sessions?.length) {
    const name = sheetName('培训签到', new Set(sheets.map((s) => s.name)));
    sheets.splice(1, 0, buildSessionListSheet(`${input.countyName}培训签到汇总（${input.year} 年度）`, input.sessions, name));
  }
  return {
    sheets,
    images: [],
    properties: properties(`${input.countyName} 学分统计表 ${input.year}`, '全县学分统计表', input),
  };
}
