import { LAYOUT_OPS } from '../../shared/layout';
import { IRGraph, IRNode } from './ir-types';

/** Source ops that a fusion folds into the op that CONSUMES them (weights paths, input dequantization, compute ops whose name went to a fused activation). */
const ABSORBED_BY_CONSUMER = new Set(['DequantizeLinear', 'Constant', 'ConstantOfShape', 'Conv', 'ConvTranspose', 'MatMul', 'Gemm', 'ConvInteger', 'MatMulInteger', 'DynamicQuantizeLinear']);

/** Suffixes the runtime appends to the names of nodes it rewrote. */
const SUFFIXES = [/_token_\d+$/, /_nchwc$/, /_fused$/, /_output_\d+$/];

/** A graph-level fusion names its node after the node it replaced: `<source node>/QuickGeluFusion/`. */
const FUSION_SCOPE = /^(.+?)\/[A-Za-z]+Fusion\/.*$/;

const PRECISION_CAST = 'InsertedPrecisionFreeCast_';

function nameCandidates(name: string): string[] {
  const out = [name];
  // The runtime computes fp16 ops it has no fp16 kernel for in float32, between Casts it names after the tensor.
  if (name.startsWith(PRECISION_CAST)) name = name.slice(PRECISION_CAST.length);
  const fused = FUSION_SCOPE.exec(name);
  let cur = fused ? fused[1] : name;
  if (fused) out.push(cur);
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of SUFFIXES) {
      if (re.test(cur)) {
        cur = cur.replace(re, '');
        out.push(cur);
        changed = true;
      }
    }
  }
  return out;
}

/**
 * Which source nodes each compiled node came from. Seeds come from names the runtime keeps (node names, with its
 * suffixes stripped; tensor names of kept outputs); the source nodes a fusion removed are then given to the compiled
 * node that took them over: dequantization, constants and compute ops to the node that consumed them, everything
 * else (Q, activations, BN, bias adds) to the node that produced their input. Layout ops that match nothing were
 * inserted by the compiler.
 */
