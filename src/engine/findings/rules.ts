import { integerRange } from '../onnx/dtype';
import { ModelMsg } from '../onnx/schema';
import { opKey } from '../../shared/op-key';
import { IRGraph, IRNode, IRValue } from '../ir/ir-types';
import { LAYOUT_OPS } from '../../shared/layout';
import type { CompileFailure } from '../compile/report';
import type { RuntimeProbe } from '../targets/runtime-probe';
import type { Target } from '../targets/target';
import { Diagnostic, diag } from './diagnostic';
import { planWeights } from '../emulate/pair-plan';
import { convPairRule, operandPair, pairRuleFor } from '../targets/kernel-family';
import { KernelFacts, kernelFacts } from '../targets/target-kernels';
import { toNumbers } from '../onnx/tensor-codec';
import { ConstValues } from '../ir/const-values';

/** Domains the bundled CPU runtime implements. */
const RUNTIME_DOMAINS = new Set(['', 'ai.onnx', 'ai.onnx.ml', 'com.microsoft', 'com.microsoft.nchwc', 'ai.onnx.preview.training', 'ai.onnx.training', 'com.ms.internal.nhwc']);

/** Integer ops, with the input slots that must hold integer data (activation and weight). */
const INTEGER_OPS: Record<string, { act: number; weight?: number; bias?: number }> = {
  QLinearConv: { act: 0, weight: 3, bias: 8 }, QLinearMatMul: { act: 0, weight: 3 }, ConvInteger: { act: 0, weight: 1 },
  MatMulInteger: { act: 0, weight: 1 }, QGemm: { act: 0, weight: 3, bias: 6 }, QLinearAdd: { act: 0 }, QLinearMul: { act: 0 },
  QLinearGlobalAveragePool: { act: 0 }, QLinearAveragePool: { act: 0 }, QLinearSigmoid: { act: 0 }, QLinearLeakyRelu: { act: 0 },
  QLinearConcat: { act: 2 }, QLinearSoftmax: { act: 0 }, MatMulIntegerToFloat: { act: 0, weight: 1 }, DynamicQuantizeMatMul: { act: 0, weight: 1 },
};

const FLOAT_COMPUTE = new Set(['Conv', 'ConvTranspose', 'MatMul', 'Gemm', 'FusedConv', 'FusedMatMul', 'FusedGemm', 'Add', 'Mul', 'Sub', 'Div', 'AveragePool', 'GlobalAveragePool', 'MaxPool', 'Relu', 'Clip', 'Sigmoid', 'Softmax', 'Concat', 'Attention', 'LayerNormalization', 'BatchNormalization']);

function fakeQuantLike(n: IRNode): boolean {
  if (/fake_?quant/i.test(n.opType)) return true;
  if (n.opType === 'ATen') return n.attributes.some((a) => a.name === 'operator' && typeof a.value === 'string' && /fake_quant/.test(a.value));
  return false;
}

function paramFindings(g: IRGraph, out: Diagnostic[]): void {
  for (const v of g.values.values()) {
    const q = v.quant;
    if (!q) continue;
    const bad = q.scale.findIndex((s) => !(s > 0) || !Number.isFinite(s));
    if (bad >= 0) {
      out.push(diag('QL-BAD-SCALE', 'error', `tensor ${v.name} has quantization scale ${q.scale[bad]}${q.scale.length > 1 ? ` (channel ${bad})` : ''}: scales must be finite and positive`, { tensor: v.name, fix: 'Recalibrate: a zero or negative scale comes from an empty or broken observer range.' }));
    }
    const range = integerRange(v.dtype ?? q.dtype ?? 'uint8') ?? integerRange(q.dtype ?? 'uint8');
    if (range) {
      const zp = q.zeroPoint.findIndex((z) => !Number.isInteger(z) || z < range.min || z > range.max);
      if (zp >= 0) out.push(diag('QL-ZERO-POINT-RANGE', 'error', `tensor ${v.name} has zero point ${q.zeroPoint[zp]}, outside ${v.dtype ?? q.dtype} [${range.min}, ${range.max}]`, { tensor: v.name, fix: 'Store zero points in the quantized dtype and within its range.' }));
    }
  }
}

