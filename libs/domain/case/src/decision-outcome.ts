/** 准予 / 不予 (approved / denied): a decision on the application, or a department's opinion. */
export type DecisionOutcome = 'approved' | 'denied';