export function assignOrigins(source: IRGraph, compiled: IRGraph): void {
  const srcByName = new Map(source.nodes.map((n) => [n.name, n.index]));
  const srcProducer = (tensor: string) => source.values.get(tensor)?.producer ?? -1;
  const claimed = new Map<number, Set<number>>(); // source node -> compiled nodes
  const origins = compiled.nodes.map(() => new Set<number>());
  const claim = (s: number, c: number) => {
    origins[c].add(s);
    let set = claimed.get(s);
    if (!set) claimed.set(s, (set = new Set()));
    set.add(c);
  };

  for (const c of compiled.nodes) {
    for (const cand of nameCandidates(c.name)) {
      const byNode = srcByName.get(cand);
      if (byNode !== undefined) claim(byNode, c.index);
      const byTensor = srcProducer(cand);
      if (byTensor >= 0 && byNode === undefined) claim(byTensor, c.index);
      if (byNode !== undefined || byTensor >= 0) break;
    }
    if (origins[c.index].size === 0 && !LAYOUT_OPS.has(c.opType)) {
      for (const o of c.outputs) {
        const p = srcProducer(o);
        if (p >= 0) claim(p, c.index);
      }
    }
  }

  const isConst = (tensor: string) => {
    const v = source.values.get(tensor);
    if (!v) return true; // optional input left empty
    if (v.initializer) return true;
    return v.producer >= 0 && constNodes.has(v.producer);
  };
  const constNodes = new Set<number>();
  for (const n of source.nodes) if (n.inputs.every((i) => !i || isConst(i))) constNodes.add(n.index);

  const absorbByConsumer = (n: IRNode) => ABSORBED_BY_CONSUMER.has(n.opType) || constNodes.has(n.index);
  const fromConsumers = (n: IRNode): Set<number> | undefined => {
    for (const o of n.outputs) for (const k of source.values.get(o)?.consumers ?? []) {
      const got = claimed.get(k);
      if (got) return got;
    }
    return undefined;
  };
  const fromProducer = (n: IRNode): Set<number> | undefined => {
    // With several activation inputs (a residual Add), the latest producer is the branch the fusion extends.
    const producers = n.inputs.filter((i) => i && !isConst(i)).map(srcProducer).filter((p) => p >= 0).sort((a, b) => b - a);
    for (const p of producers) {
      const got = claimed.get(p);
      if (got) return got;
    }
    return undefined;
  };

  // A node inside a fused pattern (the Sigmoid of x * sigmoid(x)): its input and its output are both read by nodes one
  // compiled node took over, so that node computes it; its producer only handed the input over.
  const insidePattern = (n: IRNode): Set<number> | undefined => {
    const got = fromConsumers(n);
    if (!got) return undefined;
    const outsReadOnlyThere = n.outputs.every((o) => (source.values.get(o)?.consumers ?? []).every((k) => [...(claimed.get(k) ?? [])].some((c) => got.has(c))));
    const inputAlsoThere = n.inputs.some((i) => i && !isConst(i) && (source.values.get(i)?.consumers ?? []).some((k) => k !== n.index && [...(claimed.get(k) ?? [])].some((c) => got.has(c))));
    return outsReadOnlyThere && inputAlsoThere ? got : undefined;
  };
  for (const n of source.nodes) {
    if (claimed.has(n.index) || absorbByConsumer(n)) continue;
    const got = insidePattern(n);
    if (got) for (const c of got) claim(n.index, c);
  }
  // A region a fusion replaced whole (Pow, ReduceMean, Add, Sqrt, Div of an RMS norm, fused into the node named
  // after the Mul that ends it): walking back from the fused node, a node belongs to it when every reader is the fused
  // node and its inputs lead back, through the region, to a tensor that node reads.
  const onlyReader = (n: IRNode): number | null => {
    let one: number | null = null;
    for (const o of n.outputs) for (const k of source.values.get(o)?.consumers ?? []) {
      const got = claimed.get(k);
      if (!got || got.size !== 1) return null;
      const c = [...got][0];
      if (one !== null && one !== c) return null;
      one = c;
    }
    return one;
  };
  const leadsInto = (n: IRNode, c: number, depth: number): boolean => n.inputs.some((t) => {
    if (!t || isConst(t)) return false;
    if (compiled.nodes[c].inputs.includes(t)) return true;
    const p = srcProducer(t);
    if (p < 0) return false;
    if (claimed.get(p)?.has(c)) return true;
    return depth < 8 && !claimed.has(p) && !absorbByConsumer(source.nodes[p]) && leadsInto(source.nodes[p], c, depth + 1);
  });
  for (let i = source.nodes.length - 1; i >= 0; i--) {
    const n = source.nodes[i];
    if (claimed.has(n.index) || absorbByConsumer(n)) continue;
    const c = onlyReader(n);
    if (c !== null && !LAYOUT_OPS.has(compiled.nodes[c].opType) && leadsInto(n, c, 0)) claim(n.index, c);
  }

  for (let pass = 0; pass < 8; pass++) {
    let changed = false;
    const take = (n: IRNode, got: Set<number> | undefined) => {
      if (!got) return;
      for (const c of got) claim(n.index, c);
      changed = true;
    };
    for (const n of source.nodes) if (!claimed.has(n.index) && !absorbByConsumer(n)) take(n, fromProducer(n));
    for (let i = source.nodes.length - 1; i >= 0; i--) {
      const n = source.nodes[i];
      if (!claimed.has(n.index) && absorbByConsumer(n)) take(n, fromConsumers(n));
    }
    if (!changed) break;
  }
  // Whatever is left matches in the other direction, if at all.
  for (const n of source.nodes) if (!claimed.has(n.index)) {
    const got = absorbByConsumer(n) ? fromProducer(n) : fromConsumers(n);
    if (got) for (const c of got) claim(n.index, c);
  }

  for (const c of compiled.nodes) {
    c.origin = [...origins[c.index]].sort((a, b) => a - b).map((i) => source.nodes[i].name);
    c.inserted = c.origin.length === 0 && LAYOUT_OPS.has(c.opType);
  }
}
