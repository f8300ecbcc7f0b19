import { Dim, IRGraph } from '../../ir/ir-types';
import { Unit, partitionGraph } from './units';

export interface UnitPair {
  model: Unit;
  reference: Unit;
  /** What decided the pair: graph-output, structure(+shape|+name|+order), name, order+shape. */
  how: string;
}

export interface TwinMatch {
  pairs: UnitPair[];
  unmatched: { model: Unit[]; reference: Unit[] };
}

/** Units that only move data: one side may have one where the other has none, so connectivity looks through them. */
const MOVES_DATA = new Set(['Reshape', 'Flatten', 'Transpose', 'Squeeze', 'Unsqueeze', 'Expand']);

/** A unit's sources and consumers as keys: `u:<unit index>` or `in:<graph input>`. */
interface Side {
  units: Unit[];
  direct: string[][];
  /** direct sources plus, through data-movement units, the sources of those. */
  reach: Set<string>[];
  /** Units whose `reach` holds a key. */
  readers: Map<string, number[]>;
  /** Activation inputs of each anchor (after deduplication). */
  arity: number[];
  tokens: string[][];
  partner: number[];
}

function side(g: IRGraph): Side {
  const { units, ownerOf, activationInputs } = partitionGraph(g);
  const inputs = new Set(g.inputs);
  const sourceKey = (tensor: string): string | null => {
    let t = tensor;
    for (let i = 0; i < 64; i++) {
      const v = g.values.get(t);
      if (!v || v.producer < 0) return inputs.has(t) ? `in:${t}` : null;
      const u = ownerOf.get(v.producer);
      if (u !== undefined) return `u:${u}`;
      const live = activationInputs(g.nodes[v.producer]);
      if (live.length !== 1) return null;
      t = live[0];
    }
    return null;
  };
  const direct = units.map((u) => [...new Set(u.inputs.map(sourceKey).filter((k): k is string => k !== null))]);
  const reach: Set<string>[] = [];
  const readers = new Map<string, number[]>();
  units.forEach((_, i) => {
    const r = new Set(direct[i]);
    for (const k of direct[i]) {
      const j = k.startsWith('u:') ? Number(k.slice(2)) : -1;
      if (j >= 0 && j < i && MOVES_DATA.has(units[j].kind)) for (const x of reach[j]) r.add(x);
    }
    reach.push(r);
    for (const k of r) {
      const list = readers.get(k) ?? [];
      list.push(i);
      readers.set(k, list);
    }
  });
  const arity = units.map((u) => activationInputs(g.nodes[u.anchor]).length);
  return { units, direct, reach, readers, arity, tokens: units.map((u) => scopeTokens(u.scope)), partner: units.map(() => -1) };
}

/**
 * Module-path tokens of a scope. PyTorch repeats the parent's name in each segment (`/features/features.1/conv/
 * conv.0`) in one export and not in another (`/features/1/conv/0`); both give [features, 1, conv, 0].
 */
export function scopeTokens(scope: string): string[] {
  const out: string[] = [];
  let prev = '';
  for (const seg of scope.split('/').filter(Boolean)) {
    const rest = prev && seg.startsWith(`${prev}.`) ? seg.slice(prev.length + 1) : seg;
    out.push(...rest.split('.').filter(Boolean));
    prev = seg;
  }
  return out;
}

function nameSimilarity(a: string[], b: string[]): number {
  const n = Math.max(a.length, b.length);
  if (n === 0) return 0;
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k / n;
}

/**
 * Same dims once size-1 dims are dropped (a symbolic dim matches any), or the same number of elements: a Reshape
 * or Flatten that one side does on the integer grid (Q -> Reshape -> DQ) and the other as a unit of its own moves the
 * same values. Unknown shapes are compatible.
 */
