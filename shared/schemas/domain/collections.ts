/**
 * Collection names, one constant so the CloudBase console, the SQLite file and
 * the code agree. Every collection is admin-only in CloudBase: all access goes
 * through the cloud functions (docs/data-model.md).
 */
export const collections = {
  counties: 'counties',
  schools: 'schools',
  people: 'people',
  roles: 'roles',
  bindings: 'bindings',
  records: 'records',
  policyVersions: 'policy_versions',
  audit: 'audit',
  uploads: 'uploads',
  certificateClaims: 'certificate_claims',
  bindAttempts: 'bind_attempts',
  uploadQuotas: 'upload_quotas',
  /** Materialised per-teacher standing for the management views (decision 011). */
  teacherSummaries: 'teacher_summaries',
  /** When each county-year's summaries were last brought up to date, and with which policy. */
  summaryMarks: 'summary_marks',
  exports: 'exports',
  /** Subscribe-message consents: a count per person and kind (docs/reminders.md). */
  messageConsents: 'message_consents',
  /** Reminders sent (or, locally, delivered here), one per deterministic id. */
  outbox: 'outbox',
  /** Training sessions (集中培训, 校本研修) that credit attendance (decision 016). */
  trainingSessions: 'training_sessions',
  /** Rotating sign-in codes; the id is the code. */
  sessionCodes: 'session_codes',
  /** One teacher at one session, id `<sessionId>:<teacherId>`. */
  attendance: 'attendance',
} as const;

export type CollectionName = (typeof collections)[keyof typeof collections];
