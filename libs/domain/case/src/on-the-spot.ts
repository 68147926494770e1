import type { CaseCommand, CaseContext } from './case-command';
import { CaseDomainError } from './case-domain.error';
import type { CaseState, CaseTransition, DecisionOutcome } from './case-state';
import { transition } from './transition';

/** The answer of `concludeOnTheSpot`: the concluded case and its three transitions. */
export interface OnTheSpotResult {
  readonly state: CaseState;
  readonly transitions: readonly [CaseTransition, CaseTransition, CaseTransition];
}

/**
 * An on-the-spot item (即办件, promised limit 0) concluded at the window in one go: accept, decide
 * and conclude, all by the same clerk at the same instant (2011 opinion §13). Each step passes the
 * ordinary rules; an item with a promised limit is refused with `CASE.NOT_ON_THE_SPOT_ITEM`.
 */
export function concludeOnTheSpot(
  state: CaseState,
  decision: OnTheSpotDecision,
  context: CaseContext,
): OnTheSpotResult {
  const [accept, decide, conclude] = onTheSpotCommands(state, decision);
  const accepted = transition(state, accept, context);
  const decided = transition(accepted.state, decide, context);
  const concluded = transition(decided.state, conclude, context);
  return {
    state: concluded.state,
    transitions: [accepted.transition, decided.transition, concluded.transition],
  };
}

/** The decision taken at the window. */
export interface OnTheSpotDecision {
  readonly outcome: DecisionOutcome;
  readonly reason?: string;
}

/**
 * The three commands of an on-the-spot conclusion, for a service that records each transition
 * (event, audit row, notice) as it applies them. Refuses an item with a promised limit.
 */
export function onTheSpotCommands(
  state: CaseState,
  decision: OnTheSpotDecision,
): readonly [
  Extract<CaseCommand, { action: 'accept' }>,
  Extract<CaseCommand, { action: 'decide' }>,
  Extract<CaseCommand, { action: 'conclude' }>,
] {
  if (state.limits.promised !== 0) {
    throw new CaseDomainError('CASE.NOT_ON_THE_SPOT_ITEM', undefined, {
      promised: state.limits.promised,
    });
  }
  return [{ action: 'accept' }, { action: 'decide', ...decision }, { action: 'conclude' }];
}
