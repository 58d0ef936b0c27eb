import type { TrainingLevel } from '../schemas/record';
import type { Hit } from './certificate-text';
import { reading, type FieldReading } from './field-reading';

/**
 * The level of the body that ran the training, from the issuer's name:
 * 教育部/国家 → 国家, 教育厅 → 省, 州/市 教育局 → 市, 县/区/旗 教育局 or
 * 进修学校 → 县, 学区 → 学区, a school → 校. The most local unit named decides
 * (吉林省白城市通榆县教育局 → 县). 国培/省培 in the title decide when the issuer
 * is a university or says nothing.
 */
export function inferLevel(organizer: Hit | undefined, title: Hit | undefined): FieldReading<TrainingLevel> | undefined {
  const org = organizer?.value.replace(/\s+/g, '') ?? '';
  const fromOrg = levelOfIssuer(org);
  if (organizer && fromOrg) return reading(organizer, fromOrg, 0.92, `由发证单位「${org}」推断`);
  const t = title?.value ?? '';
  if (title && /国培/.test(t)) return reading(title, '国家', 0.9, '由「国培计划」推断');
  if (title && /省培/.test(t)) return reading(title, '省', 0.9, '由「省培计划」推断');
  return undefined;
}

/** Level implied by an issuer's name, or undefined when the name does not say. */
export function levelOfIssuer(org: string): TrainingLevel | undefined {
  if (!org) return undefined;
  if (/教育部|国家|全国|中国教师/.test(org)) return '国家';
  if (/教育厅|省教育|自治区教育/.test(org)) return '省';
  if (/学区|片区|中心校/.test(org)) return '学区';
  const unit = /.*(省|自治区|自治州|州|盟|地区|市|县|区|旗)/.exec(org.replace(/(教育|教师|进修|学校|学院|中学|小学).*$/, ''));
  const local = unit?.[1];
  const isSchool = /(中学|小学|学校|幼儿园|完全中学|九年一贯制)$/.test(org) && !/进修学校$/.test(org);
  if (isSchool) return '校';
  if (local === '县' || local === '区' || local === '旗') return '县';
  if (local === '市' || local === '州' || local === '自治州' || local === '盟' || local === '地区') {
    return /进修学校|教育局|教育体育局|教体局|进修学院|教育学院|研修/.test(org) ? '市' : undefined;
  }
  if (local === '省' || local === '自治区') return '省';
  return undefined;
}
