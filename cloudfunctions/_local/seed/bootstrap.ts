import { collections } from '../../../shared/schemas/domain/collections';
import { bindingDocSchema } from '../../../shared/schemas/domain/binding';
import { countyDocSchema } from '../../../shared/schemas/domain/county';
import { personDocSchema } from '../../../shared/schemas/domain/person';
import { roleAssignmentDocSchema, roleAssignmentId } from '../../../shared/schemas/domain/role-assignment';
import { schoolDocSchema } from '../../../shared/schemas/domain/school';
import { demoAdmin, demoCounty, demoSchools } from './cast';
import type { SeedContext } from './seed-context';

/**
 * What no action can create: the county, its schools and the first county
 * admin (someone must hold the role before roster.import can run). Written in
 * one transaction, each document checked against its stored-document schema —
 * the same way a deployment would be bootstrapped from the CloudBase console.
 */
export async function bootstrapCounty(ctx: SeedContext, adminOpenid: string): Promise<void> {
  const now = ctx.now();
  const docs: [string, { _id: string }][] = [
    [collections.counties, countyDocSchema.parse({ ...demoCounty, createdAt: now })],
    ...demoSchools.map((s): [string, { _id: string }] => [collections.schools, schoolDocSchema.parse({ ...s, countyId: demoCounty._id, createdAt: now })]),
    [collections.people, personDocSchema.parse({
      ...demoAdmin, countyId: demoCounty._id, schoolId: null, statuses: [], bindingCodeHash: null, bindingCodeSalt: null, bindingCodeExpiresAt: null,
      boundOpenid: adminOpenid, active: true, version: 1, createdAt: now, updatedAt: now,
    })],
    [collections.roles, roleAssignmentDocSchema.parse({
      _id: roleAssignmentId(demoAdmin._id, 'county-admin', demoCounty._id), personId: demoAdmin._id, role: 'county-admin',
      countyId: demoCounty._id, schoolId: null, grantedBy: 'bootstrap', grantedAt: now,
    })],
    [collections.bindings, bindingDocSchema.parse({ _id: adminOpenid, openid: adminOpenid, personId: demoAdmin._id, boundAt: now })],
  ];
  await ctx.store.transaction(async (tx) => {
    for (const [collection, doc] of docs) await tx.set(collection, doc);
  });
}
