/** CPU time and memory of another process, and finding a child process by name, from /proc (Linux only). */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** The fields of /proc/<pid>/stat after the command name, which is in parentheses and may hold spaces. */
function statFields(pid: number): { name: string; fields: string[] } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return { name: text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')), fields: text.slice(text.lastIndexOf(')') + 2).split(' ') };
  } catch {
    return undefined; // gone, or not Linux
  }
}

/** User + system CPU milliseconds of `pid` (all its threads), with those of children it has waited for; 0 if unknown. */
export function processCpuMs(pid: number): number {
  const stat = statFields(pid);
  if (!stat) return 0;
  // utime, stime, cutime, cstime.
  return (stat.fields.slice(11, 15).reduce((n, f) => n + Number(f), 0) * 1000) / TICKS_PER_SECOND;
}

/** The pid of a living child of `parent` whose command name is `name`, if there is one. */
export function childProcessOf(parent: number, name: string): number | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return undefined;
  }
  for (const p of pids) {
    const stat = statFields(Number(p));
    if (stat?.name === name && Number(stat.fields[1]) === parent) return Number(p);
  }
  return undefined;
}

/** Resident set size of a process in bytes, from /proc (Linux); undefined elsewhere. */
export function rssOf(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
