import { z } from 'zod';
import type { DocumentStore, StoredDoc } from '../_core/ports/document-store';
import { collections } from '../../shared/schemas/domain/collections';
import type { CountyDoc } from '../../shared/schemas/domain/county';
import type { PersonDoc } from '../../shared/schemas/domain/person';
import type { RoleAssignmentDoc } from '../../shared/schemas/domain/role-assignment';
import type { SchoolDoc } from '../../shared/schemas/domain/school';
import { roles as roleNames } from '../../shared/schemas/domain/common';
import type { DemoPersonView } from '../../shared/schemas/api/local';

/**
 * Who the demo picker offers. The seed writes one entry per demo person with
 * the stand-in openid that person is bound to; the picker signs in as that
 * openid, so what happens next is exactly what a bound WeChat user gets.
 */
export const demoPeopleCollection = 'local_demo_people';

export const demoEntrySchema = z.object({
  _id: z.string().min(1),
  /** Stand-in openid the person is bound to (what a session for them resolves to). */
  openid: z.string().min(1),
  /** Picker order: county admin, principals, officers, then teachers. */
  order: z.number().int(),
  /** Short words shown under the name, e.g. 「进度落后」. */
  note: z.string().max(40).optional(),
});
export type DemoEntry = z.infer<typeof demoEntrySchema>;

const byId = <T extends StoredDoc>(docs: T[]) => new Map(docs.map((d) => [d._id, d]));

/** The demo people still bound to their stand-in openid, in picker order. */
export async function listDemoPeople(store: DocumentStore): Promise<DemoPersonView[]> {
  const entries = (await store.find<DemoEntry & StoredDoc>(demoPeopleCollection, {}, { orderBy: [{ field: 'order', direction: 'asc' }] }));
  if (entries.length === 0) return [];
  const ids = entries.map((e) => e._id);
  const [people, roles, schools, counties] = await Promise.all([
    store.find<PersonDoc>(collections.people, { _id: { in: ids } }),
    store.find<RoleAssignmentDoc>(collections.roles, { personId: { in: ids } }),
    store.find<SchoolDoc>(collections.schools, {}),
    store.find<CountyDoc>(collections.counties, {}),
  ]);
  const peopleById = byId(people);
  const schoolById = byId(schools);
  const countyById = byId(counties);
  const out: DemoPersonView[] = [];
  for (const entry of entries) {
    const person = peopleById.get(entry._id);
    if (!person || !person.active || person.boundOpenid !== entry.openid) continue;
    const held = [...new Set(roles.filter((r) => r.personId === person._id).map((r) => r.role))];
    out.push({
      personId: person._id,
      name: person.name,
      roles: roleNames.filter((r) => held.includes(r)),
      schoolName: person.schoolId ? schoolById.get(person.schoolId)?.name ?? null : null,
      countyName: countyById.get(person.countyId)?.name ?? '',
      ...(entry.note ? { note: entry.note } : {}),
    });
  }
  return out;
}

/** The stand-in openid of a demo person, or null when not (or no longer) offered. */
export async function demoOpenid(store: DocumentStore, personId: string): Promise<string | null> {
  const entry = await store.get<DemoEntry & StoredDoc>(demoPeopleCollection, personId);
  if (!entry) return null;
  const person = await store.get<PersonDoc>(collections.people, personId);
  return person?.active && person.boundOpenid === entry.openid ? entry.openid : null;
}
