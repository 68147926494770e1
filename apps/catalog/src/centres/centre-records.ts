import { type Centre as CentreReply, GovError } from '@gov/contracts';
import { type Principal, Scope } from '@gov/auth';
import { parseDivisionCode } from '@gov/division';
import { LockMode } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { Department } from '../departments/department.entity';
import { CentreWindow } from './centre-window.entity';
import { Centre } from './centre.entity';

/**
 * A centre the caller may manage, locked for the rest of the transaction so that changes to its
 * resident departments and to its windows happen one after another. A centre outside the caller's
 * subtree is answered as unknown: existence does not leak.
 */
export async function lockCentreInScope(
  em: EntityManager,
  id: string,
  caller: Principal,
): Promise<Centre> {
  const centre = await em.findOne(Centre, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!centre || !Scope.of(caller).includes(centre.division)) {
    throw new GovError('CATALOG.CENTRE_NOT_FOUND', undefined, { id });
  }
  return centre;
}

/** The current names of the centres' resident departments, by credit code. */
export async function residentNames(
  em: EntityManager,
  centres: readonly Centre[],
): Promise<Map<string, string>> {
  const codes = [...new Set(centres.flatMap((centre) => centre.residentDepartments))];
  if (codes.length === 0) return new Map();
  const departments = await em.find(Department, { creditCode: { $in: codes } });
  return new Map(departments.map((department) => [department.creditCode, department.name]));
}

export async function centreReply(em: EntityManager, centre: Centre): Promise<CentreReply> {
  return centre.toReply(await residentNames(em, [centre]));
}

/**
 * Refuses departments that are not registered (422 RESIDENT_DEPARTMENT_UNKNOWN) or that belong
 * neither to the centre's division nor to one above it (422 RESIDENT_DEPARTMENT_OUT_OF_LINE): a
 * county centre hosts the county's departments and those of the city or province stationed there.
 */
export async function assertMayReside(
  em: EntityManager,
  centreDivision: string,
  creditCodes: readonly string[],
): Promise<void> {
  if (creditCodes.length === 0) return;
  const departments = await em.find(Department, { creditCode: { $in: [...creditCodes] } });
  const known = new Set(departments.map((department) => department.creditCode));
  const unknown = creditCodes.filter((code) => !known.has(code));
  if (unknown.length > 0) {
    throw new GovError('CATALOG.RESIDENT_DEPARTMENT_UNKNOWN', undefined, {
      creditCodes: unknown,
    });
  }
  const centre = parseDivisionCode(centreDivision);
  const outOfLine = departments.filter(
    (department) => !parseDivisionCode(department.division).contains(centre),
  );
  if (outOfLine.length > 0) {
    throw new GovError('CATALOG.RESIDENT_DEPARTMENT_OUT_OF_LINE', undefined, {
      division: centreDivision,
      departments: outOfLine.map(({ creditCode, division }) => ({ creditCode, division })),
    });
  }
}

/** Refuses (422 WINDOW_DEPARTMENT_NOT_RESIDENT) a window accepting a department not resident here. */
export function assertResidentsOnly(centre: Centre, departments: readonly string[]): void {
  const notResident = departments.filter((code) => !centre.hasResident(code));
  if (notResident.length > 0) {
    throw new GovError('CATALOG.WINDOW_DEPARTMENT_NOT_RESIDENT', undefined, {
      centreId: centre.id,
      creditCodes: notResident,
    });
  }
}

/** Refuses (409 WINDOW_NUMBER_TAKEN) a number another window of the centre already has. */
export async function assertNumberFree(
  em: EntityManager,
  centre: Centre,
  number: string,
): Promise<void> {
  if (await em.findOne(CentreWindow, { centreId: centre.id, number })) {
    throw windowNumberTaken(centre, number);
  }
}

export function windowNumberTaken(centre: Centre, number: string): GovError {
  return new GovError('CATALOG.WINDOW_NUMBER_TAKEN', undefined, { centreId: centre.id, number });
}
