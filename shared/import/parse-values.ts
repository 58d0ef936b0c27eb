import type { Cell } from './cell';
import { cellText, foldText } from './cell';
import { awardGradeVocabulary, levelVocabulary, matchVocabulary } from './vocabulary';
import type { awardGrades, trainingLevels } from '../schemas/record';

/** A parsed cell value or the reason (in Chinese, without the row/column prefix). */
export type ValueParse<T> = { ok: true; value: T } | { ok: false; problem: string };

const numberText = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
/** Units people append to a number cell: 12学时, 12 小时, 85分. */
const unitSuffix = /(学时|小时|课时|分|h)$/;

/** A number cell: a number, or digits (full-width allowed) with an optional unit. 「十二」 is refused. */
export function parseNumberCell(cell: Cell): ValueParse<number> {
  if (typeof cell === 'number' && Number.isFinite(cell)) return { ok: true, value: cell };
  const raw = cellText(cell);
  const text = foldText(raw).replace(unitSuffix, '');
  if (numberText.test(text)) return { ok: true, value: Number(text) };
  return { ok: false, problem: `应为数字，实际为「${raw}」` };
}

const yesWords = ['是', '有', '合格', '通过', '已取得', '取得', 'y', 'yes', 'true', '1', '√', '✓', '✔'];
const noWords = ['否', '无', '没有', '不合格', '未通过', '未取得', 'n', 'no', 'false', '0', '×', '✗', '✘', 'x'];

/** A yes/no cell: 是/否, 有/无, 合格/不合格, Y/N, 1/0, √/×. */
export function parseBooleanCell(cell: Cell): ValueParse<boolean> {
  if (typeof cell === 'boolean') return { ok: true, value: cell };
  const raw = cellText(cell);
  const text = foldText(raw);
  if (yesWords.includes(text)) return { ok: true, value: true };
  if (noWords.includes(text)) return { ok: true, value: false };
  return { ok: false, problem: `应为「是」或「否」，实际为「${raw}」` };
}

/** Tags separated by a comma, 、, ； or ; (half- or full-width); blanks dropped, repeats kept once. */
export function parseTagsCell(cell: Cell): string[] {
  const parts = cellText(cell).split(/[,，、;；|/]/).map((t) => t.trim()).filter((t) => t !== '');
  return [...new Set(parts)];
}

/** What people write in an award column when there was none. */
const noAward = ['无', '否', '没有', '合格', '-', '—', '/'];

type AwardGrade = (typeof awardGrades)[number];
type Level = (typeof trainingLevels)[number];

/**
 * An award cell: grade and the level of the body that granted it, written
 * 「优秀/省」「省级优秀」「优秀学员（省级）」. A grade alone (「优秀」) takes the
 * record's own level, since the award comes with the training.
 */
export function parseAwardCell(
  cell: Cell,
  recordLevel: Level | undefined,
): ValueParse<{ grade: AwardGrade; level: Level } | undefined> {
  const raw = cellText(cell);
  const text = foldText(raw);
  if (noAward.includes(text)) return { ok: true, value: undefined };
  const problem = `应写成「优秀/省」或「良好/县」这样的等次和级别，实际为「${raw}」`;
  let grade: AwardGrade | undefined;
  let rest = '';
  for (const word of ['优秀学员', '良好学员', '优秀', '良好', '优', '良']) {
    const at = text.indexOf(word);
    if (at >= 0) {
      grade = matchVocabulary(awardGradeVocabulary, word);
      rest = (text.slice(0, at) + text.slice(at + word.length)).replace(/[/()、,，\-:：]/g, '');
      break;
    }
  }
  if (!grade) return { ok: false, problem };
  if (rest === '') return recordLevel ? { ok: true, value: { grade, level: recordLevel } } : { ok: false, problem };
  const level = matchVocabulary(levelVocabulary, rest);
  return level ? { ok: true, value: { grade, level } } : { ok: false, problem };
}
