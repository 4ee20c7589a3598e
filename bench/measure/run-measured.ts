/**
 * Run a command and measure it: wall time, and peak memory two ways — the sum of resident
 * memory over the whole process tree, sampled from /proc, and the kernel's exact high-water
 * mark of the largest single process via GNU time (`/usr/bin/time -v`) when it is installed.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';

export interface Measured {
  code: number;
  wallMs: number;
  /** Largest sum of VmRSS over the process and its descendants, sampled every `sampleMs`. */
  peakTreeRssBytes: number;
  /** Largest VmHWM (high-water mark) of any one process of the tree seen while sampling. */
  peakProcessHwmBytes: number;
  /** GNU time's "Maximum resident set size" (largest single process, exact); null without /usr/bin/time. */
  gnuTimeMaxRssBytes: number | null;
  /** User plus system CPU time of the whole tree (GNU time); far less sensitive than wall time to other work on the machine. */
  cpuMs: number | null;
  log: string;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Build output goes here (stdout and stderr together). */
  logFile: string;
  sampleMs?: number;
}

const GNU_TIME = '/usr/bin/time';

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** Every live descendant of `root`, root included. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProc(Number(name), 'stat');
    if (!stat) continue;
    // Field 4 is the parent pid; the command name in field 2 may contain spaces and parentheses.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(name));
    children.set(ppid, list);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function statusKb(status: string, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return m ? Number(m[1]) : 0;
}

export async function runMeasured(cmd: string, args: string[], options: RunOptions): Promise<Measured> {
  const timeFile = `${options.logFile}.time`;
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const out = openSync(options.logFile, 'w');
  let peakTree = 0;
  let peakHwm = 0;
  const start = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', out, out] });
  const sample = () => {
    if (!child.pid) return;
    let sum = 0;
    for (const pid of processTree(child.pid)) {
      const status = readProc(pid, 'status');
      if (!status) continue;
      sum += statusKb(status, 'VmRSS');
      peakHwm = Math.max(peakHwm, statusKb(status, 'VmHWM'));
    }
    peakTree = Math.max(peakTree, sum);
  };
  const timer = setInterval(sample, options.sampleMs ?? 200);
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c, signal) => resolve(c ?? (signal ? 128 : 1)));
  });
  const wallMs = performance.now() - start;
  clearInterval(timer);
  closeSync(out);
  let gnuTimeMaxRssBytes: number | null = null;
  let cpuMs: number | null = null;
  if (useTime && existsSync(timeFile)) {
    const report = readFileSync(timeFile, 'utf8');
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
    if (m) gnuTimeMaxRssBytes = Number(m[1]) * 1024;
    const user = /User time \(seconds\): ([\d.]+)/.exec(report);
    const system = /System time \(seconds\): ([\d.]+)/.exec(report);
    if (user && system) cpuMs = (Number(user[1]) + Number(system[1])) * 1000;
    rmSync(timeFile, { force: true });
  }
  return {
    code,
    wallMs,
    peakTreeRssBytes: peakTree * 1024,
    peakProcessHwmBytes: peakHwm * 1024,
    gnuTimeMaxRssBytes,
    cpuMs,
    log: readFileSync(options.logFile, 'utf8'),
  };
}

/** The figure the benchmark reports: the larger of the sampled tree sum and the exact single-process peak. */
export function peakRssBytes(m: Measured): number {
  return Math.max(m.peakTreeRssBytes, m.peakProcessHwmBytes, m.gnuTimeMaxRssBytes ?? 0);
}
