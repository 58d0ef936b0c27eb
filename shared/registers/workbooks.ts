import { buildCardSheet } from './card-model';
import { buildCountySheets, type CountyRegisterInput } from './county-model';
import { byNameThenId, metaLine, type SchoolRegisterInput } from './register-inputs';
import { sheetName, type WorkbookModel } from './sheet-model';
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
    sheets: [buildSchoolTableSheet(input, '学分统计表')],
    images: [],
    properties: properties(`${input.schoolName} 学分统计表 ${input.year}`, '学分统计表', input),
  };
}

/** The county-wide 统计表: summary sheet plus one sheet per school. */
export function countyTableWorkbook(input: CountyRegisterInput): WorkbookModel {
  return {
    sheets: buildCountySheets(input),
    images: [],
    properties: properties(`${input.countyName} 学分统计表 ${input.year}`, '全县学分统计表', input),
  };
}
