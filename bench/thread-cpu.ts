// The calling thread's own CPU time, beside process.cpuUsage(), which sums every thread of the
// process: V8 compiles hot code (TurboFan) and helps the garbage collector on background threads, and
// the bench would count that work against whichever component happens to be running.
// Linux only (/proc/thread-self/stat); elsewhere there is no clock and the bench leaves the column out.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readSync } from 'node:fs';

/**
 * utime + stime, in clock ticks, of one line of /proc/<pid>/task/<tid>/stat (proc(5)); null when
 * the line is not one. The command name (field 2) sits in parentheses and may itself hold spaces and
 * parentheses, so the fields are counted from the last ')'.
 */
export function statLineTicks(line: string): number | null {
  const close = line.lastIndexOf(')');
  if (close < 0) return null;
  const fields = line
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  // fields[0] is field 3, the state (one letter); utime and stime are fields 14 and 15
  if (!/^[A-Za-z]$/.test(fields[0] ?? '')) return null;
  const [utime, stime] = [fields[11], fields[12]];
  if (!/^\d+$/.test(utime ?? '') || !/^\d+$/.test(stime ?? '')) return null;
  return Number(utime) + Number(stime);
}

/**
 * Clock ticks per second, the unit of /proc's stat times (sysconf(_SC_CLK_TCK), asked of `getconf`).
 * When it cannot be asked, 100: Linux fixes this USER_HZ at 100 on x86, ARM and most others.
 */
export function clockTicksPerSecond(): number {
  try {
    const ticks = Number(
      execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    );
    if (Number.isInteger(ticks) && ticks > 0) return ticks;
  } catch {
    // no getconf here
  }
  return 100;
}

/**
 * A clock of the CPU seconds the thread that makes it has used, or null where it cannot be read.
 * The file stays open (the kernel resolves thread-self when it is opened), and each reading is one
 * pread of it: a few microseconds, against about 18 for opening and reading the file afresh.
 */
export function threadCpuClock(): (() => number) | null {
  if (process.platform !== 'linux') return null;
  let fd: number;
  try {
    fd = openSync('/proc/thread-self/stat', 'r');
  } catch {
    return null;
  }
  const buffer = Buffer.alloc(1024);
  const ticks = () => statLineTicks(buffer.toString('latin1', 0, readSync(fd, buffer, 0, buffer.length, 0)));
  if (ticks() === null) {
    closeSync(fd);
    return null;
  }
  const perSecond = clockTicksPerSecond();
  return () => (ticks() ?? NaN) / perSecond;
}
