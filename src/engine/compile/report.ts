import type { Diagnostic } from '../findings/diagnostic';
import type { Dim, IRGraph, Layout } from '../ir/ir-types';
import type { KernelFamilyId, PairRule } from '../targets/kernel-family';

/** The JSON contract of `quantlens compile --json` (pinned by tests). */
export interface CompileReport {
  model: string;
  target: { id: string; title: string; provider: string; level: string; config: Record<string, string>; emulates: KernelFamilyId | null };
  /** Measured on this machine by the runtime probe. */
  cpu: { arch: string; model: string; isa: string[]; nchwcBlock: number | null; u8s8Saturates: boolean; family: KernelFamilyId };
  /** What the target's integer kernels compute: the family it emulates, or the one measured here. */
  kernels: { family: KernelFamilyId; title: string; emulated: boolean; pairs: PairRule | null; summary: string };
  runtimeVersion: string;
  /** Values used for symbolic input dimensions, and whether each was the default (1). */
  symbolicDims: Record<string, { value: number; defaulted: boolean }>;
  source: { nodes: number; opCounts: Record<string, number> };
  compiled: {
    nodes: CompiledNodeJson[];
    values: CompiledValueJson[];
    opCounts: Record<string, number>;
  } | null;
  failure: CompileFailure | null;
  diagnostics: Diagnostic[];
  timingsMs: { load: number; compile: number; ir: number; total: number };
  cached: boolean;
  /** Where the compiled graph was saved (the cache, or --out). */
  compiledModelPath: string | null;
}

export interface CompiledNodeJson {
  name: string;
  opType: string;
  domain: string;
  inputs: string[];
  outputs: string[];
  attributes: Record<string, unknown>;
  origin: string[];
  inserted: boolean;
  scope: string;
}

export interface CompiledValueJson {
  name: string;
  dtype: string | null;
  shape: Dim[] | null;
  layout: Layout;
  quant: { scale: number[]; zeroPoint: number[]; axis: number | null } | null;
  initializer: boolean;
}

export interface RepairOffer {
  id: string;
  title: string;
  /** What the repair changes and why the model means the same after it. */
  description: string;
  /** How many tensors or nodes it touches. */
  changes: number;
}

export interface CompileFailure {
  /** First optimization level that fails (levels below it compile). */
  level: string;
  /** The optimizer whose disabling makes the failing level compile, when one does. */
  optimizer: string | null;
  node: string | null;
  message: string;
  cause: string;
  repairs: RepairOffer[];
  workingTargets: string[];
}

/** Output large enough to be useless in a terminal is cut by the human formatter, never here. */
export function graphJson(g: IRGraph): { nodes: CompiledNodeJson[]; values: CompiledValueJson[] } {
  const nodes = g.nodes.map((n) => ({
    name: n.name, opType: n.opType, domain: n.domain, inputs: n.inputs, outputs: n.outputs,
    attributes: Object.fromEntries(n.attributes.map((a) => [a.name, a.value])),
    origin: n.origin, inserted: n.inserted, scope: n.scope,
  }));
  const values = [...g.values.values()].map((v) => ({
    name: v.name, dtype: v.dtype, shape: v.shape, layout: v.layout,
    quant: v.quant ? { scale: v.quant.scale, zeroPoint: v.quant.zeroPoint, axis: v.quant.axis } : null,
    initializer: v.initializer,
  }));
  return { nodes, values };
}
