import { ModuleInfo, QuantRange, QuantState, QuantSummary } from './inspect-report';
import { ModelTree, ModuleNode, TensorEntry } from './module-tree';
import { displayClassName } from './pickle-values';
import { dtypeRange, isFakeQuantOp, isQuantizedOp, moduleKind, ModuleKind, QuantConfig, quantConfig, rangeBits } from './quant-classify';

/** The module list with each module's kind, and the model's quantization state with the ranges it uses. */
export function summarize(tree: ModelTree, ops: Map<string, number>): { modules: ModuleInfo[]; quantization: QuantSummary } {
  const kinds = new Map<ModuleNode, ModuleKind>(tree.modules.map((m) => [m, moduleKind(m)]));
  const insideFakeQuant = new Set<ModuleNode>();
  for (const [m, kind] of kinds) if (kind === 'fake-quant') for (const c of m.children.values()) insideFakeQuant.add(c);

  const ranges = new Map<string, QuantRange>();
  const addRange = (cfg: QuantConfig): void => {
    const key = JSON.stringify(cfg);
    const r = ranges.get(key);
    if (r) r.count++;
    else ranges.set(key, { ...cfg, count: 1 });
  };

  const modules: ModuleInfo[] = tree.modules.map((m) => {
    const kind = kinds.get(m) ?? 'float';
    const info: ModuleInfo = { name: m.path, type: m.cls ? displayClassName(m.cls) : null, kind };
    if (kind === 'fake-quant' || kind === 'observer') {
      const cfg = quantConfig(m);
      if (cfg) {
        info.quant = cfg;
        if (!insideFakeQuant.has(m)) addRange(cfg);
      }
    }
    return info;
  });

  const quantized = tree.tensors.filter((t) => t.tensor.quant !== null);
  for (const t of quantized) addRange(tensorRange(t));

  const count = (k: ModuleKind): number => [...kinds.values()].filter((x) => x === k).length;
  let fakeQuantOpCalls = 0;
  let quantizedOpCalls = 0;
  for (const [op, n] of ops) {
    if (isFakeQuantOp(op)) fakeQuantOpCalls += n;
    else if (isQuantizedOp(op)) quantizedOpCalls += n;
  }
  const summary: QuantSummary = {
    state: 'float',
    fakeQuantModules: count('fake-quant'),
    fusedFakeQuantModules: modules.filter((m) => m.kind === 'fake-quant' && /FusedMovingAvgObsFakeQuantize$/.test(m.type ?? '')).length,
    observerModules: [...kinds].filter(([m, k]) => k === 'observer' && !insideFakeQuant.has(m)).length,
    qatModules: count('qat'),
    quantizedModules: count('quantized'),
    packedParams: tree.packed.length,
    quantizedTensors: quantized.length,
    fakeQuantOpCalls,
    quantizedOpCalls,
    ranges: [...ranges.values()].sort((a, b) => b.count - a.count),
  };
  summary.state = stateOf(summary);
  return { modules, quantization: summary };
}

function stateOf(s: QuantSummary): QuantState {
  const simulated = s.fakeQuantModules + s.observerModules + s.fakeQuantOpCalls > 0;
  const integer = s.quantizedModules + s.packedParams + s.quantizedTensors + s.quantizedOpCalls > 0;
  if (simulated && integer) return 'mixed';
  if (simulated) return 'qat-unconverted';
  return integer ? 'converted' : 'float';
}

function tensorRange(t: TensorEntry): QuantConfig {
  const q = t.tensor.quant;
  const full = dtypeRange(t.tensor.dtype);
  const scheme = q?.qscheme ?? '';
  return {
    role: t.role === 'packed' || t.role === 'parameter' || /weight/.test(t.name) ? 'weight' : 'tensor',
    dtype: t.tensor.dtype,
    qmin: full ? full[0] : null,
    qmax: full ? full[1] : null,
    bits: full ? rangeBits(full[0], full[1]) : null,
    reduceRange: null,
    scheme: scheme.startsWith('per_channel') ? 'per-channel' : scheme.startsWith('per_tensor') ? 'per-tensor' : null,
    symmetric: scheme ? scheme.includes('symmetric') : null,
    axis: q?.axis ?? null,
  };
}
