import dayjs from 'dayjs';
import { teacherStatuses, type TeacherStatus } from '../../shared/schemas/teacher-context';

/** What the command line asked for, validated. */
export interface CliArgs {
  policyId: string;
  /** The records file; absent with --year: list that year's requirements only. */
  file?: string;
  year?: number;
  asOf?: string;
  /** Teacher statuses, each for given years or (years undefined) every year. */
  statuses: { status: TeacherStatus; years?: number[] }[];
  /** Only this teacher (教师编号 or 姓名) when the file covers several. */
  teacher?: string;
  /** First day in post (new-teacher targets such as 霍尔果斯 适岗). */
  hiredOn?: string;
  json: boolean;
  /** Print the paragraph of the source document around every sentence the report cites. */
  paragraphs: boolean;
}

export type ArgsParse = { ok: true; args: CliArgs } | { ok: true; help: true } | { ok: false; message: string };

/** Chinese words a county officer would type for a teacher status. */
const statusAliases: Record<string, TeacherStatus> = {
  产假: 'maternity', 哺乳期: 'maternity', 产假哺乳期: 'maternity',
  新教师: 'new-teacher', 新入职: 'new-teacher', 新入职教师: 'new-teacher',
  高中: 'high-school', 高中教师: 'high-school',
  特教: 'special-education', 特殊教育: 'special-education', 特殊教育教师: 'special-education',
  非专任: 'non-teaching', 非专任教师: 'non-teaching', 局直: 'non-teaching',
  领导: 'leader', 领导干部: 'leader',
};

function parseStatus(text: string): CliArgs['statuses'][number] | string {
  const [name = '', yearText] = text.split(':');
  const status = (teacherStatuses as readonly string[]).includes(name) ? (name as TeacherStatus) : statusAliases[name];
  if (!status) return `未知的教师身份「${name}」。可用：${teacherStatuses.join('、')}（或 产假、新入职、高中、特教、非专任、领导干部）`;
  if (yearText === undefined) return { status };
  const years = yearText.split('+').map(Number);
  if (years.some((y) => !Number.isInteger(y) || y < 2000 || y > 2100)) return `教师身份「${text}」里的年份应为四位数字，如 maternity:2026`;
  return { status, years };
}

/** A real calendar day written YYYY-MM-DD (dayjs rolls 02-30 over, so compare the round trip). */
function isIsoDate(text: string): boolean {
  const d = dayjs(text);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && d.isValid() && d.format('YYYY-MM-DD') === text;
}

const valueOptions = new Set(['--policy', '--year', '--status', '--as-of', '--teacher', '--hired-on']);

/** Parse argv (without node and script). Messages are Chinese and say how to fix the call. */
export function parseArgs(argv: readonly string[]): ArgsParse {
  const values = new Map<string, string[]>();
  const positionals: string[] = [];
  let json = false;
  let paragraphs = false;
  for (let i = 0; i < argv.length; i += 1) {
    const token = argv[i] ?? '';
    if (token === '--help' || token === '-h') return { ok: true, help: true };
    if (token === '--json') { json = true; continue; }
    if (token === '--paragraphs') { paragraphs = true; continue; }
    const [flag = '', inline] = token.startsWith('--') ? token.split(/=(.*)/s, 2) : [token];
    if (valueOptions.has(flag)) {
      const value = inline ?? argv[i + 1];
      if (inline === undefined) i += 1;
      if (value === undefined || value === '') return { ok: false, message: `选项 ${flag} 后面需要一个值` };
      values.set(flag, [...(values.get(flag) ?? []), value]);
    } else if (token.startsWith('--')) {
      return { ok: false, message: `未知的选项 ${flag}（可用：--policy --year --status --as-of --hired-on --teacher --paragraphs --json --help）` };
    } else positionals.push(token);
  }
  const policyId = values.get('--policy')?.at(-1);
  if (!policyId) return { ok: false, message: '请用 --policy <政策编号> 指定政策，例如 --policy tongyu-2026' };
  const yearGiven = values.has('--year');
  if (positionals.length > 1 || (positionals.length === 0 && !yearGiven) || positionals[0] === '') {
    return {
      ok: false,
      message: positionals.length === 0 ? '请给出记录文件（.csv、.xlsx 或 .json），或用 --year YYYY 只看这一年的要求' : `只能给出一个记录文件，收到 ${positionals.length} 个`,
    };
  }
  const args: CliArgs = { policyId, statuses: [], json, paragraphs };
  if (positionals[0]) args.file = positionals[0];

  const yearText = values.get('--year')?.at(-1);
  if (yearText !== undefined) {
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 2000 || year > 2100) return { ok: false, message: `--year 应为四位年份，如 2026，实际为「${yearText}」` };
    args.year = year;
  }
  for (const flag of ['--as-of', '--hired-on'] as const) {
    const date = values.get(flag)?.at(-1);
    if (date === undefined) continue;
    if (!isIsoDate(date)) return { ok: false, message: `${flag} 应为日期 YYYY-MM-DD，如 2026-12-31，实际为「${date}」` };
    if (flag === '--as-of') args.asOf = date;
    else args.hiredOn = date;
  }
  for (const text of (values.get('--status') ?? []).flatMap((v) => v.split(/[,，]/))) {
    const status = parseStatus(text.trim());
    if (typeof status === 'string') return { ok: false, message: status };
    args.statuses.push(status);
  }
  const teacher = values.get('--teacher')?.at(-1);
  if (teacher) args.teacher = teacher;
  return { ok: true, args };
}
