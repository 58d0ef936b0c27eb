/**
 * Synthetic certificates for the reader benchmark and tests: four templates
 * (结业证书, 培训证书, 学分卡, 合格证书) filled from a seeded random source, each
 * with the ground truth a perfect reader would extract.
 */
import type { TrainingForm, TrainingLevel } from '../../../shared/schemas/record';
import { mulberry32 } from '../generate-records';

/** What the certificate says, field by field (absent = not printed). */
export interface CertificateTruth {
  title: string;
  organizer: string;
  startDate: string;
  endDate: string;
  hours: number;
  certificateNo: string;
  teacherName: string;
  result: '合格' | '良好' | '优秀';
  level: TrainingLevel;
  form?: TrainingForm;
}

/** A rendered layout: rows of text (y in card units) plus where the seal goes. */
export interface CertificateLayout {
  template: string;
  heading: string;
  rows: Array<{ text: string; x: number; y: number; size: number; anchor?: 'start' | 'middle' }>;
  seal: { x: number; y: number };
  truth: CertificateTruth;
}

/** Deterministic pseudo-random numbers, so the set is the same every run (the county bench's PRNG). */
export const seeded = mulberry32;

const names = ['张晓梅', '李强', '王雪', '刘芳', '陈静', '赵建国', '孙丽华', '周敏', '吴海燕', '郑伟', '马玉兰', '高志远', '何婷', '罗春燕'];
const organizers: Array<[string, TrainingLevel]> = [
  ['通榆县教师进修学校', '县'], ['白城市教育局', '市'], ['吉林省教育厅', '省'], ['武定县教育体育局', '县'],
  ['楚雄彝族自治州教育局', '市'], ['云南省教育厅', '省'], ['建安区教师进修学校', '县'], ['通榆县第一中学', '校'],
  ['教育部教师工作司', '国家'], ['永吉县教育局', '县'],
];
const titles = [
  '初中数学核心素养专题培训', '小学语文整本书阅读教学研修', '班主任工作能力提升培训', '乡村教师课堂教学能力提升培训',
  '新课标大单元教学设计研修', '中小学心理健康教育专题培训', '信息技术与学科融合应用培训', '幼儿园保教质量提升研修',
  '初中英语听说教学专题培训', '校园安全与应急管理培训', '高中物理实验教学研修', '学科教研组长能力提升培训',
];
const digitsCn = '〇一二三四五六七八九';
const letters = 'ACDEFGHJKLMNPRTUVWXY';

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}
const pad = (n: number) => String(n).padStart(2, '0');

/** 24 → 二十四; 2023 → 二〇二三 (digit by digit for years). */
export function chineseNumber(n: number): string {
  if (n >= 1000) return [...String(n)].map((d) => digitsCn[Number(d)]).join('');
  const h = Math.floor(n / 100), t = Math.floor((n % 100) / 10), u = n % 10;
  let s = h ? `${digitsCn[h]}百` : '';
  if (t) s += `${h || t !== 1 ? digitsCn[t] : ''}十`; else if (h && u) s += '零';
  if (u) s += digitsCn[u];
  return s;
}

function dates(rand: () => number): { start: Date; end: Date } {
  const start = new Date(Date.UTC(2021 + Math.floor(rand() * 5), Math.floor(rand() * 12), 1 + Math.floor(rand() * 26)));
  const end = new Date(start.getTime() + Math.floor(rand() * 6) * 86_400_000);
  return { start, end };
}
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ymd = (d: Date) => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()] as const;
const cnDate = (d: Date) => { const [y, m, day] = ymd(d); return `${chineseNumber(y)}年${chineseNumber(m)}月${chineseNumber(day)}日`; };

function certificateNo(rand: () => number, year: number): string {
  const prefix = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(rand, [...letters])).join('');
  const seq = String(1 + Math.floor(rand() * 9998)).padStart(4, '0');
  return rand() < 0.5 ? `${prefix}-${year}-${seq}` : `${prefix}${year}${seq}`;
}

