import { asOfText, scopeLines, targetLine, verdictText, yearTargets, type LineView } from '../../../shared/home-view/progress-text';
import { homeText } from '../../../shared/home-view/home-text';
import type { WhoamiData } from '../../../shared/schemas/api/identity';
import type { MineData } from '../../../shared/schemas/api/progress';
import { progressReportSchema } from '../../../shared/schemas/progress-report';

/** HTML text: the five characters that could break out of an element or attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const span = (className: string, text: string, id?: string) =>
  `<span class="${className}"${id ? ` id="${id}"` : ''}>${escapeHtml(text)}</span>`;

// Hash routes of the app: a tap before the app's code arrives still lands on the page (the router reads the hash).
const links = { entry: '#/record-entry/submit/index', records: '#/my-records/list/index', mine: '#/pages/mine/index' };

function requirementLine(line: LineView): string {
  const missing = [line.shortfall, line.topicsShortfall, line.recordsShortfall].filter((t): t is string => t !== null);
  const counts = [line.topics, line.records, line.provisional].filter((t): t is string => t !== null);
  return `<div class="pline pline--d${Math.min(line.depth, 3)}${line.isTotal ? ' pline--total' : ''}">`
    + `<div class="pline__row">${span('pline__name', line.name)}${span('pline__figure', line.figure)}</div>`
    + (line.percent !== null ? `<div class="pbar"><div class="pbar__fill${line.met ? ' pbar__fill--met' : ''}" style="width:${line.percent}%"></div></div>` : '')
    + (counts.length ? span('pline__meta', counts.join(' · ')) : '')
    + (missing.length ? span('pline__short', missing.join('，')) : line.percent !== null && line.met ? span('pline__done', '✓ 已完成') : '')
    + '</div>';
}

/** The 本年度进度 card from progress.mine, in the words the app's card uses; null if the answer is not a report. */
function progressCard(mine: MineData): string | null {
  const parsed = progressReportSchema.safeParse(mine.report);
  if (!parsed.success) return null;
  const report = parsed.data;
  const year = mine.policy.year;
  const scope = report.years.find((y) => y.year === year) ?? null;
  const targets = yearTargets(report, year).map(targetLine);
  return '<div class="card progress">'
    + span('card__label', homeText.progressLabel(year))
    + span(`progress__verdict progress__verdict--${report.verdict.met ? 'met' : 'short'}`, verdictText(report.verdict), 'first-paint-verdict')
    + (mine.pendingCount > 0 ? span('progress__pending', homeText.pendingNote(mine.pendingCount)) : '')
    + (scope ? `<div class="progress__lines">${scopeLines(scope, mine.unit).map(requirementLine).join('')}</div>` : '')
    + (targets.length ? `<div class="progress__lines">${span('progress__section', homeText.targetsSection)}${targets.map(requirementLine).join('')}</div>` : '')
    + `<div class="progress__foot">${span('', homeText.asOf(asOfText(report.asOf)))}${span('', homeText.approvedOnly)}${span('', homeText.basis(report.policyName))}</div>`
    + '</div>';
}

/**
 * 首页 as plain HTML, for the moment before the app's code arrives (decision 013):
 * the same classes and words as the app's screen, so the swap is invisible.
 * With no answers (signed out, session gone) it is just the title and a line saying the app is opening.
 */
export function renderHomeFirstPaint(whoami: WhoamiData | null, mine: MineData | null): string {
  const intro = `<div class="intro">${span('intro__title', '师训学分')}${span('intro__subtitle', '教师继续教育学时学分')}</div>`;
  const opening = span('first-paint__note', '正在打开，网络慢时请稍候…');
  if (!whoami?.bound) return `<div class="screen">${intro}${opening}</div>`;
  const { person, roles } = whoami;
  const greeting = '<div class="card greeting">'
    + span('greeting__hello', homeText.greeting(person.name))
    + span('card__hint', homeText.whoLine(roles.map((r) => r.role), person.schoolName ?? person.countyName))
    + '</div>';
  const teacher = roles.some((r) => r.role === 'teacher');
  const actions = teacher
    ? `<div class="card home-actions"><a class="btn btn--primary btn--hero" href="${links.entry}">登记证书</a>`
      + span('home-actions__hint', homeText.actionsHint)
      + `<a class="btn btn--plain" href="${links.records}">我的记录</a></div>`
    : '';
  const card = teacher && mine ? progressCard(mine) : null;
  return `<div class="screen">${intro}${greeting}${actions}${card ?? opening}</div>`;
}