export function shapesCompatible(a: Dim[] | null, b: Dim[] | null): boolean {
  if (!a || !b) return true;
  const count = (s: Dim[]) => (s.every((d) => typeof d === 'number') ? (s as number[]).reduce((x, y) => x * y, 1) : -1);
  if (count(a) >= 0 && count(a) === count(b)) return true;
  const sa = a.filter((d) => d !== 1);
  const sb = b.filter((d) => d !== 1);
  const symbolic = [...sa, ...sb].some((d) => typeof d === 'string');
  if (sa.length !== sb.length) return symbolic;
  return sa.every((d, i) => typeof d === 'string' || typeof sb[i] === 'string' || d === sb[i]);
}

function compatible(q: Side, i: number, f: Side, j: number): boolean {
  const a = q.units[i];
  const b = f.units[j];
  if (a.kind !== b.kind || q.arity[i] !== f.arity[j]) return false;
  if (a.weightShape && b.weightShape && a.weightShape.join(',') !== b.weightShape.join(',')) return false;
  return shapesCompatible(a.outputShape, b.outputShape);
}

function key(s: Side, k: string, inputPartner: Map<string, string>): string | null {
  if (k.startsWith('in:')) return inputPartner.get(k) ?? null;
  const p = s.partner[Number(k.slice(2))];
  return p >= 0 ? `u:${p}` : null;
}

