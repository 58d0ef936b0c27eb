import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locateQuote } from '../../shared/policies/source-paragraph';
import type { Policy } from '../../shared/schemas/policy';
import type { ProgressReport } from '../../shared/schemas/progress-report';

/** The repository root: `source.file` is relative to it. */
const repoRoot = join(__dirname, '..', '..');

/** Every document sentence the printed report cites, in order of first mention. */
function citedSentences(report: ProgressReport, year: number | undefined): string[] {
  const seen = new Set<string>();
  const add = (s: string | null | undefined) => { if (s) seen.add(s); };
  for (const scope of [...report.years.filter((y) => year === undefined || y.year === year), ...(report.cycle ? [report.cycle] : [])]) {
    for (const r of [scope.total, ...scope.categories]) add(r.source);
    for (const a of scope.adjustments) add(a.source);
  }
  for (const t of report.targets) add(t.source);
  for (const r of report.records) {
    if (year !== undefined && r.year !== null && r.year !== year) continue;
    add(r.reason?.source);
    for (const s of r.steps) add(s.source);
  }
  return [...seen];
}

/**
 * 【原文段落】: for each sentence the report cites, the paragraph of the
 * county document around it (`source.file`, shipped in the repository).
 */
export function paragraphSection(policy: Policy, reports: readonly ProgressReport[], year: number | undefined): string[] {
  const file = policy.source.file;
  if (!file) return ['', '【原文段落】政策没有注明原文文件（source.file）'];
  let doc: string;
  try {
    doc = readFileSync(join(repoRoot, file), 'utf8');
  } catch {
    return ['', `【原文段落】找不到原文文件 ${file}`];
  }
  const sentences = [...new Set(reports.flatMap((r) => citedSentences(r, year)))];
  const out = ['', `【原文段落】《${policy.source.title}》（${file}）`];
  sentences.forEach((s, i) => {
    const found = locateQuote(doc, s);
    out.push(`  ${i + 1}. 引用：${s}`);
    if (!found) {
      out.push('     （原文中没有找到这句话）');
      return;
    }
    for (const p of found.paragraphs) {
      out.push(`     第 ${p.fromLine}${p.toLine > p.fromLine ? `–${p.toLine}` : ''} 行：`);
      for (const line of p.text.split('\n')) out.push(`       ${line}`);
    }
  });
  return out;
}
