import { badInput } from '../errors';
import { inspectFindings } from './inspect-findings';
import { InspectOptions, InspectReport, ParameterInfo } from './inspect-report';
import { constantTensors, ModelTree, pickleTree, scriptTree, TensorEntry } from './module-tree';
import { countForwardOps } from './op-walk';
import { summarize } from './quant-summary';
import { parseScriptCode } from './script-code';
import { Fail } from './torch-globals';
import { DEFAULT_LIMITS, InspectLimits, checkStorages, readTorchFile } from './torch-file';
import { unpickle, Unpickled } from './unpickler';

export type { InspectReport, InspectOptions } from './inspect-report';

// The first pickle of a legacy torch.save file is this number; then the protocol version, sys info, the object.
const LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;

interface Parsed {
  format: InspectReport['format'];
  container: InspectReport['container'];
  archive: InspectReport['archive'];
  tree: ModelTree;
  constants: TensorEntry[];
  ops: Map<string, number> | null;
  pickles: Unpickled[];
}

/**
 * Inspect a TorchScript (`jit.save`) or `torch.save` file without PyTorch: its modules, the ops its forward calls,
 * its tensors, and its quantization state, with findings. Nothing in the file is ever run. Throws a bad-input
 * QuantLensError for a file it cannot read.
 */
export function inspectTorchScript(file: string, opts: InspectOptions = {}): InspectReport {
  const limits: InspectLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const parsed = parse(file, limits);
  const ops = new Map([...(parsed.ops ?? [])].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
  const { modules, quantization } = summarize(parsed.tree, ops);
  const placeholders: Record<string, number> = {};
  for (const p of parsed.pickles) {
    for (const [cls, n] of p.placeholders) if (!cls.startsWith('__torch__.')) placeholders[cls] = (placeholders[cls] ?? 0) + n;
  }
  const partial: Omit<InspectReport, 'diagnostics'> = {
    file,
    format: parsed.format,
    container: parsed.container,
    archive: parsed.archive,
    modules,
    ops: Object.fromEntries(ops),
    opsCounted: parsed.ops ? 'forward' : 'none',
    parameters: [...parsed.tree.tensors, ...parsed.constants].map(parameterInfo),
    quantization,
    placeholders,
  };
  return { ...partial, diagnostics: inspectFindings(partial) };
}

function parse(file: string, limits: InspectLimits): Parsed {
  const tf = readTorchFile(file, limits);
  const read = (bytes: Uint8Array, entry: string, start = 0): Unpickled => unpickle(bytes, { file, entry, maxDepth: limits.maxDepth, maxBytes: limits.maxPickleBytes, start });
  const failIn = (entry: string): Fail => (message: string): never => {
    throw badInput(file, `${entry}: ${message}`);
  };

  if (tf.kind === 'zip') {
    const at = (name: string): string => (tf.prefix ? `${tf.prefix}/${name}` : name);
    const data = read(tf.entries.get('data.pkl') as Uint8Array, at('data.pkl'));
    checkStorages(tf, data.storages, 'data.pkl', ['data/'], file);
    const versionBytes = tf.entries.get('version') ?? tf.entries.get('.data/version');
    const archive = { name: tf.prefix, version: versionBytes ? new TextDecoder().decode(versionBytes).trim() : null, entries: tf.entryCount };
    const hasCode = [...tf.entries.keys()].some((k) => k.startsWith('code/'));
    if (!hasCode) {
      const tree = pickleTree(data.value, limits.maxDepth, failIn(at('data.pkl')));
      return { format: 'pickle', container: 'zip', archive, tree, constants: [], ops: null, pickles: [data] };
    }
    const code = parseScriptCode(tf.entries);
    const tree = scriptTree(data.value, code, limits.maxDepth, failIn(at('data.pkl')));
    const pickles = [data];
    let constants: TensorEntry[] = [];
    const constBytes = tf.entries.get('constants.pkl');
    if (constBytes) {
      const c = read(constBytes, at('constants.pkl'));
      checkStorages(tf, c.storages, 'constants.pkl', ['constants/', '.data/'], file);
      pickles.push(c);
      constants = constantTensors(c.value);
    }
    const ops = tree.root ? countForwardOps(tree.root, code, limits.maxDepth) : null;
    return { format: 'torchscript', container: 'zip', archive, tree, constants, ops, pickles };
  }

  const first = read(tf.bytes, 'pickle');
  if (first.value !== LEGACY_MAGIC) {
    return { format: 'pickle', container: 'plain-pickle', archive: null, tree: pickleTree(first.value, limits.maxDepth, failIn('pickle')), constants: [], ops: null, pickles: [first] };
  }
  // The legacy layout: magic, protocol version, sys info, then the object (raw storages follow and are not read).
  const protocol = read(tf.bytes, 'pickle 2 (protocol version)', first.end);
  const sysInfo = read(tf.bytes, 'pickle 3 (sys info)', protocol.end);
  const main = read(tf.bytes, 'pickle 4 (the saved object)', sysInfo.end);
  const tree = pickleTree(main.value, limits.maxDepth, failIn('pickle 4'));
  return { format: 'pickle', container: 'legacy-pickle', archive: null, tree, constants: [], ops: null, pickles: [main] };
}

function parameterInfo(e: TensorEntry): ParameterInfo {
  const t = e.tensor;
  const info: ParameterInfo = { name: e.name, dtype: t.dtype, shape: t.shape, kind: e.role, module: e.module };
  if (t.requiresGrad) info.requiresGrad = true;
  if (t.quant) {
    const q = t.quant;
    info.quantization = { qscheme: q.qscheme };
    if (q.scale !== undefined) info.quantization.scale = q.scale;
    if (q.zeroPoint !== undefined) info.quantization.zeroPoint = q.zeroPoint;
    if (q.axis !== undefined) info.quantization.axis = q.axis;
    if (q.scales) info.quantization.channels = q.scales.numel;
  }
  return info;
}
