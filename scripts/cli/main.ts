import { basename, extname } from 'node:path';
import dayjs from 'dayjs';
import { getPolicy, listPolicies } from '../../shared/policies';
import { compilePolicy } from '../../shared/engine';
import { coversYear } from '../../shared/policies/period-instances';
import type { Policy } from '../../shared/schemas/policy';
import type { ProgressReport } from '../../shared/schemas/progress-report';
import type { TeacherContext } from '../../shared/schemas/teacher-context';
import { parseArgs, type CliArgs } from './args';
import { groupByTeacher, type TeacherRecords } from './group-teachers';
import { readRecordsFile } from './read-records-file';
import { renderReport } from './render-report';
import { paragraphSection } from './source-paragraphs';
import { periodLine, periodWords, periodYear } from './period-view';
import { usage } from './usage';

/** Where the CLI writes; tests pass collectors, the entry point passes the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes (docs/cli.md). */
export const exitCodes = { ok: 0, usage: 1, invalidFile: 2, internal: 3 } as const;

const statusNames: Record<string, string> = {
  maternity: '产假/哺乳期', 'new-teacher': '新入职教师', 'high-school': '高中教师',
  'special-education': '特殊教育教师', 'non-teaching': '非专任教师', leader: '领导干部',
};

/**
 * The engine's teacher: who (the file's 教师编号/姓名, or a JSON file's
 * `teacher` object when the records name nobody) and which statuses (the
 * command line wins over the file).
 */
function teacherContext(t: TeacherRecords, args: CliArgs, file: Partial<TeacherContext> | undefined): TeacherContext {
  const fromFile = t.fromFileName ? file : undefined;
  const statuses = args.statuses.length > 0 ? args.statuses : (fromFile?.statuses ?? []);
  const hiredOn = args.hiredOn ?? file?.hiredOn;
  const name = t.name ?? fromFile?.name;
  return { teacherId: fromFile?.teacherId ?? t.teacherId, statuses, ...(name ? { name } : {}), ...(hiredOn ? { hiredOn } : {}) };
}

function statusesLabel(ctx: TeacherContext): string | undefined {
  if (ctx.statuses.length === 0) return undefined;
  return ctx.statuses.map((s) => `${statusNames[s.status] ?? s.status}${s.years?.length ? `（${s.years.join('、')} 年）` : ''}`).join('、');
}

/**
 * The whole command: parse arguments, load the policy, read and validate the
 * file, compute one report per teacher, print. Returns the exit code; never
 * throws (an engine failure becomes exit 3 with a one-line message).
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`${parsed.message}\n\n${usage}`);
    return exitCodes.usage;
  }
  if ('help' in parsed) {
    io.out(usage);
    return exitCodes.ok;
  }
  const { args } = parsed;
  const policy = getPolicy(args.policyId);
  if (!policy) {
    const list = listPolicies().map((p) => `  ${p.id}　${p.name}`).join('\n');
    io.err(`未知的政策编号「${args.policyId}」。可用的政策：\n${list}`);
    return exitCodes.usage;
  }
  if (args.year !== undefined && !coversYear(policy, args.year)) {
    io.err(`政策「${policy.name}」（${policy.id}）不含 ${args.year} 年：${periodWords(policy)}`);
    return exitCodes.usage;
  }
  if (args.file === undefined) return requirementsOnly(policy, args as CliArgs & { year: number }, io);
  return checkFile(policy, { ...args, file: args.file }, io);
}

/** No file, --year given: that year's requirements (and its cycle's), as an empty report shows them. */
function requirementsOnly(policy: Policy, args: CliArgs & { year: number }, io: CliIo): number {
  const asOf = args.asOf ?? dayjs().format('YYYY-MM-DD');
  const ctx: TeacherContext = { teacherId: '—', statuses: args.statuses, ...(args.hiredOn ? { hiredOn: args.hiredOn } : {}) };
  const report = compilePolicy(policy).compute([], ctx, asOf, { year: args.year });
  if (args.json) {
    io.out(JSON.stringify(report, null, 2));
    return exitCodes.ok;
  }
  const text = renderReport(report, {
    teacherLabel: `${args.year} 年度要求（未给记录文件）`, statusesLabel: statusesLabel(ctx), recordOrigin: new Map(),
    year: args.year, periodLine: periodLine(policy, args.year), requirementsOnly: true,
  });
  io.out([text, ...(args.paragraphs ? paragraphSection(policy, [report], args.year) : [])].join('\n'));
  return exitCodes.ok;
}

