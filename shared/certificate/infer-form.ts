import type { TrainingForm } from '../schemas/record';
import type { CertificateText } from './certificate-text';
import { findAll } from './certificate-text';
import { reading, type FieldReading } from './field-reading';

const rules: Array<{ re: RegExp; form: TrainingForm }> = [
  { re: /(混合式研修|混合式培训|混合研修|线上线下)/g, form: '混合' },
  { re: /(网络研修|网络培训|远程培训|远程研修|线上培训|线上研修|在线学习|网络学习)/g, form: '网络' },
  { re: /(集中培训|集中研修|面授|线下培训|脱产培训)/g, form: '集中' },
  { re: /(校本研修|校本培训|园本研修)/g, form: '校本' },
];

/** The training form, only where the text says it (网络研修, 集中培训 …); otherwise nothing. */
export function inferForm(text: CertificateText): FieldReading<TrainingForm> | undefined {
  for (const { re, form } of rules) {
    const hit = findAll(text, re)[0];
    if (hit) return reading(hit, form, 0.92);
  }
  return undefined;
}
