import { IRGraph } from '../../ir/ir-types';
import { compatible, key, MOVES_DATA, nameSimilarity, TwinSide, twinSide } from './twin-side';
import { Unit } from './units';

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

/** Pair the units of a quantized model with those of its float twin, by structure first and names and order after. */
export function matchFloatTwin(quant: IRGraph, float: IRGraph): TwinMatch {
  const q = twinSide(quant);
  const f = twinSide(float);
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
  const outputUnit = (s: TwinSide, name: string) => s.units.findIndex((u) => u.chain.includes(name));
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
