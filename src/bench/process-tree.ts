/**
 * The memory a command and all its processes hold together, sampled from /proc
 * (Linux): a build runs Pagefind as a second process, which the largest single
 * process (what /usr/bin/time reports) leaves out.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

/** Resident kilobytes of a process and all its descendants. */
export function treeKb(root: number): number {
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

export interface Measured {
  status: number;
  seconds: number;
  /** The largest memory all the command's processes held together, in kilobytes, sampled every 200 ms. */
  peakKb: number;
  output: string;
}

/** Runs a command to its end, timing it and sampling its processes' memory. */
export function measureCommand(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peakKb = 0;
  const timer = setInterval(() => {
    if (child.pid) peakKb = Math.max(peakKb, treeKb(child.pid));
  }, 200);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearInterval(timer);
      resolve({ status: code ?? (signal ? 1 : 0), seconds: (performance.now() - started) / 1000, peakKb, output });
    });
  });
}
