/**
 * The resident memory of a process and all its descendants at the same moment, sampled (Linux /proc). A report's
 * "peak RSS" adds each process's own peak, which may come at different times; this is the peak of the sum, the
 * memory the machine needed at once. Sampling can miss a spike shorter than the interval: it reads low, never high.
 */
import * as fs from 'fs';

const PAGE = 4096;

/** Parent of every running process, from /proc/N/stat (the field after the parenthesized command name). */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(name), Number(after[1]));
    } catch {
      // Gone between the listing and the read.
    }
  }
  return out;
}

function rssMb(pid: number): number {
  try {
    return (Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE) / (1024 * 1024);
  } catch {
    return 0;
  }
}

/** The summed RSS of `root` and its descendants now, in MiB. */
export function treeRssMb(root: number): number {
  const parent = parents();
  const tree = new Set([root]);
  // Descendants in any order of pid: repeat until no process joins.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parent) if (!tree.has(pid) && tree.has(ppid)) (tree.add(pid), (grew = true));
  }
  let sum = 0;
  for (const pid of tree) sum += rssMb(pid);
  return sum;
}

/** Samples `root`'s tree every `intervalMs` until stopped; `stop` returns the highest sum seen. */
export function sampleTreeRss(root: number, intervalMs = 50): { stop: () => number } {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRssMb(root))), intervalMs);
  return { stop: () => (clearInterval(timer), peak) };
}