/** Pair the units of a quantized model with those of its float twin, by structure first and names and order after. */
export function matchFloatTwin(quant: IRGraph, float: IRGraph): TwinMatch {
  const q = side(quant);
  const f = side(float);
  const inputPartner = pairInputs(quant, float);
  const reverseInputs = new Map([...inputPartner].map(([a, b]) => [b, a]));
  const how = new Map<number, string>();
  const pair = (i: number, j: number, why: string) => {
    q.partner[i] = j;
    f.partner[j] = i;
    how.set(i, why);
  };
  const shapeKnown = (i: number, j: number) =>
    (!!q.units[i].weightShape && !!f.units[j].weightShape) || (!!q.units[i].outputShape && !!f.units[j].outputShape);

  // Connectivity evidence: sources (and, once known, consumers) that are already paired on both sides.
  const evidence = (i: number, j: number): { ok: number; bad: number } => {
    let ok = 0;
    let bad = 0;
    for (const k of q.reach[i]) {
      const p = key(q, k, inputPartner);
      if (p && f.reach[j].has(p)) ok++;
    }
    for (const k of q.direct[i]) {
      const p = key(q, k, inputPartner);
      const skip = k.startsWith('u:') && MOVES_DATA.has(q.units[Number(k.slice(2))].kind);
      if (p && !skip && !f.reach[j].has(p)) bad++;
    }
    for (const k of f.direct[j]) {
      const p = key(f, k, reverseInputs);
      const skip = k.startsWith('u:') && MOVES_DATA.has(f.units[Number(k.slice(2))].kind);
      if (p && !skip && !q.reach[i].has(p)) bad++;
    }
    for (const c of q.readers.get(`u:${i}`) ?? []) {
      const fc = q.partner[c];
      if (fc < 0) continue;
      if (f.reach[fc].has(`u:${j}`)) ok++;
    }
    return { ok, bad };
  };

  const expected = (i: number): number => {
    for (let d = 1; d < q.units.length; d++) {
      if (i - d >= 0 && q.partner[i - d] >= 0) return q.partner[i - d] + d;
      if (i + d < q.units.length && q.partner[i + d] >= 0) return q.partner[i + d] - d;
    }
    return Math.round((i * f.units.length) / Math.max(1, q.units.length));
  };

  const choose = (i: number, candidates: number[], scoreOf: (j: number) => number, prefix: string): boolean => {
    if (candidates.length === 0) return false;
    const at = expected(i);
    const scored = candidates.map((j) => ({ j, s: scoreOf(j), name: nameSimilarity(q.tokens[i], f.tokens[j]), dist: Math.abs(j - at) }));
    const best = Math.max(...scored.map((c) => c.s));
    const top = scored.filter((c) => c.s === best);
    if (top.length === 1) {
      pair(i, top[0].j, prefix === 'structure' && shapeKnown(i, top[0].j) ? 'structure+shape' : prefix);
      return true;
    }
    top.sort((a, b) => b.name - a.name || a.dist - b.dist || a.j - b.j);
    const byName = top[0].name > top[1].name;
    pair(i, top[0].j, `${prefix}+${byName ? 'name' : 'order'}`);
    return true;
  };

  const structural = (i: number): boolean => {
    const cands = new Set<number>();
    for (const k of q.reach[i]) {
      const p = key(q, k, inputPartner);
      for (const j of (p && f.readers.get(p)) || []) cands.add(j);
    }
    for (const c of q.readers.get(`u:${i}`) ?? []) {
      const fc = q.partner[c];
      if (fc >= 0) for (const k of f.reach[fc]) if (k.startsWith('u:')) cands.add(Number(k.slice(2)));
    }
    const viable = [...cands].filter((j) => f.partner[j] < 0 && compatible(q, i, f, j)).filter((j) => {
      const e = evidence(i, j);
      return e.ok > e.bad;
    });
    return choose(i, viable, (j) => {
      const e = evidence(i, j);
      return e.ok - e.bad;
    }, 'structure');
  };

  // 1. Graph outputs with graph outputs: by name, then by position.
  const outputUnit = (s: Side, name: string) => s.units.findIndex((u) => u.chain.includes(name));
  quant.outputs.forEach((name, k) => {
    const i = outputUnit(q, name);
    const fname = float.outputs.includes(name) ? name : float.outputs[k];
    const j = fname === undefined ? -1 : outputUnit(f, fname);
    if (i >= 0 && j >= 0 && q.partner[i] < 0 && f.partner[j] < 0 && compatible(q, i, f, j)) pair(i, j, 'graph-output');
  });
  // 2. In graph order, by connectivity; 3. again with consumers known, until nothing changes.
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (let i = 0; i < q.units.length; i++) if (q.partner[i] < 0 && structural(i)) changed = true;
    if (!changed) break;
  }
  // 4. What structure could not place: a unique name, else order within the gap between paired neighbours.
  for (let i = 0; i < q.units.length; i++) {
    if (q.partner[i] < 0) fallback(i);
  }

  function fallback(i: number): void {
    let lo = -1;
    let hi = f.units.length;
    for (let k = i - 1; k >= 0; k--) if (q.partner[k] >= 0) { lo = q.partner[k]; break; }
    for (let k = i + 1; k < q.units.length; k++) if (q.partner[k] >= 0) { hi = q.partner[k]; break; }
    if (lo > hi) [lo, hi] = [-1, f.units.length];
    const cands = f.units.map((_, j) => j).filter((j) => f.partner[j] < 0 && compatible(q, i, f, j) && evidence(i, j).bad === 0);
    const named = cands.map((j) => ({ j, s: nameSimilarity(q.tokens[i], f.tokens[j]) })).sort((a, b) => b.s - a.s);
    if (named.length > 0 && named[0].s >= 0.5 && (named.length === 1 || named[0].s > named[1].s)) {
      pair(i, named[0].j, 'name');
      return;
    }
    const inGap = cands.filter((j) => j > lo && j < hi);
    if (inGap.length > 0 && (q.units[i].weightShape || q.units[i].outputShape)) pair(i, inGap[0], 'order+shape');
  }

  const pairs: UnitPair[] = [];
  q.units.forEach((u, i) => {
    if (q.partner[i] >= 0) pairs.push({ model: u, reference: f.units[q.partner[i]], how: how.get(i)! });
  });
  return {
    pairs,
    unmatched: { model: q.units.filter((_, i) => q.partner[i] < 0), reference: f.units.filter((_, j) => f.partner[j] < 0) },
  };
}

/** Graph inputs by name, then the rest by position. */
function pairInputs(quant: IRGraph, float: IRGraph): Map<string, string> {
  const out = new Map<string, string>();
  const free = float.inputs.filter((n) => !quant.inputs.includes(n));
  let k = 0;
  for (const name of quant.inputs) {
    if (float.inputs.includes(name)) out.set(`in:${name}`, `in:${name}`);
    else if (k < free.length) out.set(`in:${name}`, `in:${free[k++]}`);
  }
  return out;
}
