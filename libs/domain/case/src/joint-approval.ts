import type { CaseActor } from './case-actor';
import { CaseDomainError } from './case-domain.error';
import type { DecisionOutcome } from './decision-outcome';
import { optionalReason } from './check-text';

/** Where a department's task stands (并联审批). */
export const TASK_STATUSES = ['open', 'awaiting-material', 'approved', 'denied'] as const;

/** The state of one department's approval task. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** The Chinese name of each task status, for the case timeline and the department's work list. */
export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, string>> = {
  open: '审查中',
  'awaiting-material': '等待补充材料',
  approved: '同意',
  denied: '不同意',
};

/** A department's request for supplementary material; open while `receivedAt` is absent. */
export interface MaterialRequest {
  readonly reason: string;
  readonly by: CaseActor;
  readonly at: Date;
  readonly receivedAt?: Date;
}

/** One department's part of a joint approval. */
export interface ApprovalTask {
  /** The unified social credit code of the organ. */
  readonly department: string;
  /** True for the lead department (牵头部门), which delivers the one result. */
  readonly lead: boolean;
  readonly status: TaskStatus;
  readonly openedAt: Date;
  readonly decidedBy?: CaseActor;
  readonly decidedAt?: Date;
  /** Required for a denial: it is told to the applicant with the case's decision. */
  readonly reason?: string;
  readonly materialRequests: readonly MaterialRequest[];
}

/** The departments an item involves: the lead (牵头部门) and the others. */
export interface JointDepartments {
  readonly lead: string;
  readonly involved: readonly string[];
}

/** An approver acting on a task, with the department they work for (null when none). */
export type TaskActor = CaseActor & { readonly department: string | null };

/** A department's decision on its task. */
export interface TaskDecision {
  readonly outcome: DecisionOutcome;
  readonly reason?: string;
}

/** Pending until every task is decided; then denied if any department denied, with all their reasons. */
export type JointOutcome =
  | { readonly decided: false; readonly open: readonly string[] }
  | {
      readonly decided: true;
      readonly outcome: DecisionOutcome;
      readonly reasons: readonly string[];
    };

/** The departments in task order: the lead first, then the involved ones once each. */
function departmentsOf({ lead, involved }: JointDepartments): readonly string[] {
  return [...new Set([lead, ...involved])];
}

/** True when the item involves a department besides the lead: only then is approval joint. */
export function isJoint(departments: JointDepartments): boolean {
  return departmentsOf(departments).length > 1;
}

/** One open task per department, all opened at once: the departments review in parallel. */
export function openTasks(departments: JointDepartments, now: Date): readonly ApprovalTask[] {
  return departmentsOf(departments).map((department) => ({
    department,
    lead: department === departments.lead,
    status: 'open',
    openedAt: now,
    materialRequests: [],
  }));
}

/** The recorded actor: the department is the task's, not part of who acted. */
const recorded = ({ id, username, role }: TaskActor): CaseActor => ({ id, username, role });

function isDecided(task: ApprovalTask): boolean {
  return task.status === 'approved' || task.status === 'denied';
}

/**
 * The department's task, once it is known to exist, to be the actor's and to be open: one waiting
 * for material is neither decided nor asked again before it arrived, as the applicant was promised.
 */
function ownOpenTask(
  tasks: readonly ApprovalTask[],
  department: string,
  actor: TaskActor,
): ApprovalTask {
  const task = tasks.find((each) => each.department === department);
  if (task === undefined) {
    throw new CaseDomainError('CASE.TASK_NOT_FOUND', undefined, { department });
  }
  if (actor.department !== department) {
    throw new CaseDomainError('CASE.TASK_OTHER_DEPARTMENT', undefined, {
      department,
      actorDepartment: actor.department,
    });
  }
  if (task.status !== 'open') {
    const code = isDecided(task) ? 'CASE.TASK_ALREADY_DECIDED' : 'CASE.TRANSITION_NOT_ALLOWED';
    throw new CaseDomainError(code, undefined, { department, status: task.status });
  }
  return task;
}

/** New tasks with `task` in place of its department's (departments are unique). */
function replaced(tasks: readonly ApprovalTask[], task: ApprovalTask): readonly ApprovalTask[] {
  return tasks.map((each) => (each.department === task.department ? task : each));
}

/** The department's decision on its own open task; a denial needs the reason the applicant is told. */
export function decideTask(
  tasks: readonly ApprovalTask[],
  department: string,
  decision: TaskDecision,
  actor: TaskActor,
  now: Date,
): readonly ApprovalTask[] {
  const task = ownOpenTask(tasks, department, actor);
  const reason = optionalReason(decision.reason);
  if (decision.outcome === 'denied' && reason === undefined) {
    throw new CaseDomainError('CASE.REASON_REQUIRED', undefined, {
      department,
      outcome: decision.outcome,
    });
  }
  return replaced(tasks, {
    ...task,
    status: decision.outcome,
    decidedBy: recorded(actor),
    decidedAt: now,
    ...(reason === undefined ? {} : { reason }),
  });
}

/**
 * The department asks the applicant for supplementary material; the service suspends the case
 * (the clock stops) until `materialReceived`.
 */
export function requestMaterial(
  tasks: readonly ApprovalTask[],
  department: string,
  reason: string,
  actor: TaskActor,
  now: Date,
): readonly ApprovalTask[] {
  const task = ownOpenTask(tasks, department, actor);
  const told = optionalReason(reason);
  if (told === undefined) {
    throw new CaseDomainError('CASE.REASON_REQUIRED', undefined, {
      department,
      action: 'request-material',
    });
  }
  return replaced(tasks, {
    ...task,
    status: 'awaiting-material',
    materialRequests: [...task.materialRequests, { reason: told, by: recorded(actor), at: now }],
  });
}

/** The applicant's material arrived: every waiting department resumes, as the case does. */
export function materialReceived(
  tasks: readonly ApprovalTask[],
  now: Date,
): readonly ApprovalTask[] {
  if (!awaitingMaterial(tasks)) {
    throw new CaseDomainError('CASE.TASK_NOT_AWAITING_MATERIAL');
  }
  return tasks.map((task) =>
    task.status !== 'awaiting-material'
      ? task
      : {
          ...task,
          status: 'open',
          materialRequests: task.materialRequests.map((request) =>
            request.receivedAt === undefined ? { ...request, receivedAt: now } : request,
          ),
        },
  );
}

/** True while some department waits for material: the case stays suspended. */
export function awaitingMaterial(tasks: readonly ApprovalTask[]): boolean {
  return tasks.some((task) => task.status === 'awaiting-material');
}

/** The case's outcome from its tasks; one denial denies the case (one window, one result). */
export function jointOutcome(tasks: readonly ApprovalTask[]): JointOutcome {
  if (tasks.length === 0) {
    throw new RangeError('a joint approval has at least one task');
  }
  const open = tasks.filter((task) => !isDecided(task)).map((task) => task.department);
  if (open.length > 0) {
    return { decided: false, open };
  }
  // A stable sort keeps task order after the lead.
  const denied = tasks.filter((task) => task.status === 'denied');
  const reasons = denied.sort((a, b) => Number(b.lead) - Number(a.lead)).map((t) => t.reason ?? '');
  return { decided: true, outcome: denied.length > 0 ? 'denied' : 'approved', reasons };
}
