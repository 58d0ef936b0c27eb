import { registersEvent } from '../../../shared/schemas/api/registers';
import { resolveCaller } from '../auth/resolve-caller';
import { exportCountyTable } from '../use-cases/registers/export-county';
import { exportMyArchive } from '../use-cases/registers/export-my-archive';
import { exportSchoolRegister } from '../use-cases/registers/export-school';
import { exportSignInSheet } from '../use-cases/registers/export-sign-in-sheet';
import { listAudit } from '../use-cases/registers/list-audit';
import { listExports } from '../use-cases/registers/list-exports';
import { listRegisterSchools } from '../use-cases/registers/list-schools';
import { defineFunction } from './define-function';

/** registers: schools, card, school-table, county-table, my-archive, sign-in-sheet, exports (log), audit. */
export const registersFunction = defineFunction('registers', registersEvent, {
  schools: async (_e, deps) => listRegisterSchools(deps, await resolveCaller(deps)),
  card: async (e, deps) => exportSchoolRegister(deps, await resolveCaller(deps), 'card', e),
  'school-table': async (e, deps) => exportSchoolRegister(deps, await resolveCaller(deps), 'school-table', e),
  'county-table': async (e, deps) => exportCountyTable(deps, await resolveCaller(deps), e),
  'my-archive': async (e, deps) => exportMyArchive(deps, await resolveCaller(deps), e),
  'sign-in-sheet': async (e, deps) => exportSignInSheet(deps, await resolveCaller(deps), e),
  exports: async (e, deps) => listExports(deps, await resolveCaller(deps), e),
  audit: async (e, deps) => listAudit(deps, await resolveCaller(deps), e),
});
