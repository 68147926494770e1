export {
  actorKindOf,
  CASE_ACTOR_KINDS,
  CASE_ACTOR_ROLES,
  DEEMED_ACCEPTANCE_ACTOR,
  isStaff,
  type CaseActor,
  type CaseActorKind,
  type CaseActorRole,
} from './case-actor';
export {
  CASE_STATUS_LABELS,
  CASE_STATUSES,
  FINAL_CASE_STATUSES,
  PENDING_DECISION_STATUSES,
  type CaseStatus,
} from './case-status';
export {
  availableActions,
  CASE_ACTION_LABELS,
  CASE_ACTIONS,
  CASE_TRANSITIONS,
  type CaseAction,
  type CaseTransitionRule,
  type RecordedCaseAction,
} from './case-transitions';
export {
  CASE_ERROR_CODES,
  CASE_ERRORS,
  CaseDomainError,
  type CaseErrorCode,
} from './case-domain.error';
export {
  DELIVERY_METHODS,
  SUSPENSION_KIND_LABELS,
  SUSPENSION_KINDS,
  type Acceptance,
  type CaseLimits,
  type CasePlan,
  type CaseWindow,
  type CaseState,
  type CaseTransition,
  type CaseTransitionResult,
  type CorrectionItem,
  type CorrectionNotice,
  type Decision,
  type DecisionOutcome,
  type DeliveryMethod,
  type Extension,
  type Suspension,
  type SuspensionKind,
} from './case-state';
export type { CaseCommand, CaseContext } from './case-command';
export { checkLimits, submitCase, type SubmitCaseInput } from './submit-case';
export { transition } from './transition';
export {
  concludeOnTheSpot,
  onTheSpotCommands,
  type OnTheSpotDecision,
  type OnTheSpotResult,
} from './on-the-spot';
export { checkCorrectionNotice } from './correction-notice';
export {
  ACCEPTANCE_PERIOD_WORKING_DAYS,
  acceptancePeriod,
  deemedAcceptanceOf,
  type AcceptancePeriod,
  type DeemedAcceptance,
} from './acceptance-period';
export {
  legalClock,
  uncountedDays,
  type DeadlineStatus,
  type LegalClock,
  type LegalClockInput,
  type NotStartedLegalClock,
  type StartedLegalClock,
  type SuspensionPeriod,
} from './legal-clock';
export { legalClockInputOf, legalClockOf } from './case-clock';
export {
  CASE_NUMBER_MAX_SEQUENCE,
  formatCaseNumber,
  isCaseNumber,
  parseCaseNumber,
  tryParseCaseNumber,
  type CaseNumberParts,
} from './case-number';
export {
  constantTimeEqual,
  generateQueryCode,
  normalizeQueryCode,
  QUERY_CODE_ALPHABET,
  QUERY_CODE_LENGTH,
  queryCodeMatches,
  type RandomBytes,
} from './query-code';
export {
  formatNoticeNumber,
  NOTICE_KIND_DOCUMENTS,
  NOTICE_KINDS,
  parseNoticeNumber,
  type NoticeKind,
  type NoticeNumberParts,
} from './notice-number';
export {
  chineseDate,
  noticeText,
  noticeTitle,
  renderNoticeHtml,
  type NoticeContent,
  type NoticeDocument,
} from './notice-document';
export * from './fees';
export * from './joint-approval';
export { afterAcceptance, type CaseWorkCommand } from './case-work-rules';
export * from './verification';
