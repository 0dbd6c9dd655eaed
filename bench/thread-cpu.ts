// The calling thread's own CPU time, beside process.cpuUsage(), which sums every thread of the
// process: V8 compiles hot code (TurboFan) and helps the garbage collector on background threads, and
// the bench would count that work against whichever component happens to be running.
// Linux only (/proc/thread-self/stat); elsewhere there is no clock and the bench leaves the column out.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readSync } from 'node:fs';

const SPACE = 0x20;
const CLOSE = 0x29; // ')'

/**
 * utime + stime, in clock ticks, of one line of /proc/<pid>/task/<tid>/stat (proc(5)), given as its
 * bytes; null when the line is not one. The command name (field 2) sits in parentheses and may itself
 * hold spaces and parentheses, so the fields are counted from the last ')'. It reads the bytes in place
 * and makes no strings: garbage made while the bench reads the clock would be collected, and counted,
 * in whichever component runs next.
 */
export function statLineTicks(line: Uint8Array, length = line.length): number | null {
  let at = line.lastIndexOf(CLOSE, length - 1);
  if (at < 0) return null;
  // the fields after the name, from field 3 (the state, one letter); utime and stime are 14 and 15
  const state = line[at + 2];
  if (line[at + 1] !== SPACE || !((state >= 0x41 && state <= 0x5a) || (state >= 0x61 && state <= 0x7a))) return null;
  at += 3;
  let ticks = 0;
  for (let field = 4; field <= 15; field++) {
    if (line[at] !== SPACE) return null;
    at++;
    const start = at;
    let value = 0;
    while (at < length && line[at] >= 0x30 && line[at] <= 0x39) value = value * 10 + line[at++] - 0x30;
    if (field >= 14) {
      if (at === start) return null;
      ticks += value;
    } else if (at === start && line[at] !== 0x2d) return null; // field 8, tpgid, may be -1
    while (at < length && line[at] !== SPACE) at++;
  }
  return ticks;
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
 * pread of it, a few microseconds (about 18 to open and read the file afresh).
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
  const ticks = () => statLineTicks(buffer, readSync(fd, buffer, 0, buffer.length, 0));
  if (ticks() === null) {
    closeSync(fd);
    return null;
  }
  const perSecond = clockTicksPerSecond();
  return () => (ticks() ?? NaN) / perSecond;
}
