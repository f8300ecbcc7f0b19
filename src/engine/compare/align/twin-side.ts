import { Dim, IRGraph } from '../../ir/ir-types';
import { Unit, partitionGraph } from './units';

/** One graph of a float-twin match: its units and how they connect, by unit, looking through data movement. */

/** Units that only move data: one side may have one where the other has none, so connectivity looks through them. */
export const MOVES_DATA = new Set(['Reshape', 'Flatten', 'Transpose', 'Squeeze', 'Unsqueeze', 'Expand']);

/** A unit's sources and consumers as keys: `u:<unit index>` or `in:<graph input>`. */
export interface TwinSide {
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

export function twinSide(g: IRGraph): TwinSide {
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

export function nameSimilarity(a: string[], b: string[]): number {
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

export function compatible(q: TwinSide, i: number, f: TwinSide, j: number): boolean {
  const a = q.units[i];
  const b = f.units[j];
  if (a.kind !== b.kind || q.arity[i] !== f.arity[j]) return false;
  if (a.weightShape && b.weightShape && a.weightShape.join(',') !== b.weightShape.join(',')) return false;
  return shapesCompatible(a.outputShape, b.outputShape);
}

export function key(s: TwinSide, k: string, inputPartner: Map<string, string>): string | null {
  if (k.startsWith('in:')) return inputPartner.get(k) ?? null;
  const p = s.partner[Number(k.slice(2))];
  return p >= 0 ? `u:${p}` : null;
}
