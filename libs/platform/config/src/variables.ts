import { type Variable } from './load-config';

type Options = { readonly description: string; readonly defaultValue?: string };

/** A URL with one of the given protocols (several may be listed, comma-separated). */
export function urlVariable(
  name: string,
  protocols: readonly string[],
  options: Options,
): Variable<string> {
  return {
    name,
    ...options,
    parse: (raw) => {
      for (const part of raw.split(',')) {
        const url = new URL(part.trim());
        if (!protocols.includes(url.protocol.replace(/:$/, ''))) {
          throw new Error(`expected a ${protocols.join(' or ')} URL`);
        }
      }
      return raw;
    },
  };
}

/** A TCP port, 1–65535 (0 lets the system choose one, which tests use). */
export function portVariable(name: string, options: Options): Variable<number> {
  return {
    name,
    ...options,
    parse: (raw) => {
      const port = Number(raw);
      if (!/^\d+$/.test(raw) || port > 65_535) throw new Error('expected a port number 0–65535');
      return port;
    },
  };
}

/** A positive whole number of milliseconds. */
export function millisecondsVariable(name: string, options: Options): Variable<number> {
  return {
    name,
    ...options,
    parse: (raw) => {
      if (!/^[1-9]\d*$/.test(raw))
        throw new Error('expected a positive whole number of milliseconds');
      return Number(raw);
    },
  };
}

/** A whole number of days from 1 to `max` (a limit in working days, the longest report period). */
export function daysVariable(name: string, options: Options & { max: number }): Variable<number> {
  const { max, ...rest } = options;
  return {
    name,
    ...rest,
    parse: (raw) => {
      const days = /^[1-9]\d*$/.test(raw) ? Number(raw) : NaN;
      if (!(days <= max)) throw new Error(`expected a whole number of days, 1–${max}`);
      return days;
    },
  };
}

/** Free text, taken as given (a bind address, an audience). */
export function textVariable(name: string, options: Options): Variable<string> {
  return { name, ...options, parse: (raw) => raw };
}

/** One of a fixed list of words. */
export function oneOfVariable<const T extends string>(
  name: string,
  allowed: readonly T[],
  options: Options,
): Variable<T> {
  return {
    name,
    ...options,
    parse: (raw) => {
      const value = allowed.find((candidate) => candidate === raw);
      if (value === undefined) throw new Error(`expected one of ${allowed.join(', ')}`);
      return value;
    },
  };
}
