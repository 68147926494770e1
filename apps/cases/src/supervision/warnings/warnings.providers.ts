import { type Provider } from '@nestjs/common';
import { AcknowledgeWarningUseCase } from './acknowledge-warning.use-case';
import { DeadlineWatch } from './deadline-watch';
import { ListWarningsUseCase } from './list-warnings.use-case';
import { WarningThresholdSettingsUseCase } from './warning-threshold-settings.use-case';
import { WarningThresholds } from './warning-thresholds';
import { WarningsHandlers } from './warnings.handlers';

/** The deadline watch's bus handlers, for the cases module. */
export const WARNINGS_HANDLERS = [WarningsHandlers];

/** The deadline watch's providers: the cached thresholds, the watcher, the supervisors' use cases. */
export const warningsProviders: Provider[] = [
  WarningThresholds,
  DeadlineWatch,
  ListWarningsUseCase,
  AcknowledgeWarningUseCase,
  WarningThresholdSettingsUseCase,
];
