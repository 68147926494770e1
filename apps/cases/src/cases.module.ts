import { AuditTrail } from '@gov/audit';
import { eventStreamOptions, EventsModule } from '@gov/events';
import { GuidePages, healthController, NatsRequesterModule } from '@gov/nats';
import { mikroOrmOptions, persistenceProviders } from '@gov/persistence';
import { PersonalDataVault } from '@gov/personal-data';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { type DynamicModule, Module } from '@nestjs/common';
import { ActOnCaseUseCase } from './cases/act-on-case/act-on-case.use-case';
import { CaseRecord } from './cases/case.entity';
import { NoticeRecord } from './cases/notices/notice.entity';
import { CaseMoves } from './cases/case-moves';
import { StaffDirectory } from './cases/handover/staff-directory';
import { CaseParties } from './cases/parties/case-parties';
import { CentreCalendars } from './cases/centre-calendars';
import { calendarChangesConsumer } from './cases/deadlines/calendar-changes.consumer';
import { CASE_SCHEDULE_INTERVALS, CaseSchedules } from './cases/case-schedules';
import { AuditAnchoring } from './cases/audit/audit-anchoring';
import { CaseAuditTrailUseCase } from './cases/audit/case-audit-trail.use-case';
import { FeeReconciliationUseCase } from './cases/fees/fee-reconciliation.use-case';
import {
  VERIFICATION_TIMEOUT_MS,
  VerifyWithDepartmentUseCase,
} from './cases/verification/verify-with-department.use-case';
import { ListCasesUseCase } from './cases/list-cases/list-cases.use-case';
import { RevealApplicantUseCase } from './cases/personal-data/reveal-applicant.use-case';
import { Clock } from './cases/clock';
import { DeadlineRefreshSweep } from './cases/deadlines/deadline-refresh.sweep';
import { DeemedAcceptanceSweep } from './cases/deadlines/deemed-acceptance.sweep';
import { CasesHandlers } from './cases/cases.handlers';
import { CaseWorkHandlers } from './cases/case-work.handlers';
import { ReadCaseUseCase } from './cases/read-case/read-case.use-case';
import { SubmitCaseUseCase } from './cases/submit-case/submit-case.use-case';
import { CaseNumbers } from './cases/submit-case/case-numbers';
import { type CasesConfig } from './cases.config';
import { casesMigrations } from './migrations/cases-migrations';
import { STATISTICS_MAX_PERIOD_DAYS } from './supervision/efficiency/efficiency.config';
import { EfficiencyReportHandler } from './supervision/efficiency/efficiency-report.handler';
import { EfficiencyReportUseCase } from './supervision/efficiency/efficiency-report.use-case';
import { EfficiencyRollup } from './supervision/efficiency/efficiency-rollup';
import { DEMO_SEED_STAFF, DemoCaseSeed, demoSeedStaffOf } from './seed/demo-case-seed';
import { SupervisionOverviewHandler } from './supervision/overview/supervision-overview.handler';
import { WARNINGS_HANDLERS, warningsProviders } from './supervision/warnings/warnings.providers';
import { SupervisionOverviewUseCase } from './supervision/overview/supervision-overview.use-case';
import { RATINGS_HANDLERS, ratingsProviders } from './supervision/ratings/ratings.providers';

@Module({})
export class CasesModule {
  static register(config: CasesConfig): DynamicModule {
    return {
      module: CasesModule,
      imports: [
        MikroOrmModule.forRoot({
          ...mikroOrmOptions({
            databaseUrl: config.databaseUrl,
            schema: 'cases',
            entities: [CaseRecord, NoticeRecord],
            migrations: casesMigrations,
          }),
          // No JIT on the service's connections: every query here is index ranges over at most
          // a year of cases, answered in milliseconds to a second, and compiling never pays off.
          // Over 1,000,000 cases (npm run bench) a province's report for a year passes
          // jit_above_cost and spent ~90 ms compiling, and ran no faster for it.
          driverOptions: { connection: { options: '-c jit=off' } },
        }),
        EventsModule.forService({
          context: 'cases',
          databaseUrl: config.databaseUrl,
          natsUrl: config.natsUrl,
          stream: eventStreamOptions(config),
          relay: {
            pollIntervalMs: config.outboxPollIntervalMs,
            retentionMs: config.outboxRetentionMs,
          },
          consumers: [calendarChangesConsumer],
        }),
        // Its own connection for asking the catalog (items, calendars).
        NatsRequesterModule.register({
          natsUrl: config.natsUrl,
          requestTimeoutMs: config.natsRequestTimeoutMs,
          name: 'cases-requests',
        }),
      ],
      controllers: [
        CasesHandlers,
        CaseWorkHandlers,
        SupervisionOverviewHandler,
        EfficiencyReportHandler,
        ...RATINGS_HANDLERS,
        ...WARNINGS_HANDLERS,
        healthController('cases'),
      ],
      providers: [
        ...persistenceProviders('cases'),
        { provide: PersonalDataVault, useValue: PersonalDataVault.fromConfig(config) },
        {
          provide: AuditTrail,
          useValue: new AuditTrail({ schema: 'cases', anchorKey: config.auditAnchorKey }),
        },
        Clock,
        SupervisionOverviewUseCase,
        DemoCaseSeed,
        { provide: DEMO_SEED_STAFF, useValue: demoSeedStaffOf(config.demoSeed) },
        GuidePages,
        SubmitCaseUseCase,
        CaseNumbers,
        ReadCaseUseCase,
        ActOnCaseUseCase,
        CaseMoves,
        CentreCalendars,
        DeemedAcceptanceSweep,
        DeadlineRefreshSweep,
        CaseSchedules,
        AuditAnchoring,
        RevealApplicantUseCase,
        CaseAuditTrailUseCase,
        ListCasesUseCase,
        FeeReconciliationUseCase,
        VerifyWithDepartmentUseCase,
        StaffDirectory,
        CaseParties,
        { provide: VERIFICATION_TIMEOUT_MS, useValue: config.verificationTimeoutMs },
        EfficiencyReportUseCase,
        EfficiencyRollup,
        ...ratingsProviders(config),
        ...warningsProviders,
        { provide: STATISTICS_MAX_PERIOD_DAYS, useValue: config.statisticsMaxPeriodDays },
        {
          provide: CASE_SCHEDULE_INTERVALS,
          useValue: {
            sweepMs: config.caseSweepIntervalMs,
            anchorMs: config.auditAnchorIntervalMs,
            rollupMs: config.statisticsRollupIntervalMs,
          },
        },
      ],
    };
  }
}
