import { uncertainBelow } from '../schemas/certificate-reading';
import type { Hit } from './certificate-text';

/** A field value with the confidence the rule and the OCR give it. */
export interface FieldReading<T> {
  value: T;
  confidence: number;
  uncertain: boolean;
  source: string;
  note?: string;
}

/**
 * Combines the OCR confidence of the source rows with how sure the rule is
 * (a labelled 「证书编号：」 is surer than a date guessed from the issue date).
 * A note is kept whenever the result is uncertain, so nothing is guessed silently.
 */
export function reading<T>(hit: Pick<Hit, 'confidence' | 'source'>, value: T, ruleConfidence: number, note?: string): FieldReading<T> {
  const confidence = Math.round(Math.max(0, Math.min(1, hit.confidence * ruleConfidence)) * 1000) / 1000;
  const uncertain = confidence < uncertainBelow;
  const why = note ?? (uncertain ? '文字识别不够清楚，请对照照片核对' : undefined);
  return { value, confidence, uncertain, source: hit.source, ...(why ? { note: why } : {}) };
}