/** The records file: read, validate, one report per teacher, print. */
async function checkFile(policy: Policy, args: CliArgs & { file: string }, io: CliIo): Promise<number> {
  const file = await readRecordsFile(args.file, 'approved');
  if (!file.ok) {
    if (file.problem.kind === 'unreadable') {
      io.err(file.problem.message);
      return exitCodes.usage;
    }
    const { errors } = file.problem;
    if (args.json) io.out(JSON.stringify({ ok: false, errors }, null, 2));
    else io.err([`记录文件有 ${errors.length} 处错误，未进行计算：`, ...errors.map((e) => `  ${e.message}`)].join('\n'));
    return exitCodes.invalidFile;
  }
  for (const w of file.import.warnings) io.err(`提醒：${w.message}`);

  const unit = extname(args.file).toLowerCase() === '.json' ? '条' : '行';
  const grouping = groupByTeacher(file.import.rows, file.teacher?.teacherId ?? basename(args.file, extname(args.file)), unit);
  if (!grouping.ok) {
    if (args.json) io.out(JSON.stringify({ ok: false, errors: grouping.messages.map((message) => ({ code: 'IMPORT_REQUIRED', message })) }, null, 2));
    else io.err([`记录文件有 ${grouping.messages.length} 处错误，未进行计算：`, ...grouping.messages.map((m) => `  ${m}`)].join('\n'));
    return exitCodes.invalidFile;
  }
  let teachers = grouping.teachers;
  if (args.teacher) {
    teachers = teachers.filter((t) => t.teacherId === args.teacher || t.name === args.teacher);
    if (teachers.length === 0) {
      io.err(`文件里没有教师「${args.teacher}」。文件里的教师：${grouping.teachers.map((t) => t.name ?? t.teacherId).join('、')}`);
      return exitCodes.usage;
    }
  }

  // Today by default: only trainings that have ended count, and past years come out closed.
  const asOf = args.asOf ?? dayjs().format('YYYY-MM-DD');
  const compiled = compilePolicy(policy);
  const year = periodYear(policy, args, teachers);
  const reports: { report: ProgressReport; ctx: TeacherContext; t: TeacherRecords }[] = [];
  try {
    for (const t of teachers) {
      const ctx = teacherContext(t, args, file.teacher);
      reports.push({ report: compiled.compute(t.records, ctx, asOf, year === undefined ? {} : { year }), ctx, t });
    }
  } catch (error) {
    io.err(`计算学分时出错（这是程序的问题，不是文件的问题）：${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG) io.err(String(error instanceof Error ? error.stack : error));
    return exitCodes.internal;
  }

  if (args.json) {
    const only = reports.length === 1 ? reports[0]?.report : undefined;
    io.out(JSON.stringify(only ?? reports.map((r) => r.report), null, 2));
    return exitCodes.ok;
  }
  const cited = args.paragraphs ? paragraphSection(policy, reports.map((r) => r.report), args.year) : [];
  io.out([reports.map(({ report, ctx, t }) => renderReport(report, {
    teacherLabel: t.fromFileName && !file.teacher?.teacherId
      ? `教师：未注明（记录文件 ${basename(args.file)}）`
      : `教师：${ctx.name && ctx.name !== ctx.teacherId ? `${ctx.name}（${ctx.teacherId}）` : ctx.teacherId}`,
    statusesLabel: statusesLabel(ctx),
    recordOrigin: t.origin,
    periodLine: periodLine(policy, year),
    ...(args.year !== undefined ? { year: args.year } : {}),
  })).join('\n\n'), ...cited].join('\n'));
  return exitCodes.ok;
}
