import type { WorkingCalendar } from '@gov/calendar';
import type { CaseActor } from './case-actor';
import type {
  CaseWindow,
  CorrectionItem,
  DecisionOutcome,
  DeliveryMethod,
  SuspensionKind,
} from './case-state';
import type { Payment, Refund } from './fees';
import type { VerificationAnswer } from './verification';
import type { VerificationKind } from '@gov/contracts';

/** What `transition` is asked to do; `action` names the row of the transition table. */
export type CaseCommand =
  | { readonly action: 'accept' }
  | { readonly action: 'reject'; readonly reason: string }
  | { readonly action: 'request-correction'; readonly items: readonly CorrectionItem[] }
  | { readonly action: 'resubmit' }
  | { readonly action: 'deem-accepted' }
  | { readonly action: 'suspend'; readonly kind: SuspensionKind; readonly reason: string }
  | { readonly action: 'resume'; readonly reason?: string }
  | {
      readonly action: 'extend';
      /** From the item's statutory basis: 10 (Art. 42), 15 for joint handling, or a special law's. */
      readonly days: number;
      readonly reason: string;
    }
  | { readonly action: 'decide'; readonly outcome: DecisionOutcome; readonly reason?: string }
  | { readonly action: 'conclude' }
  | { readonly action: 'deliver'; readonly method: DeliveryMethod }
  | { readonly action: 'withdraw'; readonly reason?: string }
  | { readonly action: 'hand-over'; readonly to: CaseActor; readonly reason: string }
  | { readonly action: 'hand-over-to-window'; readonly window: CaseWindow; readonly reason: string }
  | { readonly action: 'open-tasks' }
  | {
      readonly action: 'decide-task';
      readonly department: string;
      readonly outcome: DecisionOutcome;
      readonly reason?: string;
    }
  | {
      readonly action: 'request-task-material';
      readonly department: string;
      readonly reason: string;
    }
  | { readonly action: 'assess-fee' }
  | { readonly action: 'record-payment'; readonly payment: Payment }
  | { readonly action: 'refund'; readonly refund: Refund }
  | {
      readonly action: 'request-verification';
      readonly verification: {
        readonly id: string;
        readonly system: string;
        readonly kind: VerificationKind;
        readonly subjectMasked: string;
      };
    }
  | ({ readonly action: 'answer-verification' } & Omit<VerificationAnswer, 'at'>)
  | { readonly action: 'verification-timed-out'; readonly id: string };

/** Who acts, when, and on which calendar: everything a rule needs from outside. */
export interface CaseContext {
  readonly actor: CaseActor;
  /** The instant of the action (the service's clock, injected). */
  readonly now: Date;
  /** The handling centre's working calendar: the acceptance period and the extension check use it. */
  readonly calendar: WorkingCalendar;
}
