import { isStaff, type CaseActor } from './case-actor';
import type { CaseState } from './case-state';

/**
 * 首问负责: the first member of staff who acts on a case (submits it at a window, accepts, asks for
 * correction, hands it over…) becomes its first responder and answers for it until a handover.
 * Answers the fields to change: nothing once a first responder is recorded, or for a non-staff actor.
 */
export function respondersAfter(
  state: Pick<CaseState, 'firstResponder' | 'responsible'>,
  actor: CaseActor,
): Pick<CaseState, 'firstResponder' | 'responsible'> {
  if (state.firstResponder || !isStaff(actor)) {
    return {};
  }
  return { firstResponder: actor, responsible: state.responsible ?? actor };
}
