import { type FlowStep, type PowerFlowChart } from '@gov/contracts';

/** Why a flow (运行流程) cannot be drawn as one chart from one start to its ends. */
export type FlowProblem =
  | { readonly reason: 'duplicate_step'; readonly step: string }
  | { readonly reason: 'unknown_step'; readonly step: string; readonly next: string }
  | { readonly reason: 'duplicate_transition'; readonly step: string; readonly next: string }
  | { readonly reason: 'cycle'; readonly steps: readonly string[] }
  | { readonly reason: 'several_starts'; readonly steps: readonly string[] };

type ChartParts = Pick<PowerFlowChart, 'nodes' | 'edges'>;

/**
 * What is wrong with a flow, or null when its steps form a directed acyclic graph with exactly one
 * start (a step no other step leads to). Such a graph always has at least one end (a step without
 * a next step), and every step is reachable from the start: following predecessors back from any
 * step must end at a step without one, and there is only the start.
 */
export function flowProblem(steps: readonly FlowStep[]): FlowProblem | null {
  const ids = new Set<string>();
  for (const step of steps) {
    if (ids.has(step.id)) return { reason: 'duplicate_step', step: step.id };
    ids.add(step.id);
  }
  for (const step of steps) {
    const targets = new Set<string>();
    for (const { to } of step.next) {
      if (!ids.has(to)) return { reason: 'unknown_step', step: step.id, next: to };
      if (targets.has(to)) return { reason: 'duplicate_transition', step: step.id, next: to };
      targets.add(to);
    }
  }
  const order = topologicalOrder(steps);
  if (order.length < steps.length) {
    const ordered = new Set(order.map((step) => step.id));
    return { reason: 'cycle', steps: steps.filter((s) => !ordered.has(s.id)).map((s) => s.id) };
  }
  const starts = startsOf(steps);
  if (starts.length !== 1) return { reason: 'several_starts', steps: starts.map((s) => s.id) };
  return null;
}

/** A flow problem as a sentence a catalogue administrator can act on. */
export function describeFlowProblem(problem: FlowProblem): string {
  const quoted = (ids: readonly string[]) => ids.map((id) => `「${id}」`).join('');
  switch (problem.reason) {
    case 'duplicate_step':
      return `运行流程有误：步骤标识「${problem.step}」重复，每个步骤的标识须唯一`;
    case 'unknown_step':
      return `运行流程有误：步骤「${problem.step}」的下一步「${problem.next}」不存在，请先添加该步骤或改正标识`;
    case 'duplicate_transition':
      return `运行流程有误：步骤「${problem.step}」重复指向下一步「${problem.next}」，请合并为一条走向`;
    case 'cycle':
      return `运行流程有误：流程不得成环，步骤${quoted(problem.steps)}处于循环中或只能经循环到达`;
    case 'several_starts':
      return `运行流程有误：须有且只有一个起始步骤（没有其他步骤指向它），现有${quoted(problem.steps)}`;
  }
}

/**
 * The chart of a valid flow: its steps in topological order, each on the layer of its longest
 * path from the start (steps on one layer are drawn side by side), and one edge per transition.
 */
export function flowChart(steps: readonly FlowStep[]): ChartParts {
  const order = topologicalOrder(steps);
  const layer = new Map(order.map((step) => [step.id, 0]));
  for (const step of order) {
    const from = layer.get(step.id) ?? 0;
    for (const { to } of step.next) layer.set(to, Math.max(layer.get(to) ?? 0, from + 1));
  }
  const starts = new Set(startsOf(steps).map((step) => step.id));
  return {
    nodes: order.map((step) => ({
      id: step.id,
      name: step.name,
      role: step.role,
      responsibility: step.responsibility,
      start: starts.has(step.id),
      end: step.next.length === 0,
      layer: layer.get(step.id) ?? 0,
    })),
    edges: steps.flatMap((step) =>
      step.next.map(({ to, condition }) => ({ from: step.id, to, condition: condition ?? null })),
    ),
  };
}

function startsOf(steps: readonly FlowStep[]): FlowStep[] {
  const targets = new Set(steps.flatMap((step) => step.next.map(({ to }) => to)));
  return steps.filter((step) => !targets.has(step.id));
}

/**
 * Kahn's algorithm, taking the earliest listed ready step each time so the order is stable. Steps
 * on or behind a cycle are never ready and are left out.
 */
function topologicalOrder(steps: readonly FlowStep[]): FlowStep[] {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const indegree = new Map(steps.map((step) => [step.id, 0]));
  for (const step of steps) {
    for (const { to } of step.next) indegree.set(to, (indegree.get(to) ?? 0) + 1);
  }
  const ready = steps.filter((step) => indegree.get(step.id) === 0);
  const order: FlowStep[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => steps.indexOf(a) - steps.indexOf(b));
    const step = ready.shift() as FlowStep;
    order.push(step);
    for (const { to } of step.next) {
      const remaining = (indegree.get(to) ?? 0) - 1;
      indegree.set(to, remaining);
      const target = byId.get(to);
      if (remaining === 0 && target !== undefined) ready.push(target);
    }
  }
  return order;
}
