import type { IRGraph } from '../../ir/ir-types';
import { VALUE_COPIES } from './op-sets';

/**
 * PyTorch module names in an exported graph: a module path is one scope segment per module, and the nodes of a
 * module (and its fake-quant) are found by their scopes.
 */

const NUMERIC = /^\d+$/;

/**
 * PyTorch's exporter writes a module path as one scope segment per module, and a numeric child (an entry of a
 * Sequential or ModuleList) as `parent.N`: `features.1.conv.0.0` -> `/features/features.1/conv/conv.0/conv.0.0`.
 */
export function moduleToScope(module: string): string {
  if (!module) return '';
  const segments: string[] = [];
  for (const part of module.split('.')) {
    const parent = segments[segments.length - 1];
    segments.push(NUMERIC.test(part) && parent !== undefined ? `${parent}.${part}` : part);
  }
  return `/${segments.join('/')}`;
}

/** The inverse of moduleToScope; also reads plain scopes (`/features/1/conv`, from TorchScript exports). */
export function scopeToModule(scope: string): string {
  const parts: string[] = [];
  let parent: string | undefined;
  for (const segment of scope.split('/').filter(Boolean)) {
    const rest = parent !== undefined && segment.startsWith(`${parent}.`) ? segment.slice(parent.length + 1) : null;
    parts.push(rest !== null && NUMERIC.test(rest) ? rest : segment);
    parent = segment;
  }
  return parts.join('.');
}

/** Ops that pass a value on (maybe quantized, clipped or cast): a module's output may be read after them. */
const TRANSPARENT = new Set([...VALUE_COPIES, 'Relu']);
const QUANT_OPS = new Set(['QuantizeLinear', 'DequantizeLinear']);
const APP = 'activation_post_process';
export const APP_SUFFIX = `.${APP}`;

export interface Candidate {
  tensor: string;
  /** Produced by a QuantizeLinear/DequantizeLinear or reached through one: a fake-quant's output. */
  quantized: boolean;
}

/** `activation_post_process`, `activation_post_process_1`, ...: a fake-quant traced in its owner's parent's scope. */
function isFakeQuantSegment(segment: string): boolean {
  return segment === APP || (segment.startsWith(`${APP}_`) && NUMERIC.test(segment.slice(APP.length + 1)));
}

function lastPart(module: string): string {
  return module.slice(module.lastIndexOf('.') + 1);
}

function parentOf(module: string): string {
  return module.includes('.') ? module.slice(0, module.lastIndexOf('.')) : '';
}

/** The graph's nodes grouped by module (every enclosing module of a node's scope lists it). */
export class ModuleIndex {
  private readonly members = new Map<string, number[]>();
  private readonly nodeModule: string[];
  private readonly outputs: Set<string>;

  constructor(private readonly g: IRGraph) {
    this.outputs = new Set(g.outputs);
    this.nodeModule = g.nodes.map((n) => scopeToModule(n.scope));
    for (const n of g.nodes) {
      const parts = this.nodeModule[n.index].split('.').filter(Boolean);
      for (let i = 1; i <= parts.length; i++) {
        const m = parts.slice(0, i).join('.');
        const list = this.members.get(m);
        if (list) list.push(n.index);
        else this.members.set(m, [n.index]);
      }
    }
  }

  /**
   * Candidates for a module, or null when no node of the graph belongs to it. `quantUnit` says the module is known
   * to own a fake-quant (the reference recorded `<module>.activation_post_process`), which lets a module that left
   * no node take what its parent traced for it.
   */
  candidates(module: string, quantUnit: boolean): Candidate[] | null {
    const own = this.members.get(module);
    if (own) return this.leaving(own);
    if (module.endsWith(APP_SUFFIX)) {
      // The exporter traces a fake-quant called from a forward hook in the scope of its owner's parent, so the
      // owner's outputs that went through a Q/DQ are the fake-quant's output.
      const owner = this.candidates(module.slice(0, -APP_SUFFIX.length), true);
      if (!owner) return null;
      const quantized = owner.filter((c) => c.quantized);
      return quantized.length > 0 ? quantized : owner;
    }
    if (!quantUnit) return null;
    const nodes = this.standIns(parentOf(module));
    return nodes.length > 0 ? this.leaving(nodes) : null;
  }

  /**
   * A QuantStub or FloatFunctional leaves no node of its own: its add is traced in the parent's own scope and its
   * fake-quant in a parent's fake-quant scope (`activation_post_process`, `_1`, ...). It gets both, except the
   * fake-quants that read a child module's output: those belong to that child.
   */
  private standIns(parent: string): number[] {
    const depth = parent ? parent.split('.').length : 0;
    const childOf = (m: string) => m.split('.').slice(0, depth + 1).join('.');
    const inParent = (m: string) => parent === '' || m.startsWith(`${parent}.`);
    const readsChild = (nodes: number[]) => {
      const inside = new Set(nodes);
      return nodes.some((i) => {
        const from = this.g.values.get(this.g.nodes[i].inputs[0] ?? '')?.producer ?? -1;
        if (from < 0 || inside.has(from)) return false;
        const m = this.nodeModule[from];
        return m !== parent && inParent(m) && !isFakeQuantSegment(lastPart(childOf(m)));
      });
    };
    const nodes = this.g.nodes.filter((n) => this.nodeModule[n.index] === parent).map((n) => n.index);
    for (const [m, list] of this.members) {
      if (m !== parent && inParent(m) && childOf(m) === m && isFakeQuantSegment(lastPart(m)) && !readsChild(list)) nodes.push(...list);
    }
    return nodes;
  }

  /**
   * Tensors produced by `nodes` and used outside them (or graph outputs), plus where transparent ops take them.
   * Those made by `nodes` or in a fake-quant scope come first, then the ones in other modules' scopes (the next
   * layer's DequantizeLinear carries the same value but names another layer); within each, the latest first.
   */
  private leaving(nodes: number[]): Candidate[] {
    const inside = new Set(nodes);
    const found = new Map<string, boolean>();
    const stack: Candidate[] = [];
    for (const i of nodes) {
      const node = this.g.nodes[i];
      if (node.opType === 'Constant') continue;
      for (const o of node.outputs) {
        const v = o ? this.g.values.get(o) : undefined;
        if (!v || v.initializer) continue;
        if (this.outputs.has(o) || v.consumers.some((c) => !inside.has(c))) stack.push({ tensor: o, quantized: QUANT_OPS.has(node.opType) });
      }
    }
    while (stack.length > 0) {
      const { tensor, quantized } = stack.pop()!;
      if (found.get(tensor) ?? false) continue;
      if (found.has(tensor) && !quantized) continue;
      found.set(tensor, quantized);
      for (const c of this.g.values.get(tensor)?.consumers ?? []) {
        const next = this.g.nodes[c];
        if (TRANSPARENT.has(next.opType) && next.inputs[0] === tensor && next.outputs[0]) {
          stack.push({ tensor: next.outputs[0], quantized: quantized || QUANT_OPS.has(next.opType) });
        }
      }
    }
    const producer = (t: string) => this.g.values.get(t)?.producer ?? -1;
    const elsewhere = (t: string) => {
      const p = producer(t);
      return p >= 0 && !inside.has(p) && !isFakeQuantSegment(lastPart(this.nodeModule[p])) ? 1 : 0;
    };
    return [...found]
      .map(([tensor, quantized]) => ({ tensor, quantized, rank: elsewhere(tensor), at: producer(tensor) }))
      .sort((a, b) => a.rank - b.rank || b.at - a.at)
      .map(({ tensor, quantized }) => ({ tensor, quantized }));
  }
}
