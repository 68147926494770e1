import type { LocalDate } from '@gov/calendar';
import type { CaseActor } from './case-actor';
import type { CaseStatus } from './case-status';
import type { RecordedCaseAction } from './case-transitions';
import type { DecisionOutcome } from './decision-outcome';
import type { CaseFee, FeeStandard } from './fees';
import type { ApprovalTask, JointDepartments } from './joint-approval';
import type { CaseVerification } from './verification';

/** The time limits of the item version the case was submitted under, in working days. */
export interface CaseLimits {
  /** 法定时限: from the item's legal basis (行政许可法 Art. 42: 20, joint handling 45, by default). */
  readonly statutory: number;
  /** 承诺时限: what the centre promises and is judged on; 0 for an on-the-spot item (即办件). */
  readonly promised: number;
}

/** One line of a correction notice (补正告知书): a material and what is wrong with it. */
export interface CorrectionItem {
  /** The material as the item's guide names it (its code or name: the service decides which). */
  readonly material: string;
  /** What is missing or defective, in words the applicant can act on. */
  readonly problem: string;
}

/** A correction notice given to the applicant (一次性告知). */
export interface CorrectionNotice {
  readonly items: readonly CorrectionItem[];
  readonly at: Date;
}

/** How the case was accepted. */
export interface Acceptance {
  /** The day the clock counts from (itself not counted). */
  readonly acceptedOn: LocalDate;
  readonly at: Date;
  /** True when the acceptance period had run out: accepted by law on the day of receipt. */
  readonly deemed: boolean;
}

/** Why the clock stopped (行政许可法 Art. 45, and a request for supplementary material). */
export const SUSPENSION_KINDS = [
  'hearing',
  'tendering-auction',
  'inspection-testing-quarantine',
  'appraisal',
  'expert-review',
  'supplementary-material',
  'other',
] as const;

/** A kind of suspension (中止 / 特别程序). */
export type SuspensionKind = (typeof SUSPENSION_KINDS)[number];

/** The Chinese name of each kind, for notices. */
export const SUSPENSION_KIND_LABELS: Readonly<Record<SuspensionKind, string>> = {
  hearing: '听证',
  'tendering-auction': '招标、拍卖',
  'inspection-testing-quarantine': '检验、检测、检疫',
  appraisal: '鉴定',
  'expert-review': '专家评审',
  'supplementary-material': '补充材料',
  other: '其他特别程序',
};

/** One stop of the clock; open while `resumedAt` is absent. */
export interface Suspension {
  readonly kind: SuspensionKind;
  readonly reason: string;
  readonly suspendedAt: Date;
  readonly suspendedOn: LocalDate;
  readonly resumedAt?: Date;
  readonly resumedOn?: LocalDate;
}

/** The one extension of the statutory limit (延期, Art. 42). */
export interface Extension {
  readonly days: number;
  readonly reason: string;
  /** The approver (the head of the organ, 本机关负责人): the actor who recorded it. */
  readonly approvedBy: CaseActor;
  readonly at: Date;
}

export type { DecisionOutcome } from './decision-outcome';

/** The decision on the application (行政许可决定). */
export interface Decision {
  readonly outcome: DecisionOutcome;
  /** Required for a denial (Art. 38: reasons and the applicant's remedies). */
  readonly reason?: string;
  readonly at: Date;
}

/** How the result reaches the applicant (送达). */
export const DELIVERY_METHODS = ['window', 'post', 'electronic', 'agent-point'] as const;
/** A way of delivering the result: at the window, by post, electronically, or through the agent point. */
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** A window of a service centre (from the centre directory). */
export interface CaseWindow {
  readonly id: string;
  readonly number: string;
  readonly name: string;
}

/** What the item version says of handling the case: its departments and its fee standard. */
export interface CasePlan {
  readonly departments: JointDepartments;
  readonly fee: FeeStandard;
}

/**
 * What this library knows of a case: its lifecycle and clock facts. Plain, immutable data the
 * service persists and reloads; identity, applicant, item and materials live beside it.
 */
export interface CaseState {
  readonly status: CaseStatus;
  /** Transitions so far, the submission being 1: the aggregate sequence of the case's events. */
  readonly sequence: number;
  readonly updatedAt: Date;
  /** The first submission. */
  readonly receivedAt: Date;
  /** The latest (re)submission: the acceptance period runs from it. */
  readonly lastReceivedAt: Date;
  readonly limits: CaseLimits;
  /** Correction notices, first one first; the first sets the materials any later one may name. */
  readonly corrections: readonly CorrectionNotice[];
  readonly acceptance?: Acceptance;
  readonly rejection?: { readonly reason: string; readonly at: Date };
  readonly suspensions: readonly Suspension[];
  readonly extension?: Extension;
  readonly decision?: Decision;
  readonly concludedAt?: Date;
  readonly delivery?: { readonly method: DeliveryMethod; readonly at: Date };
  readonly withdrawal?: { readonly reason?: string; readonly at: Date };
  /** The item's departments and fee standard, from the version the case was submitted under. */
  readonly plan?: CasePlan;
  /** One task per department of a joint item (并联审批), opened at acceptance. */
  readonly tasks?: readonly ApprovalTask[];
  /** The fee assessed at acceptance and what was paid and refunded (一个窗口收费). */
  readonly fee?: CaseFee;
  /** The window the case was handed over to (转办), when it went to a window rather than a person. */
  readonly window?: CaseWindow;
  /** Online verifications asked of department systems (联网核查) and their answers. */
  readonly verifications?: readonly CaseVerification[];
  /** 首问负责: the first member of staff who handled the case; never changes. */
  readonly firstResponder?: CaseActor;
  /** Who answers for the case now: the first responder until a handover. */
  readonly responsible?: CaseActor;
}

/** One recorded step of the lifecycle, for the timeline, the audit trail and the event. */
export interface CaseTransition {
  /** Null for the submission that created the case. */
  readonly from: CaseStatus | null;
  readonly to: CaseStatus;
  readonly action: RecordedCaseAction;
  readonly actor: CaseActor;
  readonly at: Date;
  readonly reason?: string;
  /** The case's `sequence` after this transition. */
  readonly sequence: number;
}

/** A new state and the transition that led to it. */
export interface CaseTransitionResult {
  readonly state: CaseState;
  readonly transition: CaseTransition;
}
