/**
 * Builds a county at scale straight through the DocumentStore port, in big
 * transactions (the use-cases would write one record per transaction, which
 * is what is being measured, not how the data gets there). Every document
 * kind is checked against its stored-document schema on a sample.
 */
import dayjs from 'dayjs';
import { collections } from '../../shared/schemas/domain/collections';
import { bindingDocSchema } from '../../shared/schemas/domain/binding';
import { personDocSchema } from '../../shared/schemas/domain/person';
import { recordDocSchema, type RecordDoc } from '../../shared/schemas/domain/record-doc';
import { roleAssignmentDocSchema, roleAssignmentId } from '../../shared/schemas/domain/role-assignment';
import { schoolDocSchema } from '../../shared/schemas/domain/school';
import { countyDocSchema } from '../../shared/schemas/domain/county';
import type { RecordInput } from '../../shared/schemas/record';
import type { DocumentStore, StoredDoc } from '../../cloudfunctions/_core/ports/document-store';
import { mulberry32 } from './generate-records';

export interface CountyScale { schools: number; teachersPerSchool: number; recordsPerTeacher: number; seed: number }

export interface BenchCounty {
  countyId: string;
  adminOpenid: string;
  schools: { id: string; principalOpenid: string }[];
  teachers: { id: string; openid: string; schoolId: string }[];
  /** Records waiting for review, by school. */
  pending: Map<string, { recordId: string; version: number }[]>;
  counts: { schools: number; people: number; bindings: number; roles: number; records: number };
}

const T0 = '2026-03-01T01:00:00.000Z';
const kinds = [
  { form: '网络', content: '公需', level: '国家', topic: '师德师风', tags: ['数字化'] },
  { form: '集中', content: '公需', level: '县', topic: '政策法规', tags: [] },
  { form: '集中', content: '专业', level: '县', topic: '学科教学', tags: [] },
  { form: '集中', content: '专业', level: '市', topic: '心理健康教育', tags: [] },
  { form: '集中', content: '专业', level: '省', topic: '智慧课堂', tags: ['数字化'] },
  { form: '校本', content: '专业', level: '校', topic: '大单元教学', tags: [] },
  { form: '校本', content: '专业', level: '校', topic: '作业设计', tags: [] },
  { form: '自主', content: '专业', level: '县', topic: '读书分享', tags: [] },
] as const;

/** 85 % approved, 10 % submitted, then returned, resubmitted, withdrawn. */
function statusFor(r: number): RecordDoc['status'] {
  const slot = r % 20;
  if (slot < 17) return 'approved';
  if (slot < 19) return 'submitted';
  return ['returned', 'resubmitted', 'withdrawn'][r % 3] as RecordDoc['status'];
}

/** Writes docs in transactions of `chunk`, validating every `sampleEvery`-th with `schema`. */
async function bulk(store: DocumentStore, collection: string, docs: Iterable<StoredDoc>, check: (d: unknown) => unknown, chunk = 5000, sampleEvery = 997): Promise<number> {
  let batch: StoredDoc[] = [];
  let n = 0;
  const flush = async () => {
    const rows = batch;
    batch = [];
    await store.transaction(async (tx) => { for (const d of rows) await tx.set(collection, d); });
  };
  for (const doc of docs) {
    if (n % sampleEvery === 0) check(doc);
    batch.push(doc);
    n += 1;
    if (batch.length >= chunk) await flush();
  }
  if (batch.length) await flush();
  return n;
}

