/**
 * Runs a command and prints the largest resident memory its processes held
 * together, sampled every 200 ms from /proc: a build runs Pagefind as a second
 * process, which the largest single process (what /usr/bin/time reports) leaves out.
 *   node scripts/bench/tree-memory.ts <command> [args…]   → last line "TREE <peak KB>"
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

const [command, ...args] = process.argv.slice(2);
if (!command) throw new Error('usage: tree-memory.ts <command> [args…]');

/** Resident kilobytes of a process and all its descendants. */
function treeKb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(entry), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

const child = spawn(command, args, { stdio: 'inherit' });
let peak = 0;
const timer = setInterval(() => {
  if (child.pid) peak = Math.max(peak, treeKb(child.pid));
}, 200);
child.on('exit', (code, signal) => {
  clearInterval(timer);
  console.log(`TREE ${peak}`);
  process.exit(code ?? (signal ? 1 : 0));
});