/** The i-th certificate of the set (templates rotate; everything else is seeded by i). */
export function certificateLayout(i: number): CertificateLayout {
  const rand = seeded(1000 + i);
  const [organizer, level] = pick(rand, organizers);
  const { start, end } = dates(rand);
  const [y1, m1, d1] = ymd(start);
  const [y2, m2, d2] = ymd(end);
  const hours = pick(rand, [6, 8, 12, 16, 18, 24, 30, 32, 36, 40, 48, 50, 60, 72]);
  const truth: CertificateTruth = {
    title: pick(rand, titles), organizer, startDate: iso(start), endDate: iso(end), hours,
    certificateNo: certificateNo(rand, y2), teacherName: pick(rand, names), result: pick(rand, ['合格', '合格', '良好', '优秀'] as const), level,
  };
  const hoursText = rand() < 0.5 ? String(hours) : chineseNumber(hours);
  const issue = cnDate(end);
  const template = ['结业证书', '培训证书', '学分卡', '合格证书'][i % 4] as string;
  const row = (text: string, y: number, size = 58, x = 230) => ({ text, x, y, size });
  if (template === '结业证书') {
    const range = rand() < 0.5 ? `${y1}年${m1}月${d1}日至${m2}月${d2}日` : `${y1}年${m1}月${d1}日至${y2}年${m2}月${d2}日`;
    return {
      template, heading: '结业证书', truth, seal: { x: 1750, y: 1330 },
      rows: [row(`${truth.teacherName} 同志：`, 520), row(`于${range}参加`, 640, 58, 350), row(`${organizer}举办的“${truth.title}”，`, 760),
        row(`完成培训${hoursText}学时，考核${truth.result}，准予结业。`, 880), row(`证书编号：${truth.certificateNo}`, 1040, 50),
        row(organizer, 1300, 56, 1420), row(issue, 1400, 56, 1420)],
    };
  }
  if (template === '培训证书') {
    const form = rand() < 0.5 ? '集中培训' : '网络研修';
    truth.form = form === '集中培训' ? '集中' : '网络';
    const unit = rand() < 0.5 ? '课时' : '学时';
    return {
      template, heading: '培训证书', truth, seal: { x: 1700, y: 1420 },
      rows: [row(`姓名：${truth.teacherName}`, 460), row(`性别：${rand() < 0.5 ? '女' : '男'}`, 460, 58, 1400),
        row(`培训项目：${truth.title}`, 570), row(`培训时间：${y1}.${pad(m1)}.${pad(d1)}-${y2}.${pad(m2)}.${pad(d2)}`, 680),
        row(`培训学时：${hours}${unit}`, 790), row(`培训形式：${form}`, 900), row(`考核等次：${truth.result}`, 1010),
        row(`主办单位：${organizer}`, 1120), row(`编号：${truth.certificateNo}`, 1230, 50), row(`${y2}年${m2}月${d2}日`, 1420, 56, 1450)],
    };
  }
  if (template === '学分卡') {
    const credits = hours / 10;
    truth.hours = hours;
    truth.form = '网络';
    const creditsText = Number.isInteger(credits) ? String(credits) : credits.toFixed(1);
    return {
      template, heading: '继续教育学分卡', truth, seal: { x: 1650, y: 1300 },
      rows: [row(`姓名：${truth.teacherName}`, 460), row(`项目名称：${truth.title}`, 570),
        row(`学分：${creditsText}学分（折合${hours}学时）`, 680), row(`学习时间：${y1}年${m1}月${d1}日至${m2}月${d2}日`, 790),
        row('学习形式：网络研修', 900), row(`考核结果：${truth.result}`, 1010), row(`登记号：${truth.certificateNo}`, 1120, 50),
        row(`发证单位：${organizer}`, 1300, 56)],
    };
  }
  return {
    template, heading: '合格证书', truth, seal: { x: 1720, y: 1350 },
    rows: [row(`兹证明${truth.teacherName}同志于${cnDate(start)}至${chineseNumber(m2)}月${chineseNumber(d2)}日`, 520),
      row(`参加${truth.title}，共计${hoursText}学时，`, 640), row(`经考核成绩${truth.result}，特发此证。`, 760),
      row(`证书编号：${truth.certificateNo}`, 920, 50), row(organizer, 1320, 56, 1420), row(issue, 1420, 56, 1420)],
  };
}