/** Builds the county; returns who is who and the pending queue per school. */
export async function buildCounty(store: DocumentStore, scale: CountyScale): Promise<BenchCounty> {
  const rand = mulberry32(scale.seed);
  const countyId = 'bench-county';
  const adminOpenid = 'bench-oid-admin';
  const out: BenchCounty = { countyId, adminOpenid, schools: [], teachers: [], pending: new Map(), counts: { schools: 0, people: 0, bindings: 0, roles: 0, records: 0 } };
  const person = (id: string, schoolId: string | null, name: string, openid: string) => ({
    _id: id, countyId, schoolId, name, statuses: [], bindingCodeHash: null, bindingCodeSalt: null, bindingCodeExpiresAt: null,
    boundOpenid: openid, active: true, version: 1, createdAt: T0, updatedAt: T0,
  });
  await store.transaction(async (tx) => {
    await tx.set(collections.counties, countyDocSchema.parse({ _id: countyId, name: '基准县', region: '吉林省', createdAt: T0 }) as StoredDoc);
    await tx.set(collections.people, personDocSchema.parse(person('bench-admin', null, '县管理员', adminOpenid)) as StoredDoc);
    await tx.set(collections.bindings, bindingDocSchema.parse({ _id: adminOpenid, openid: adminOpenid, personId: 'bench-admin', boundAt: T0 }) as StoredDoc);
    await tx.set(collections.roles, roleAssignmentDocSchema.parse({ _id: roleAssignmentId('bench-admin', 'county-admin', countyId), personId: 'bench-admin', role: 'county-admin', countyId, schoolId: null, grantedBy: 'bench', grantedAt: T0 }) as StoredDoc);
  });

  const schools: StoredDoc[] = [], people: StoredDoc[] = [], bindings: StoredDoc[] = [], roles: StoredDoc[] = [];
  for (let s = 0; s < scale.schools; s += 1) {
    const schoolId = `bench-s${String(s).padStart(3, '0')}`;
    schools.push({ _id: schoolId, countyId, name: `基准县第${s + 1}学校`, createdAt: T0 });
    for (let t = 0; t < scale.teachersPerSchool; t += 1) {
      const id = `${schoolId}-t${String(t).padStart(4, '0')}`;
      const openid = `bench-oid-${id}`;
      people.push(person(id, schoolId, `教师${s}-${t}`, openid));
      bindings.push({ _id: openid, openid, personId: id, boundAt: T0 });
      const grant = (role: 'teacher' | 'principal') => roles.push({ _id: roleAssignmentId(id, role, schoolId), personId: id, role, countyId, schoolId, grantedBy: 'bench', grantedAt: T0 });
      grant('teacher');
      out.teachers.push({ id, openid, schoolId });
      if (t === 0) {
        grant('principal');
        out.schools.push({ id: schoolId, principalOpenid: openid });
      }
    }
  }
  out.counts.schools = await bulk(store, collections.schools, schools, (d) => schoolDocSchema.parse(d));
  out.counts.people = await bulk(store, collections.people, people, (d) => personDocSchema.parse(d));
  out.counts.bindings = await bulk(store, collections.bindings, bindings, (d) => bindingDocSchema.parse(d));
  out.counts.roles = await bulk(store, collections.roles, roles, (d) => roleAssignmentDocSchema.parse(d));

  const principalOf = new Map(out.schools.map((s) => [s.id, `${s.id}-t0000`]));
  function* records(): Generator<StoredDoc> {
    for (const t of out.teachers) {
      for (let r = 0; r < scale.recordsPerTeacher; r += 1) {
        const kind = kinds[Math.floor(rand() * kinds.length)] ?? kinds[0];
        const start = dayjs('2026-04-01').add(Math.floor(rand() * 230), 'day');
        const end = start.add(Math.floor(rand() * 3), 'day');
        const status = statusFor(r);
        const at = end.add(2, 'day').toISOString();
        const input: RecordInput = {
          title: `${kind.topic}专题培训（第${r + 1}期）`, organizer: '基准县教师进修学校', hours: (2 + Math.floor(rand() * 22)) / 2,
          startDate: start.format('YYYY-MM-DD'), endDate: end.format('YYYY-MM-DD'), form: kind.form, level: kind.level,
          location: '县内', content: kind.content, tags: [...kind.tags], topic: kind.topic, role: '学员', passed: true, hasCertificate: true,
        };
        const reviewed = status === 'approved' || status === 'returned';
        const doc: RecordDoc = {
          _id: `${t.id}-r${String(r).padStart(3, '0')}`, teacherId: t.id, schoolId: t.schoolId, countyId, year: 2026, status, version: reviewed ? 2 : 1,
          requestId: `bench-${t.id}-${r}`, input, certificateKey: null, retake: false, corrects: null, supersededBy: null, certificates: [],
          returnReason: status === 'returned' ? '证书照片不清晰' : null, returnFields: [], reviewNote: null,
          reviewedBy: reviewed ? principalOf.get(t.schoolId) ?? null : null, reviewedAt: reviewed ? at : null,
          submittedAt: at, updatedAt: at, history: [{ at, by: t.id, action: 'submit', from: null, to: 'submitted' }],
        };
        // A principal's own records wait for the county admin: leave them out of the school queues.
        if (status === 'submitted' && principalOf.get(t.schoolId) !== t.id) {
          const queue = out.pending.get(t.schoolId) ?? [];
          queue.push({ recordId: doc._id, version: 1 });
          out.pending.set(t.schoolId, queue);
        }
        yield doc as unknown as StoredDoc;
      }
    }
  }
  out.counts.records = await bulk(store, collections.records, records(), (d) => recordDocSchema.parse(d), 10_000);
  return out;
}
