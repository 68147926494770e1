/**
 * Typed configuration read once from the environment and validated at boot. Each dependency
 * contributes a fragment (PostgreSQL, NATS, ports, …); a service composes the fragments it needs.
 * A wrong value stops the process with a message naming the variable and what is allowed.
 */
export interface Variable<T> {
  readonly name: string;
  readonly description: string;
  /** Used when the variable is unset or empty; a variable without a default is required. */
  readonly defaultValue?: string;
  parse(raw: string): T;
}

export type Fragment = Readonly<Record<string, Variable<unknown>>>;
export type ConfigOf<F extends Fragment> = { readonly [K in keyof F]: ReturnType<F[K]['parse']> };

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads every variable of `fragment`, reporting all problems at once. */
export function loadConfig<F extends Fragment>(
  fragment: F,
  env: NodeJS.ProcessEnv = process.env,
): ConfigOf<F> {
  const problems: string[] = [];
  const result: Record<string, unknown> = {};
  for (const [key, variable] of Object.entries(fragment)) {
    const raw = env[variable.name];
    const value = raw === undefined || raw === '' ? variable.defaultValue : raw;
    if (value === undefined) {
      problems.push(`${variable.name} is required: ${variable.description}`);
      continue;
    }
    try {
      result[key] = variable.parse(value);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push(`${variable.name}=${JSON.stringify(value)} is invalid: ${reason}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return result as ConfigOf<F>;
}
