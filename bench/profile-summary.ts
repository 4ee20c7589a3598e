/**
 * `node bench/profile-summary.ts <file.cpuprofile> [--top N] [--filter TEXT]`: where a V8 CPU
 * profile (from `node --cpu-prof`, or `npm run bench -- --cpu-prof`) spends its time — the
 * functions with the most self time and the most total time (self plus callees), with file
 * and line, so a slow build or extractor points at code, not at a guess.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[]; hitCount?: number }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

export interface Hotspot { name: string; location: string; selfMs: number; totalMs: number; selfShare: number }

const label = (f: CallFrame) => f.functionName || '(anonymous)';
const where = (f: CallFrame) => (f.url ? `${f.url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '')}:${f.lineNumber + 1}` : '(native)');

export function hotspots(profile: Profile): Hotspot[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0) || 1;
  const agg = new Map<string, Hotspot>();
  const key = (f: CallFrame) => `${label(f)}\u0000${where(f)}`;
  for (const [id, us] of selfUs) {
    // Self time to this frame; total time to every distinct frame on the stack (recursion counted once).
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      const k = key(f);
      let h = agg.get(k);
      if (!h) agg.set(k, (h = { name: label(f), location: where(f), selfMs: 0, totalMs: 0, selfShare: 0 }));
      if (cur === id) h.selfMs += us / 1000;
      if (!seen.has(k)) h.totalMs += us / 1000;
      seen.add(k);
    }
  }
  for (const h of agg.values()) h.selfShare = (h.selfMs * 1000) / total;
  return [...agg.values()];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' }, filter: { type: 'string' } } });
  if (!positionals[0]) {
    console.error('Usage: node bench/profile-summary.ts <file.cpuprofile> [--top N] [--filter TEXT]');
    process.exit(1);
  }
  const all = hotspots(JSON.parse(readFileSync(positionals[0], 'utf8')) as Profile);
  const list = values.filter ? all.filter((h) => h.location.includes(values.filter!) || h.name.includes(values.filter!)) : all;
  const top = Number(values.top);
  const row = (h: Hotspot) => `${h.selfMs.toFixed(0).padStart(8)} ${h.totalMs.toFixed(0).padStart(8)} ${(h.selfShare * 100).toFixed(1).padStart(5)}%  ${h.name}  ${h.location}`;
  console.log('  self ms  total ms  self%  function  location\n— by self time');
  for (const h of [...list].sort((a, b) => b.selfMs - a.selfMs).slice(0, top)) console.log(row(h));
  console.log('— by total time');
  for (const h of [...list].sort((a, b) => b.totalMs - a.totalMs).slice(0, top)) console.log(row(h));
}