function depthwisePerTensor(g: IRGraph, out: Diagnostic[]): void {
  for (const n of g.nodes) {
    const weightSlot = n.opType === 'Conv' ? 1 : n.opType === 'QLinearConv' ? 3 : -1;
    if (weightSlot < 0) continue;
    const group = n.attributes.find((a) => a.name === 'group')?.value;
    const w = g.values.get(n.inputs[weightSlot]);
    // In a QDQ graph the conv reads the weight through a DequantizeLinear: its input carries the parameters.
    const wq = w?.quant ?? (w && w.producer >= 0 && g.nodes[w.producer].opType === 'DequantizeLinear' ? g.values.get(g.nodes[w.producer].inputs[0])?.quant : null);
    const shape = w?.shape ?? (w && w.producer >= 0 ? g.values.get(g.nodes[w.producer].inputs[0])?.shape : null);
    if (typeof group !== 'number' || group <= 1 || !wq || !shape || shape[1] !== 1) continue;
    if (wq.scale.length === 1) {
      out.push(diag('QL-DEPTHWISE-PER-TENSOR', 'warning', `depthwise conv ${n.name} (${group} channels) quantizes its weights per tensor: channels with small weights lose most of their resolution`, { node: n.name, tensor: w!.name, fix: 'Quantize depthwise conv weights per channel (axis 0).' }));
    }
  }
}

function dtypeFindings(g: IRGraph, out: Diagnostic[]): void {
  for (const n of g.nodes) {
    const slots = INTEGER_OPS[n.opType];
    if (!slots) continue;
    for (const [role, slot] of [['activation', slots.act], ['weight', slots.weight], ['bias', slots.bias]] as const) {
      if (slot === undefined) continue;
      const v = g.values.get(n.inputs[slot]);
      if (!v?.dtype) continue;
      if (role !== 'activation' && v.initializer && (v.dtype === 'float32' || v.dtype === 'float16' || v.dtype === 'float64')) {
        out.push(diag('QL-FLOAT-INIT-INTEGER-OP', 'error', `${n.opType} ${n.name} reads a ${v.dtype} initializer ${v.name} as its ${role}: integer ops need integer ${role}s`, { node: n.name, tensor: v.name, fix: `Quantize the ${role} (int8 weights, int32 bias) before the integer op.` }));
      }
      if (role === 'activation' && !v.initializer && (v.dtype === 'int16' || v.dtype === 'uint16' || v.dtype === 'int32')) {
        out.push(diag('QL-WIDE-ACTIVATION', 'warning', `${n.opType} ${n.name} takes a ${v.dtype} activation ${v.name}: few integer kernels take ${v.dtype}, so this layer may run slowly or fall back to float`, { node: n.name, tensor: v.name, fix: 'Quantize activations to 8 bits, or check that the target has kernels for 16-bit activations.' }));
      }
    }
  }
}

export function sourceFindings(source: IRGraph, _model: ModelMsg, _probe: RuntimeProbe, failure: CompileFailure | null): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const n of source.nodes) {
    if (fakeQuantLike(n)) {
      out.push(diag('QL-FAKE-QUANT', 'error', `${opKey(n.domain, n.opType)} ${n.name} is a fake-quantize op left from training: the runtime cannot run it`, { node: n.name, fix: 'Run torch.ao.quantization.convert before export, or export the QAT model at opset 13+ so fake-quant becomes QuantizeLinear/DequantizeLinear.' }));
    } else if (!RUNTIME_DOMAINS.has(n.domain)) {
      out.push(diag('QL-UNSUPPORTED-OP', 'error', `${opKey(n.domain, n.opType)} ${n.name} is in domain '${n.domain}', which the runtime does not implement`, { node: n.name, fix: 'Export without custom ops (or register the custom op library with the runtime).' }));
    }
  }
  paramFindings(source, out);
  depthwisePerTensor(source, out);
  dtypeFindings(source, out);
  if (failure) {
    const fix = failure.repairs.length
      ? `Run 'quantlens repair MODEL --out FIXED.onnx' (${failure.repairs.map((r) => r.id).join(' + ')}): same outputs, compiles.`
      : failure.workingTargets.length ? `Use a target that compiles it: ${failure.workingTargets.join(', ')}.` : null;
    out.push(diag('QL-COMPILE-FAILED', 'error', `does not compile at level ${failure.level}${failure.optimizer ? ` (optimizer ${failure.optimizer})` : ''}: ${failure.cause}`, { node: failure.node, fix }));
  }
  return out;
}

/** The ops between `n` and the QuantizeLinear its output reaches (within a few steps), or null when it reaches none. */
function pathToQuantize(g: IRGraph, n: IRNode): string[] | null {
  let frontier = [n];
  const between: string[] = [];
  for (let step = 0; step < 5 && frontier.length; step++) {
    const next: IRNode[] = [];
    for (const f of frontier) for (const o of f.outputs) for (const c of g.values.get(o)?.consumers ?? []) {
      const k = g.nodes[c];
      if (k.opType === 'QuantizeLinear') return between;
      next.push(k);
    }
    frontier = next;
    between.push(...new Set(next.map((k) => k.opType)));
  }
  return null;
}

