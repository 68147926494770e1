import { type Principal } from '@gov/auth';
import { atLocalTime, type LocalDate, localDateOf } from '@gov/calendar';
import { itemContracts } from '@gov/contracts';
import { residentIdCheckCharacter } from '@gov/identifiers';
import { NatsRequester } from '@gov/nats';
import { MikroORM } from '@mikro-orm/postgresql';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { authorOf, CaseMoves } from '../cases/case-moves';
import { CentreCalendars } from '../cases/centre-calendars';
import { Clock } from '../cases/clock';
import { SubmitCaseUseCase } from '../cases/submit-case/submit-case.use-case';
import { DEMO_CASES, DEMO_DIVISION, type DemoCase, workingDaysBefore } from './demo-cases';

/** The subjects of the realm's `sc-clerk` and `sc-approver` (CASES_DEMO_SEED), or null: no demo. */
export interface DemoSeedStaff {
  readonly clerkSubject: string;
  readonly approverSubject: string;
}
export const DEMO_SEED_STAFF = Symbol('DEMO_SEED_STAFF');

/** CASES_DEMO_SEED read: `<clerk subject>,<approver subject>`, or null when empty. */
export function demoSeedStaffOf(setting: string): DemoSeedStaff | null {
  if (setting.trim() === '') return null;
  const [clerkSubject, approverSubject, ...rest] = setting.split(',').map((part) => part.trim());
  if (!clerkSubject || !approverSubject || rest.length > 0) {
    throw new Error('CASES_DEMO_SEED must be "<clerk subject>,<approver subject>"');
  }
  return { clerkSubject, approverSubject };
}

/** Every material of a demonstration case points here; it also tells that the seed has run. */
const DEMO_DOCUMENT = 'demo-seed';
const CATALOG_WAIT_MS = 2_000;
const CATALOG_ATTEMPTS = 60;

/**
 * Seeds the demonstration cases of `npm start` (development only, when CASES_DEMO_SEED names the
 * realm's demo clerk and approver): applications received and accepted days ago, moved by the
 * same transitions as any case, at the instants they would have happened. Runs once per
 * database, in the background once the catalog answers; the deadline watch then warns of them.
 */
@Injectable()
export class DemoCaseSeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DemoCaseSeed');
  private stopped = false;
  private running: Promise<void> = Promise.resolve();

  constructor(
    @Inject(DEMO_SEED_STAFF) private readonly staff: DemoSeedStaff | null,
    private readonly orm: MikroORM,
    private readonly bus: NatsRequester,
    private readonly calendars: CentreCalendars,
    private readonly submitting: SubmitCaseUseCase,
    private readonly moves: CaseMoves,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (this.staff === null) return;
    const staff = this.staff;
    this.running = this.seedOnceCatalogAnswers(staff).catch((error: unknown) =>
      this.logger.error(`Demonstration cases not seeded: ${String(error)}`),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async seedOnceCatalogAnswers(staff: DemoSeedStaff): Promise<void> {
    if (await this.seeded()) return;
    for (let attempt = 1; !this.stopped; attempt += 1) {
      try {
        await this.bus.request(itemContracts.getGuide, { code: DEMO_CASES[0]!.itemCode });
        break;
      } catch (error) {
        if (attempt >= CATALOG_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, CATALOG_WAIT_MS));
      }
    }
    if (this.stopped) return;
    const calendar = await this.calendars.of(DEMO_DIVISION);
    const today = localDateOf(this.clock.now());
    const dayAgo = (days: number) =>
      workingDaysBefore(today, days, (date) => calendar.isWorkingDay(date));
    for (const [index, demo] of DEMO_CASES.entries()) {
      await this.seedCase(demo, index, staff, dayAgo);
    }
    this.logger.log(`Seeded ${DEMO_CASES.length} demonstration cases in ${DEMO_DIVISION}`);
  }

  private async seeded(): Promise<boolean> {
    const [row] = await this.orm.em
      .fork()
      .execute<{ seeded: boolean }[]>(
        `select exists (select 1 from cases."case" where materials @> ?::jsonb) as seeded`,
        [JSON.stringify([{ documentRef: DEMO_DOCUMENT }])],
      );
    return row?.seeded === true;
  }

  private async seedCase(
    demo: DemoCase,
    index: number,
    staff: DemoSeedStaff,
    dayAgo: (days: number) => LocalDate,
  ): Promise<void> {
    const clerk = demoPrincipal('sc-clerk', staff.clerkSubject, 'clerk', null);
    const approver = demoPrincipal(
      'sc-approver',
      staff.approverSubject,
      'approver',
      '11330102002528004D',
    );
    const guide = await this.bus.request(itemContracts.getGuide, { code: demo.itemCode });
    const acceptedOn = dayAgo(demo.acceptedDaysAgo);
    const submitted = await this.submitting.execute(
      {
        itemCode: demo.itemCode,
        division: DEMO_DIVISION,
        applicant: {
          kind: 'person',
          name: demo.applicant,
          residentId: demoResidentId(index),
          phone: '13800000000',
        },
        materials: guide.version.guide.materials
          .filter((material) => material.required)
          .map((material) => ({ key: material.key, documentRef: DEMO_DOCUMENT })),
      },
      clerk,
      atLocalTime(acceptedOn, '09:30'),
    );
    const id = submitted.case.id;
    const calendar = await this.calendars.of(DEMO_DIVISION);
    const move = (command: Parameters<CaseMoves['move']>[1], by: Principal, at: Date) =>
      this.moves.move(id, command, authorOf(by), calendar, at);
    await move({ action: 'accept' }, clerk, atLocalTime(acceptedOn, '10:00'));
    const { course } = demo;
    if (course.kind === 'suspended') {
      await move(
        { action: 'suspend', kind: course.reason, reason: '组织专家评审' },
        approver,
        atLocalTime(dayAgo(course.suspendedDaysAgo), '11:00'),
      );
    }
    if (course.kind === 'concluded') {
      const concludedOn = dayAgo(course.concludedDaysAgo);
      await move(
        { action: 'decide', outcome: 'approved' },
        approver,
        atLocalTime(concludedOn, '15:00'),
      );
      await move({ action: 'conclude' }, clerk, atLocalTime(concludedOn, '16:00'));
    }
  }
}

function demoPrincipal(
  username: string,
  subject: string,
  role: 'clerk' | 'approver',
  department: string | null,
): Principal {
  return {
    subject,
    username,
    clientId: 'demo-seed',
    roles: [role],
    division: DEMO_DIVISION,
    department,
    residentId: null,
  };
}

/** A valid resident ID of 上城区, one per demonstration case. */
function demoResidentId(index: number): string {
  const first17 = `33010219800101${String(100 + index).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}
