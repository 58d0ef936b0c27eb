/**
 * THE AUTHORIZATION MATRIX: every action × caller × scope, and what must happen.
 *   ok        the call succeeds (data matches the shared response schema; writes land)
 *   CODE      refused with exactly this error code, and nothing is written
 *   -         does not apply (e.g. the county admin has no records of her own)
 * Callers: teacher = 赵磊 (一中); reviewer = 王建国 (一中 principal); admin = 刘淑琴
 * (通榆 county admin); unbound = a signed-in session with no roster binding. An
 * anonymous caller (no token) is added to every row and must get UNAUTHENTICATED.
 * Scopes: self = the caller's own; own = her school (for the admin: a school of her
 * county); other = the other school of the county; county2 = a school of 永吉县.
 */
import type { ErrorCode } from '../../../../shared/schemas/api/envelope';
import type { Scope } from './world';

export type Cell = 'ok' | ErrorCode | '-';
export type Row = [action: string, scope: Scope, teacher: Cell, reviewer: Cell, admin: Cell, unbound: Cell];

const F = 'FORBIDDEN', NB = 'NOT_BOUND';

export const matrix: Row[] = [
  // action                       scope      teacher  reviewer  admin   unbound
  ['identity.whoami',             'self',    'ok',    'ok',     'ok',   'ok'],
  ['identity.bind',               'self',    'CONFLICT', 'CONFLICT', 'CONFLICT', 'ok'],
  ['identity.subscriptions',      'self',    'ok',    'ok',     'ok',   NB],
  // Queue reminders are for reviewers: a teacher may not opt in to them.
  ['identity.subscribe',          'self',    F,       'ok',     'ok',   NB],

  ['records.submit',              'self',    'ok',    'ok',     F,      NB],
  ['records.preview',             'self',    'ok',    'ok',     F,      NB],
  ['records.upload-certificate',  'self',    'ok',    'ok',     'ok',   NB],
  // Reading a certificate: only the upload's owner; anyone else's upload is NOT_FOUND (its existence is not revealed).
  ['records.read-certificate',    'self',    'ok',    'ok',     'ok',   NB],
  ['records.read-certificate',    'own',     'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', NB],
  ['records.read-certificate',    'county2', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', NB],
  ['records.list',                'self',    'ok',    'ok',     'ok',   NB],
  ['records.list',                'own',     F,       'ok',     'ok',   NB],
  ['records.list',                'other',   F,       F,        'ok',   NB],
  ['records.list',                'county2', F,       F,        F,      NB],
  ['records.get',                 'self',    'ok',    'ok',     '-',    NB],
  ['records.get',                 'own',     F,       'ok',     'ok',   NB],
  ['records.get',                 'other',   F,       F,        'ok',   NB],
  ['records.get',                 'county2', F,       F,        F,      NB],
  ['records.resubmit',            'self',    'ok',    'ok',     '-',    NB],
  ['records.resubmit',            'own',     F,       F,        F,      NB],
  ['records.resubmit',            'other',   F,       F,        F,      NB],
  ['records.resubmit',            'county2', F,       F,        F,      NB],
  ['records.withdraw',            'self',    'ok',    'ok',     '-',    NB],
  ['records.withdraw',            'own',     F,       F,        F,      NB],
  ['records.withdraw',            'other',   F,       F,        F,      NB],
  ['records.withdraw',            'county2', F,       F,        F,      NB],

  ['review.queue',                'own',     F,       'ok',     'ok',   NB],
  ['review.queue',                'other',   F,       F,        'ok',   NB],
  ['review.queue',                'county2', F,       F,        F,      NB],
  ['review.approve',              'self',    F,       F,        '-',    NB],
  ['review.approve',              'own',     F,       'ok',     'ok',   NB],
  ['review.approve',              'other',   F,       F,        'ok',   NB],
  ['review.approve',              'county2', F,       F,        F,      NB],
  ['review.return',               'self',    F,       F,        '-',    NB],
  ['review.return',               'own',     F,       'ok',     'ok',   NB],
  ['review.return',               'other',   F,       F,        'ok',   NB],
  ['review.return',               'county2', F,       F,        F,      NB],
  ['review.batch-approve',        'self',    F,       F,        '-',    NB],
  ['review.batch-approve',        'own',     F,       'ok',     'ok',   NB],
  ['review.batch-approve',        'other',   F,       F,        'ok',   NB],
  ['review.batch-approve',        'county2', F,       F,        F,      NB],
  ['review.detail',               'self',    F,       F,        '-',    NB],
  ['review.detail',               'own',     F,       'ok',     'ok',   NB],
  ['review.detail',               'other',   F,       F,        'ok',   NB],
  ['review.detail',               'county2', F,       F,        F,      NB],

  ['progress.mine',               'self',    'ok',    'ok',     F,      NB],
  ['progress.school',             'own',     F,       'ok',     'ok',   NB],
  ['progress.school',             'other',   F,       F,        'ok',   NB],
  ['progress.school',             'county2', F,       F,        F,      NB],
  ['progress.county',             'own',     F,       F,        'ok',   NB],
  ['progress.teachers',           'own',     F,       'ok',     'ok',   NB],
  ['progress.teachers',           'other',   F,       F,        'ok',   NB],
  ['progress.teachers',           'county2', F,       F,        F,      NB],
  ['progress.teacher',            'own',     F,       'ok',     'ok',   NB],
  ['progress.teacher',            'other',   F,       F,        'ok',   NB],
  ['progress.teacher',            'county2', F,       F,        F,      NB],
  ['progress.county',             'county2', F,       F,        F,      NB],

  // A row naming a school out of the importer's reach is an authorization failure, not a typo:
  // FORBIDDEN, the message naming the row and the school ("第 1 行：「永吉县实验小学」属于永吉县，…").
  ['roster.import',               'own',     F,       'ok',     'ok',   NB],
  ['roster.import',               'other',   F,       F,        'ok',   NB],
  ['roster.import',               'county2', F,       F,        F,      NB],
  ['roster.list',                 'own',     F,       'ok',     'ok',   NB],
  ['roster.list',                 'other',   F,       F,        'ok',   NB],
  ['roster.list',                 'county2', F,       F,        F,      NB],
  ['roster.set-role',             'own',     F,       'ok',     'ok',   NB],
  ['roster.set-role',             'other',   F,       F,        'ok',   NB],
  ['roster.set-role',             'county2', F,       F,        F,      NB],
  ['roster.invite',               'own',     F,       'ok',     'ok',   NB],
  ['roster.invite',               'other',   F,       F,        'ok',   NB],
  ['roster.invite',               'county2', F,       F,        F,      NB],

  ['policy.list',                 'own',     'ok',    'ok',     'ok',   NB],
  ['policy.list',                 'county2', F,       F,        F,      NB],
  ['policy.get',                  'own',     'ok',    'ok',     'ok',   NB],
  ['policy.get',                  'county2', F,       F,        F,      NB],
  ['policy.publish',              'own',     F,       F,        'ok',   NB],
  ['policy.roll-over',            'own',     F,       F,        'ok',   NB],

  // Registers: a school's reviewers export and read their school; the county admin every school of her county.
  ['registers.schools',           'own',     F,       'ok',     'ok',   NB],
  ['registers.card',              'own',     F,       'ok',     'ok',   NB],
  ['registers.card',              'other',   F,       F,        'ok',   NB],
  ['registers.card',              'county2', F,       F,        F,      NB],
  ['registers.school-table',      'own',     F,       'ok',     'ok',   NB],
  ['registers.school-table',      'other',   F,       F,        'ok',   NB],
  ['registers.school-table',      'county2', F,       F,        F,      NB],
  ['registers.county-table',      'own',     F,       F,        'ok',   NB],
  ['registers.county-table',      'county2', F,       F,        F,      NB],
  // 签到表 of a 校本研修 of the scope's school: its reviewers and the county's admin.
  ['registers.sign-in-sheet',     'own',     F,       'ok',     'ok',   NB],
  ['registers.sign-in-sheet',     'other',   F,       F,        'ok',   NB],
  ['registers.sign-in-sheet',     'county2', F,       F,        F,      NB],
  ['registers.my-archive',        'self',    'ok',    'ok',     F,      NB],
  ['registers.exports',           'own',     F,       'ok',     'ok',   NB],
  ['registers.exports',           'other',   F,       F,        'ok',   NB],
  ['registers.exports',           'county2', F,       F,        F,      NB],
  ['registers.audit',             'own',     F,       'ok',     'ok',   NB],
  ['registers.audit',             'other',   F,       F,        'ok',   NB],
  ['registers.audit',             'county2', F,       F,        F,      NB],

  // training (decision 016): organisers as in review — the principal her school's 校本研修, the admin her county's sessions.
  ['training.list',               'own',     F,       'ok',     'ok',   NB],
  ['training.get',                'own',     'ok',    'ok',     'ok',   NB],
  ['training.get',                'other',   F,       F,        'ok',   NB],
  ['training.get',                'county2', F,       F,        F,      NB],
  ['training.create',             'own',     F,       'ok',     'ok',   NB],
  ['training.create',             'other',   F,       F,        'ok',   NB],
  ['training.update',             'own',     F,       'ok',     'ok',   NB],
  ['training.update',             'other',   F,       F,        'ok',   NB],
  ['training.update',             'county2', F,       F,        F,      NB],
  ['training.cancel',             'own',     F,       'ok',     'ok',   NB],
  ['training.cancel',             'other',   F,       F,        'ok',   NB],
  ['training.cancel',             'county2', F,       F,        F,      NB],
  ['training.code',               'own',     F,       'ok',     'ok',   NB],
  ['training.code',               'other',   F,       F,        'ok',   NB],
  ['training.code',               'county2', F,       F,        F,      NB],
  // Sign-in: any teacher expected at the session; the county admin is not a teacher.
  ['training.sign-in',            'own',     'ok',    'ok',     F,      NB],
  ['training.sign-in',            'other',   F,       F,        F,      NB],
  ['training.sign-in',            'county2', F,       F,        F,      NB],
  ['training.sign-out',           'own',     'ok',    'ok',     F,      NB],
  ['training.mark',               'own',     F,       'ok',     'ok',   NB],
  ['training.mark',               'other',   F,       F,        'ok',   NB],
  ['training.mark',               'county2', F,       F,        F,      NB],
  ['training.assess',             'own',     F,       'ok',     'ok',   NB],
  ['training.assess',             'other',   F,       F,        'ok',   NB],
  ['training.assess',             'county2', F,       F,        F,      NB],
  ['training.close',              'own',     F,       'ok',     'ok',   NB],
  ['training.close',              'other',   F,       F,        'ok',   NB],
  ['training.close',              'county2', F,       F,        F,      NB],
  ['training.mine',               'self',    'ok',    'ok',     F,      NB],
];
