/**
 * Runs a command and prints the largest resident memory its processes held
 * together, sampled every 200 ms from /proc: a build runs Pagefind as a second
 * process, which the largest single process (what /usr/bin/time reports) leaves out.
 *   node tests/bench/tree-memory.ts <command> [args…]   → last line "TREE <peak KB>"
 */
import { spawn } from 'node:child_process';
import { treeKb } from '../../src/bench/process-tree.ts';

const [command, ...args] = process.argv.slice(2);
if (!command) throw new Error('usage: tree-memory.ts <command> [args…]');

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
