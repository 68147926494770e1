import { readdirSync, readFileSync } from 'node:fs';

/** CPU time used so far, in ms, by process name. */
export type CpuReading = ReadonlyMap<string, number>;

/** Reads how much CPU the suite's processes (and PostgreSQL's) have used so far. */
export interface CpuMeter {
  read(): CpuReading;
}

/** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ, fixed at 100 on every architecture). */
const MS_PER_TICK = 10;

/**
 * A meter over the given processes and every PostgreSQL process (the server's backends do the
 * database's share of the work). It reads `/proc`; where there is none (not Linux), it reads
 * nothing and the figures leave the CPU out.
 */
export function cpuMeter(pids: ReadonlyMap<string, number>): CpuMeter {
  return {
    read() {
      const reading = new Map<string, number>();
      for (const [name, pid] of pids) {
        const used = cpuMsOf(pid);
        if (used !== undefined) reading.set(name, used);
      }
      // With the CPU of the children each has reaped: a backend that exits between two readings
      // moves its time to the postmaster's count, instead of taking it out of the sum.
      const postgres = postgresPids().reduce(
        (sum, pid) => sum + (cpuMsOf(pid, { withReapedChildren: true }) ?? 0),
        0,
      );
      if (postgres > 0) reading.set('postgres', postgres);
      return reading;
    },
  };
}

/** CPU ms per request by process between two readings, largest first, e.g. `cases 4.2, gateway 0.9`. */
export function cpuPerRequest(before: CpuReading, after: CpuReading, requests: number): string {
  if (requests === 0) return '';
  return [...after]
    .map(([name, used]) => [name, (used - (before.get(name) ?? 0)) / requests] as const)
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => `${name} ${ms.toFixed(2)}`)
    .join(', ');
}

/**
 * utime + stime of a process (fields 14 and 15 of /proc/<pid>/stat, after the command name), and
 * with `withReapedChildren` cutime + cstime (16 and 17): its children's that have exited and been
 * waited for.
 */
function cpuMsOf(pid: number, { withReapedChildren = false } = {}): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    const own = fields[11]! + fields[12]!;
    const children = withReapedChildren ? fields[13]! + fields[14]! : 0;
    return (own + children) * MS_PER_TICK;
  } catch {
    // Gone (or no /proc): it has nothing more to count.
    return undefined;
  }
}

function postgresPids(): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
  return entries.map(Number).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
    } catch {
      return false;
    }
  });
}
