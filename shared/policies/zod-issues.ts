import type { z } from 'zod';
import { formatPath, policyError, type PolicyError } from './policy-errors';

/**
 * Turns zod's issues into policy errors with stable codes and Chinese text,
 * so a typo in a policy file reads "categories[1].parnt：未知字段" rather than
 * zod's English.
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): PolicyError[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path);
    switch (issue.code) {
      case 'unrecognized_keys':
        return policyError('UNKNOWN_FIELD', path, `未知字段 ${issue.keys.join('、')}`);
      case 'invalid_value':
        return policyError('UNKNOWN_VALUE', path, `取值不在允许范围内（可选：${issue.values.map(String).join('、')}）`);
      case 'invalid_type':
        return 'input' in issue && issue.input === undefined
          ? policyError('MISSING_FIELD', path, '缺少必填字段')
          : policyError('SCHEMA_INVALID', path, `类型不对，应为 ${issue.expected}`);
      case 'invalid_union':
        return policyError('SCHEMA_INVALID', path, '格式不符合任何允许的写法');
      default:
        return policyError('SCHEMA_INVALID', path, issue.message);
    }
  });
}
