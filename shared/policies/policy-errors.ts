/**
 * Stable codes for a policy refused on load. Programs switch on `code`; people
 * read `message` (Chinese); `path` points into the policy JSON.
 */
export const policyErrorCodes = [
  'SCHEMA_INVALID',        // wrong shape not covered below
  'MISSING_FIELD',         // a required field is absent
  'UNKNOWN_FIELD',         // a field the schema does not know (typo)
  'UNKNOWN_VALUE',         // a value outside the vocabulary (form "面授")
  'DUPLICATE_ID',          // two categories, rules or projects share an id
  'UNKNOWN_CATEGORY',      // a rule names a category that does not exist
  'CATEGORY_LOOP',         // a category is its own ancestor
  'CATEGORY_IN_CLASSIFY',  // a classify rule tests the category it is deciding
  'INVALID_COEFFICIENT',   // unreadable coefficient / hours-per-credit / percent
  'NEGATIVE_COEFFICIENT',  // coefficient, percent or multiple below zero
  'ZERO_HOURS_PER_CREDIT', // hours-per-credit of zero or less
  'CONVERSION_SHAPE',      // a conversion rule with both or neither of coefficient / hoursPerCredit
  'INVALID_AMOUNT',        // an amount with more than 5 decimals or not a number
  'NEGATIVE_AMOUNT',       // a minimum, cap or bonus below zero
  'CAP_BELOW_MIN',         // a cap lower than the minimum of the same scope
  'PERIOD_INVERTED',       // period end before start
  'PERIOD_WITHOUT_YEARS',  // no reporting year
  'YEARS_NOT_CONSECUTIVE', // years with gaps or repeats
  'YEAR_OUTSIDE_PERIOD',   // a reporting year outside the start–end dates
  'CYCLE_WITHOUT_YEARS',   // cycle end year before its start year
  'CYCLE_YEARS_MISMATCH',  // cycle years differ from the reporting years
  'SCOPE_WITHOUT_CYCLE',   // a cycle limit or rule in a policy that has no cycle
  'SUBSTITUTION_EMPTY',    // a substitution that fills nothing
  'SUBSTITUTION_SELF',     // a substitution into itself, an ancestor or a descendant
  'UNKNOWN_PROJECT',       // a condition cites a project not in the catalogue
  'TARGET_WINDOW_MISSING', // an after-hire target without its months
  'INVALID_WEIGHTS',       // composite weights that do not add up to 1
  'RECURRENCE_OVERLAP',    // a repeating period whose dates spill outside its years
  'RECURRENCE_UNTIL_EARLY', // a repeating period that stops before its own last year
  'COUNTS_WITHOUT_COUNT',  // a limit says what its 专题/record count does but counts nothing
] as const;

export type PolicyErrorCode = (typeof policyErrorCodes)[number];

/** One reason a policy was refused. */
export interface PolicyError {
  code: PolicyErrorCode;
  /** Location in the policy JSON, e.g. "categories[2].parent"; "" for the whole. */
  path: string;
  message: string;
}

/** Joins a zod-style path into "a[0].b". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') {
      out += `[${part}]`;
    } else {
      out += out ? `.${String(part)}` : String(part);
    }
  }
  return out;
}

/** Builds an error, prefixing the message with where it is. */
export function policyError(code: PolicyErrorCode, path: string, message: string): PolicyError {
  return { code, path, message: path ? `${path}：${message}` : message };
}
