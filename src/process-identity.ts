import { readFileSync } from 'node:fs';

/**
 * Identifies a running process as "pid:start", so a build or import left `running` by a process
 * that died (kill -9, power cut) can be told from one still working: a pid alone is reused by
 * the system, and a timer either blocks too long or expires a slow build that is still alive.
 */

/** The process's start time in clock ticks since boot (Linux), or '' where /proc is not there. */
function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' && process.platform === 'linux' ? null : '';
  }
}

let own: string | undefined;

/** This process, as recorded with the builds and imports it runs. */
export function currentProcess(): string {
  own ??= `${process.pid}:${startTimeOf(process.pid) ?? ''}`;
  return own;
}

/** Whether the process recorded as `identity` is still running (the same process, not a reused pid). */
export function isProcessAlive(identity: string): boolean {
  const [pidText, start] = identity.split(':');
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, under another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = startTimeOf(pid);
  if (now === null) return false;
  // Without /proc the start time is unknown on both sides: a live pid is taken as the same process.
  return now === '' || start === '' || now === start;
}
