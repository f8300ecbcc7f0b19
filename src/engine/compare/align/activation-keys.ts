import type { Dim, IRGraph, IRValue } from '../../ir/ir-types';
import { APP_SUFFIX, Candidate, ModuleIndex, moduleToScope, scopeToModule } from './module-index';

/**
 * Which model tensors a reference activation (an .npz key) can be compared with. Keys are tensor names, PyTorch
 * module qualified names (`features.1.conv.0.0`, as forward hooks record them), or whatever a user map says.
 * Matching by name proposes candidates; when a module has several, the values decide (chooseByValues).
 */

export interface KeyMatch {
  key: string;
  /** Tensors that may carry the key's values: the module's own (and its fake-quant's) first, each group latest first. */
  candidates: string[];
  how: 'tensor-name' | 'module' | 'map';
}

export interface KeyMatchResult {
  matches: KeyMatch[];
  unmatched: Array<{ key: string; reason: string }>;
}

const FLOAT_TYPES = new Set(['float32', 'float64', 'float16', 'bfloat16']);

function formatShape(shape: readonly Dim[] | null): string {
  return shape ? `[${shape.join(', ')}]` : '[unknown]';
}

/** Exact shape equality, except that a symbolic first (batch) dim takes any size. Unknown shapes are not rejected. */
function shapeFits(shape: Dim[] | null, dims: number[]): boolean {
  if (shape === null) return true;
  if (shape.length !== dims.length) return false;
  return shape.every((d, i) => d === dims[i] || (i === 0 && typeof d === 'string'));
}

/** Values that can be compared with real numbers: float tensors, or integer ones with quantization parameters. */
function readable(v: IRValue): boolean {
  return v.dtype === null || FLOAT_TYPES.has(v.dtype) || v.quant !== null;
}

/**
 * Candidate tensors for each reference key. An exact tensor name wins; else the user map (a tensor, a scope path or
 * a module); else `output`/`output.N` for graph outputs; else the key as a module (or a scope path). Every candidate
 * has the key's shape; pass an IR built with the runtime's types (buildIR(model, {types})), since tensors whose shape
 * the IR does not know are kept for the values to decide.
 */
export function matchActivationKeys(g: IRGraph, refs: Array<{ key: string; dims: number[] }>, map?: Record<string, string>): KeyMatchResult {
  const index = new ModuleIndex(g);
  const keys = new Set(refs.map((r) => r.key));
  const matches: KeyMatch[] = [];
  const unmatched: KeyMatchResult['unmatched'] = [];
  for (const { key, dims } of refs) {
    const r = matchOne(g, index, key, dims, keys, map);
    if ('reason' in r) unmatched.push(r);
    else matches.push(r);
  }
  return { matches, unmatched };
}

function matchOne(g: IRGraph, index: ModuleIndex, key: string, dims: number[], keys: Set<string>, map?: Record<string, string>): KeyMatch | { key: string; reason: string } {
  const named = g.values.get(key);
  if (named) {
    if (shapeFits(named.shape, dims)) return { key, candidates: [key], how: 'tensor-name' };
    return { key, reason: `tensor '${key}' has shape ${formatShape(named.shape)} in the model, the reference ${formatShape(dims)}` };
  }
  const mapped = map && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
  if (mapped !== undefined) {
    const target = g.values.get(mapped);
    if (target) {
      if (shapeFits(target.shape, dims)) return { key, candidates: [mapped], how: 'map' };
      return { key, reason: `the map sends it to tensor '${mapped}', whose shape ${formatShape(target.shape)} is not the reference's ${formatShape(dims)}` };
    }
    const found = index.candidates(mapped.startsWith('/') ? scopeToModule(mapped) : mapped, false);
    if (!found) return { key, reason: `the map sends it to '${mapped}', which is neither a tensor nor a module scope of the model` };
    return fromCandidates(g, key, dims, found, 'map', `the map's '${mapped}'`);
  }
  const output = /^output(?:[._:]?(\d+))?$/.exec(key);
  if (output) {
    const outs = output[1] === undefined ? g.outputs : g.outputs.slice(Number(output[1]), Number(output[1]) + 1);
    const fit = outs.filter((o) => shapeFits(g.values.get(o)?.shape ?? null, dims));
    if (fit.length > 0) return { key, candidates: fit, how: 'tensor-name' };
    if (outs.length > 0) return { key, reason: `no graph output has the reference's shape ${formatShape(dims)}: ${describe(g, outs)}` };
  }
  const module = key.startsWith('/') ? scopeToModule(key) : key;
  const found = index.candidates(module, keys.has(module + APP_SUFFIX));
  if (!found) {
    return {
      key,
      reason: `no tensor is named '${key}' and no node lies in module scope ${moduleToScope(module)} ` +
        '(a module that left no node: nn.Identity, Dropout, a stub, or one folded into its neighbour)',
    };
  }
  return fromCandidates(g, key, dims, found, 'module', `module '${module}'`);
}

function fromCandidates(g: IRGraph, key: string, dims: number[], found: Candidate[], how: KeyMatch['how'], what: string): KeyMatch | { key: string; reason: string } {
  const values = found.map((c) => g.values.get(c.tensor)!).filter(readable);
  if (values.length === 0) return { key, reason: `${what} has no output that holds real numbers: ${describe(g, found.map((c) => c.tensor))}` };
  const fit = values.filter((v) => shapeFits(v.shape, dims));
  if (fit.length > 0) return { key, candidates: fit.map((v) => v.name), how };
  return { key, reason: `${what} has no output of the reference's shape ${formatShape(dims)}: ${describe(g, values.map((v) => v.name))}` };
}

/** `'a' [1, 4], 'b' [1, 8] and 3 more`: what a reason shows of the tensors it rejected. */
function describe(g: IRGraph, tensors: string[]): string {
  const shown = tensors.slice(0, 3).map((t) => `'${t}' ${formatShape(g.values.get(t)?.shape ?? null)}`).join(', ');
  return tensors.length > 3 ? `${shown} and ${tensors.length - 3} more` : shown;
}