/**
 * Quantized layers running in float: float compute ops fed (directly or through layout ops) by a DequantizeLinear of
 * an activation, whose output reaches a QuantizeLinear: DQ -> op -> Q that the compiler did not fuse.
 */
function floatIslands(g: IRGraph): Array<{ nodes: IRNode[]; between: string[] }> {
  const fedByDq = (n: IRNode) => n.inputs.some((i) => {
    let v: IRValue | undefined = g.values.get(i);
    for (let k = 0; k < 4 && v && v.producer >= 0; k++) {
      const p = g.nodes[v.producer];
      if (p.opType === 'DequantizeLinear') return !g.values.get(p.inputs[0])?.initializer;
      if (!LAYOUT_OPS.has(p.opType) && p.opType !== 'Reshape') return false;
      v = g.values.get(p.inputs[0]);
    }
    return false;
  });
  const isFloat = (n: IRNode) => FLOAT_COMPUTE.has(n.opType) && !INTEGER_OPS[n.opType] && n.outputs.some((o) => g.values.get(o)?.dtype?.startsWith('float'));
  const islands: Array<{ nodes: IRNode[]; between: string[] }> = [];
  const island = new Map<number, number>();
  for (const n of g.nodes) {
    if (!isFloat(n) || !fedByDq(n)) continue;
    const between = pathToQuantize(g, n);
    if (!between) continue;
    let id = -1;
    for (const i of n.inputs) {
      const p = g.values.get(i)?.producer ?? -1;
      if (p >= 0 && island.has(p)) id = island.get(p)!;
    }
    if (id < 0) {
      id = islands.length;
      islands.push({ nodes: [], between: [] });
    }
    island.set(n.index, id);
    islands[id].nodes.push(n);
    islands[id].between.push(...between);
  }
  return islands;
}

/** Why the runtime could not fuse, from the ops that sit between the float op and its QuantizeLinear. */
function islandFix(islands: Array<{ between: string[] }>): string {
  const blockers = new Set(islands.flatMap((i) => i.between).filter((op) => !['Relu', 'Clip', 'DequantizeLinear', 'Identity'].includes(op)));
  if (blockers.has('BatchNormalization') || blockers.has('Div') || blockers.has('Mul')) {
    return `Ops between the float op and its QuantizeLinear block the fusion (${[...blockers].join(', ')}): fold BatchNormalization (and the Div/Mul the QAT export adds) into the conv before quantizing or exporting (fuse_modules / eval-mode fusion), so each layer is DQ -> Conv -> Q. In an export already made, quantlens repair --convert (Repair Model…: Convert a QAT export to int8) folds them.`;
  }
  if (blockers.size) return `Ops between the float op and its QuantizeLinear block the fusion (${[...blockers].join(', ')}): quantize them too, or move them before the QuantizeLinear.`;
  return 'Check the QDQ pattern around these ops (a DQ feeding several consumers, an op type without an integer kernel, or parameters the fusion rejects keep them in float).';
}

function countBy<T>(xs: T[], key: (x: T) => string): string {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m].map(([k, v]) => `${v} ${k}`).join(', ');
}

export function compiledFindings(source: IRGraph, compiled: IRGraph, compiledConsts: ConstValues, probe: RuntimeProbe, target: Target): Diagnostic[] {
  const out: Diagnostic[] = [];
  const quantized = source.nodes.some((n) => n.opType === 'QuantizeLinear' || n.opType === 'DequantizeLinear' || INTEGER_OPS[n.opType]);
  if (quantized) {
    const islands = floatIslands(compiled);
    if (islands.length) {
      const nodes = islands.flatMap((i) => i.nodes);
      const expected = target.level === 'disabled' || target.level === 'basic' || target.config['session.disable_quant_qdq'] === '1';
      out.push(diag('QL-FLOAT-ISLANDS', expected ? 'info' : 'warning',
        `${nodes.length} op${nodes.length > 1 ? 's' : ''} of this quantized model run in float at ${target.id} (${countBy(nodes, (n) => n.opType)}), in ${islands.length} island${islands.length > 1 ? 's' : ''} between DequantizeLinear and QuantizeLinear: ${islands.slice(0, 5).map((i) => i.nodes.map((n) => n.name).join(' -> ')).join('; ')}${islands.length > 5 ? '; ...' : ''}`,
        { node: nodes[0].name, fix: expected ? 'This target simulates quantization in float by design; compile for cpu to see the integer kernels.' : islandFix(islands) }));
    }
  }
  const kernels = kernelFacts(target, probe);
  if (kernels.pairs) laneFindings(compiled, compiledConsts, kernels, out);
  const inserted = compiled.nodes.filter((n) => n.inserted);
  if (inserted.length) {
    out.push(diag('QL-LAYOUT-TRANSFORMS', 'info', `the compiler inserted ${inserted.length} layout conversion${inserted.length > 1 ? 's' : ''} (${countBy(inserted, (n) => n.opType)}); each copies a whole tensor`, { node: inserted[0].name, fix: 'Fewer conversions: keep runs of layout-friendly ops together, or compare with cpu-no-layout.' }));
  }
  paramFindings(compiled, out);
  dtypeFindings(compiled, out);
  return out;
}

