import { type Appeal, type CallBack, GovError, type RectificationStatus } from '@gov/contracts';

/** What a rectification task holds besides its identity: the part its transitions change. */
export interface RectificationState {
  readonly status: RectificationStatus;
  readonly callBacks: readonly CallBack[];
  readonly result: string | null;
  readonly closedAt: string | null;
  readonly closedBy: string | null;
  readonly appeal: Appeal | null;
}

/** Who acts and when (the username, and the clock's instant as ISO text). */
export interface Acting {
  readonly by: string;
  readonly at: string;
}

/** A change of a rectification task, as the centre or a supervisor gives it. */
export type RectificationCommand =
  | { readonly action: 'record-call-back'; readonly reached: boolean; readonly summary: string }
  | { readonly action: 'close'; readonly result: string }
  | { readonly action: 'appeal'; readonly reason: string }
  | { readonly action: 'decide-appeal'; readonly upheld: boolean; readonly reason: string };

/** A task that has ended takes nothing more: rectified, or its rating annulled. */
export function hasEnded(status: RectificationStatus): boolean {
  return status === 'closed' || status === 'annulled';
}

/** The task still waits for the centre: not ended, whatever its appeal. */
export function isPending(status: RectificationStatus): boolean {
  return !hasEnded(status);
}

/**
 * The rules of a rectification task (好差评整改): call-backs while it runs; a result closes it,
 * but only after the rater was called back; one appeal for a malicious or mistaken review, which a
 * supervisor upholds (the task and the rating are annulled) or rejects (back to rectifying).
 * Refusals are GovErrors with their own codes.
 */
export function applyRectification(
  state: RectificationState,
  command: RectificationCommand,
  acting: Acting,
): RectificationState {
  switch (command.action) {
    case 'record-call-back':
      refuseEnded(state);
      return {
        ...state,
        callBacks: [
          ...state.callBacks,
          { at: acting.at, by: acting.by, reached: command.reached, summary: command.summary },
        ],
      };
    case 'close':
      refuseEnded(state);
      refuseAppealPending(state);
      if (state.callBacks.length === 0) throw new GovError('RECTIFICATION.CALL_BACK_REQUIRED');
      return {
        ...state,
        status: 'closed',
        result: command.result,
        closedAt: acting.at,
        closedBy: acting.by,
      };
    case 'appeal':
      refuseEnded(state);
      refuseAppealPending(state);
      if (state.appeal !== null) throw new GovError('RECTIFICATION.APPEAL_ALREADY_DECIDED');
      return {
        ...state,
        status: 'appealed',
        appeal: {
          reason: command.reason,
          by: acting.by,
          at: acting.at,
          decision: null,
          decidedBy: null,
          decidedAt: null,
          decisionReason: null,
        },
      };
    case 'decide-appeal':
      return decideAppeal(state, command, acting);
  }
}

function decideAppeal(
  state: RectificationState,
  command: Extract<RectificationCommand, { action: 'decide-appeal' }>,
  acting: Acting,
): RectificationState {
  if (state.appeal?.decision) throw new GovError('RECTIFICATION.APPEAL_ALREADY_DECIDED');
  if (state.status !== 'appealed' || state.appeal === null) {
    throw new GovError('RECTIFICATION.NO_APPEAL_PENDING');
  }
  return {
    ...state,
    status: command.upheld ? 'annulled' : 'open',
    appeal: {
      ...state.appeal,
      decision: command.upheld ? 'upheld' : 'rejected',
      decidedBy: acting.by,
      decidedAt: acting.at,
      decisionReason: command.reason,
    },
  };
}

function refuseEnded(state: RectificationState): void {
  if (hasEnded(state.status)) throw new GovError('RECTIFICATION.ALREADY_CLOSED');
}

function refuseAppealPending(state: RectificationState): void {
  if (state.status === 'appealed') throw new GovError('RECTIFICATION.APPEAL_PENDING');
}
