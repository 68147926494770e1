import { actorKindOf, type CaseActor } from './case-actor';
import type { CaseCommand, CaseContext } from './case-command';
import { CaseDomainError } from './case-domain.error';
import type { CaseState, CaseTransitionResult } from './case-state';
import { CASE_STATUS_LABELS, type CaseStatus } from './case-status';
import { CASE_ACTION_LABELS, CASE_TRANSITIONS, type CaseAction } from './case-transitions';
import { applyRules } from './case-rules';
import { respondersAfter } from './first-responder';

const ACTOR_KIND_LABELS = {
  applicant: '申请人或代办员',
  staff: '窗口或审批工作人员',
  oversight: '监察人员',
  system: '系统',
} as const;

/**
 * Applies `command` to the case: checks the transition table (state and actor), then the action's
 * own rules, and returns the new state with the recorded transition. Never mutates `state`.
 * Throws `CaseDomainError` with a stable code when anything is refused.
 */
export function transition(
  state: CaseState,
  command: CaseCommand,
  context: CaseContext,
): CaseTransitionResult {
  const { actor, now } = context;
  checkInstant(state, now);
  checkState(state.status, command.action);
  checkActor(actor, command.action);
  const { changes, reason } = applyRules(state, command, context);
  const rule = CASE_TRANSITIONS[command.action];
  // A `same` row keeps the state unless its rules move it (the last task decides a joint case).
  const to = rule.to === 'same' ? (changes.status ?? state.status) : rule.to;
  const sequence = state.sequence + 1;
  const next: CaseState = {
    ...state,
    ...respondersAfter(state, actor),
    ...changes,
    status: to,
    sequence,
    updatedAt: now,
  };
  return {
    state: next,
    transition: {
      from: state.status,
      to,
      action: command.action,
      actor,
      at: now,
      ...(reason === undefined ? {} : { reason }),
      sequence,
    },
  };
}

function checkInstant(state: CaseState, now: Date): void {
  if (Number.isNaN(now.getTime())) {
    throw new RangeError('now is an Invalid Date');
  }
  if (now.getTime() < state.updatedAt.getTime()) {
    throw new CaseDomainError('CASE.TIME_REVERSED', undefined, {
      now: now.toISOString(),
      updatedAt: state.updatedAt.toISOString(),
    });
  }
}

function checkState(status: CaseStatus, action: CaseAction): void {
  if (CASE_TRANSITIONS[action].from.includes(status)) {
    return;
  }
  const details = { status, action, allowedFrom: CASE_TRANSITIONS[action].from };
  if (action === 'resume') {
    throw new CaseDomainError('CASE.NOT_SUSPENDED', undefined, details);
  }
  if (action === 'suspend' && status === 'suspended') {
    throw new CaseDomainError('CASE.ALREADY_SUSPENDED', undefined, details);
  }
  throw new CaseDomainError(
    'CASE.TRANSITION_NOT_ALLOWED',
    `办件当前状态为“${CASE_STATUS_LABELS[status]}”，不能“${CASE_ACTION_LABELS[action]}”；` +
      `该操作仅适用于：${CASE_TRANSITIONS[action].from.map((from) => CASE_STATUS_LABELS[from]).join('、')}`,
    details,
  );
}

function checkActor(actor: CaseActor, action: CaseAction): void {
  const kind = actorKindOf(actor);
  const allowed = CASE_TRANSITIONS[action].by;
  if (!allowed.includes(kind)) {
    throw new CaseDomainError(
      'CASE.ACTOR_NOT_ALLOWED',
      `${ACTOR_KIND_LABELS[kind]}不能“${CASE_ACTION_LABELS[action]}”，` +
        `该操作须由${allowed.map((by) => ACTOR_KIND_LABELS[by]).join('或')}进行`,
      { role: actor.role, action },
    );
  }
}