/** Where a kernel's weights sit and how it reduces over them, for the lane plan. */
function weightLayout(n: IRNode): Parameters<typeof planWeights>[0] | null {
  if (n.opType === 'QLinearConv' || n.opType === 'ConvInteger') {
    const g = n.attributes.find((a) => a.name === 'group')?.value;
    return { conv: { group: typeof g === 'number' ? g : 1 } };
  }
  if (n.opType === 'QGemm') return { matmul: { transposed: n.attributes.some((a) => a.name === 'transB' && a.value === 1) } };
  if (n.opType === 'QLinearMatMul' || n.opType === 'MatMulInteger' || n.opType === 'MatMulIntegerToFloat' || n.opType === 'DynamicQuantizeMatMul') return { matmul: { transposed: false } };
  return null;
}

/**
 * Layers whose weights let a pair sum leave the 16-bit lanes of the target's kernels (the family it runs or
 * emulates), counted exactly per output channel with the family's pairing.
 */
function laneFindings(g: IRGraph, consts: ConstValues, kernels: KernelFacts, out: Diagnostic[]): void {
  const rule = kernels.pairs!;
  let overflowingLayers = 0;
  const details: string[] = [];
  let first: IRNode | undefined;
  let worst = 0;
  for (const n of g.nodes) {
    const slots = INTEGER_OPS[n.opType];
    const layout = weightLayout(n);
    if (!slots || slots.weight === undefined || !layout) continue;
    const activation = n.opType === 'DynamicQuantizeMatMul' ? 'uint8' : g.values.get(n.inputs[slots.act])?.dtype;
    const w = g.values.get(n.inputs[slots.weight]);
    const data = w?.initializer ? consts.get(w.name) : undefined;
    if ((activation !== 'uint8' && activation !== 'int8') || !data || (data.dtype !== 'int8' && data.dtype !== 'uint8')) continue;
    const wz = n.opType === 'QLinearConv' ? consts.get(n.inputs[5]) : undefined;
    const layerRule = 'conv' in layout
      ? convPairRule(kernels.family, { activation, weight: data.dtype, group: layout.conv.group, groupIn: data.dims[1], outChannels: data.dims[0], kernelSize: data.dims.slice(2).reduce((p, d) => p * d, 1), symmetric: !wz || toNumbers(wz).every((v) => v === 0) })
      : pairRuleFor(kernels.family, operandPair(activation, data.dtype));
    if (!layerRule) continue;
    // The bytes the activation can hold: narrowed where the graph clips the integers (7-bit exports).
    const q = n.opType === 'DynamicQuantizeMatMul' ? null : g.values.get(n.inputs[slots.act])?.quant;
    const stored = q && q.qmin !== null && q.qmax !== null ? { min: q.qmin, max: q.qmax } : undefined;
    const plan = planWeights(layout, data.dims, toNumbers(data), layerRule, activation, stored);
    if (plan.entries.length === 0) continue;
    overflowingLayers++;
    worst = Math.max(worst, plan.worstBound);
    first ??= n;
    if (details.length < 5) details.push(`${n.name} (${plan.columnsAtRisk} channels, pair sums up to ${plan.worstBound})`);
  }
  if (overflowingLayers) {
    const lanes = rule.overflow === 'saturate' ? 'saturate' : 'wrap';
    out.push(diag('QL-U8S8-SATURATION', 'warning',
      `${overflowingLayers} integer layer${overflowingLayers > 1 ? 's' : ''} can form pair sums past the int16 lanes that ${lanes} on ${kernels.family.title} (${kernels.emulated ? 'emulated target' : 'measured here'}; worst pair sum ${worst} > 32767): ${details.join('; ')}${overflowingLayers > 5 ? '; ...' : ''}`,
      { node: first!.name, fix: `${kernels.family.fix.charAt(0).toUpperCase()}${kernels.family.fix.slice(1)}.` }));
  }
}
