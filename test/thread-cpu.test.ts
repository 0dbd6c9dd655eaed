import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clockTicksPerSecond, statLineTicks as ticksOfBytes, threadCpuClock } from '../bench/thread-cpu.js';

const statLineTicks = (line: string) => ticksOfBytes(Buffer.from(line, 'latin1'));

// /proc/<pid>/task/<tid>/stat lines as Linux writes them: field 14 is utime, 15 stime, 16 and 17 the
// children's times, all in clock ticks.
const NODE_MAIN =
  '11114 (node) R 11105 11105 7701 0 -1 4194304 13964 5 2 1 52 32 7 3 20 0 11 0 474332 1091887104 22937 ' +
  '18446744073709551615 11988992 39846385 140729086146576 0 0 0 0 16781312 17922 0 0 0 17 1 0 0 0 0 0 ' +
  '90418888 90555584 143089664 140729086151368 140729086151380 140729086151380 140729086152682 0\n';

test("a thread's stat line gives its utime + stime in clock ticks", () => {
  assert.equal(statLineTicks(NODE_MAIN), 52 + 32);
});

test('a command name with spaces and parentheses does not shift the fields', () => {
  // V8's compiler threads and renamed processes: the name may hold ' ', '(' and ')'
  const compiler = NODE_MAIN.replace('(node)', '(V8 DefaultWorke)');
  assert.equal(statLineTicks(compiler), 84);
  const odd = NODE_MAIN.replace('(node)', '(a) R 1 2 (b c)');
  assert.equal(statLineTicks(odd), 84);
  const sleeping =
    '4242 ((sd-pam)) S 4241 4241 4241 0 -1 1077936448 54 0 0 0 1200 345 0 0 20 0 1 0 2030 ' +
    '23388160 1009 18446744073709551615 1 1 0 0 0 0 0 4096 0 0 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0 0';
  assert.equal(statLineTicks(sleeping), 1545);
});

test('what is not a stat line gives null, not a number', () => {
  assert.equal(statLineTicks(''), null);
  assert.equal(statLineTicks('11114 node R 11105'), null);
  assert.equal(statLineTicks('11114 (node) R 11105 11105 7701 0 -1 4194304'), null);
  assert.equal(statLineTicks(NODE_MAIN.replace(' R ', ' ')), null);
});

test(
  'on Linux the clock reads the calling thread and moves with its work',
  { skip: process.platform !== 'linux' },
  () => {
    assert.ok(clockTicksPerSecond() > 0);
    const clock = threadCpuClock();
    assert.ok(clock);
    const t0 = clock();
    const p0 = process.cpuUsage();
    const processSeconds = () => {
      const { user, system } = process.cpuUsage(p0);
      return (user + system) / 1e6;
    };
    let x = 0;
    while (processSeconds() < 0.2) for (let i = 0; i < 100_000; i++) x += Math.sqrt(x + i);
    const used = clock() - t0;
    const all = processSeconds();
    assert.ok(x > 0);
    // this thread did nearly all the work, read in ticks of 10 ms; it cannot pass the process's time
    assert.ok(used >= 0.1 && used <= all + 0.02, `thread clock moved ${used} s, the process's ${all} s`);
  },
);
