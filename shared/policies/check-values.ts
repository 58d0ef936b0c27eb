import { fromDecimal, toRatio, type Fixed, type Ratio } from '../credits';
import { policyError, type PolicyError } from './policy-errors';

/** Collects errors while checking values; shared by the cross-reference checks. */
export class ErrorSink {
  readonly errors: PolicyError[] = [];

  add(...args: Parameters<typeof policyError>): void {
    this.errors.push(policyError(...args));
  }

  /** Reads an amount (≥ 0, ≤ 5 decimals) or records why not. */
  amount(value: number | string | undefined, path: string): Fixed | undefined {
    if (value === undefined) {
      return undefined;
    }
    let units: Fixed;
    try {
      units = fromDecimal(value);
    } catch {
      this.add('INVALID_AMOUNT', path, `“${value}”不是有效数值（最多 5 位小数）`);
      return undefined;
    }
    if (units < 0) {
      this.add('NEGATIVE_AMOUNT', path, `数值不能为负（${value}）`);
      return undefined;
    }
    return units;
  }

  /** Reads a coefficient (≥ 0) or records why not. */
  ratio(value: string | number | Ratio | undefined, path: string, what: string): Ratio | undefined {
    if (value === undefined) {
      return undefined;
    }
    let r: Ratio;
    try {
      r = toRatio(value);
    } catch {
      this.add('INVALID_COEFFICIENT', path, `${what}“${JSON.stringify(value)}”无法识别`);
      return undefined;
    }
    if (r.num < 0) {
      this.add('NEGATIVE_COEFFICIENT', path, `${what}不能为负（${JSON.stringify(value)}）`);
      return undefined;
    }
    return r;
  }
}
