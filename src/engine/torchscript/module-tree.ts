import { Fail } from './torch-globals';
import { ModuleInstance } from './op-walk';
import { PyDict, PyList, PyObject, PyTuple, PyValue, TorchTensor } from './pickle-values';
import { CodeClass, ScriptCode, tupleStateNames } from './script-code';

/**
 * The module tree and the tensors of a saved model, from its unpickled data: a TorchScript archive (objects of
 * `__torch__` classes, described by the archive's code), an eager `torch.save(model)` (nn.Module `__dict__`s with
 * `_modules`, `_parameters`, `_buffers`), or a state_dict or checkpoint (dicts of tensors, modules inferred from names).
 */
export type TensorRole = 'parameter' | 'buffer' | 'packed' | 'attribute' | 'constant' | 'tensor';

export interface ModuleNode extends ModuleInstance {
  children: Map<string, ModuleNode>;
  /** The module's attributes when its state is a dict (quant_min, dtype, ... for observers and fake-quantize). */
  attrs: PyDict | null;
  /** Names of the tensors held directly by this module. */
  tensorNames: string[];
}

export interface TensorEntry {
  name: string;
  module: string;
  role: TensorRole;
  tensor: TorchTensor;
}

/** A packed-parameters object of a converted module (`torch.classes.quantized.*PackedParamsBase`). */
export interface PackedEntry {
  module: string;
  attr: string;
  type: string;
}

export interface ModelTree {
  source: 'script' | 'eager' | 'state-dict';
  root: ModuleNode | null;
  modules: ModuleNode[];
  tensors: TensorEntry[];
  packed: PackedEntry[];
}

const TORCHBIND = '__torch__.torch.classes.';

// PyTorch's quantized modules hand their unpacked weight and bias to set_weight_bias(w, b).
const STATE_ALIASES: Record<string, string> = { w: 'weight', b: 'bias' };

/** The module a state_dict key belongs to: `fc.weight` -> `fc`, `fc._packed_params._packed_params.0` -> `fc`. */
function ownerOf(key: string): string {
  const packed = /^(.*?)\.?_packed_params(\.|$)/.exec(key);
  return packed ? packed[1] : key.split('.').slice(0, -1).join('.');
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

class TreeBuilder {
  readonly modules: ModuleNode[] = [];
  readonly tensors: TensorEntry[] = [];
  readonly packed: PackedEntry[] = [];
  private readonly seen = new Set<object>();
  /** A module shared by two parents is one node with two names; the first one is its path. */
  private readonly nodes = new Map<PyObject, ModuleNode>();

  constructor(private readonly code: ScriptCode | null, private readonly maxDepth: number, private readonly fail: Fail) {}

  private guard(depth: number): void {
    if (depth > this.maxDepth) this.fail(`objects nested deeper than ${this.maxDepth} levels`);
  }

  private node(path: string, cls: string, attrs: PyDict | null): ModuleNode {
    const n: ModuleNode = { path, cls, children: new Map(), attrs, tensorNames: [] };
    this.modules.push(n);
    return n;
  }

  addTensor(t: TorchTensor, name: string, module: ModuleNode | string, role: TensorRole): void {
    this.tensors.push({ name, module: typeof module === 'string' ? module : module.path, role, tensor: t });
    if (typeof module !== 'string') module.tensorNames.push(name.slice(module.path ? module.path.length + 1 : 0));
  }

  /** Every tensor inside a value that is not a module, named by the path to it. */
  collect(v: PyValue | undefined, name: string, owner: ModuleNode | string, role: TensorRole, depth: number): void {
    this.guard(depth);
    if (v instanceof TorchTensor) return this.addTensor(v, name, owner, role);
    if (typeof v !== 'object' || v === null || v instanceof Uint8Array || this.seen.has(v)) return;
    this.seen.add(v);
    if (v instanceof PyDict) {
      for (const [k, item] of v.entries) if (typeof k === 'string' || typeof k === 'number') this.collect(item, join(name, String(k)), owner, role, depth + 1);
    } else if (v instanceof PyList || v instanceof PyTuple) {
      v.items.forEach((item, i) => this.collect(item, join(name, String(i)), owner, role, depth + 1));
    } else if (v instanceof PyObject) {
      this.collect(v.state, name, owner, role, depth + 1);
      v.listItems.forEach((item, i) => this.collect(item, join(name, String(i)), owner, role, depth + 1));
      for (const [k, item] of v.dictItems) if (typeof k === 'string') this.collect(item, join(name, k), owner, role, depth + 1);
    }
  }

  // TorchScript: `__torch__` objects; the archive's code says which classes are modules and what their tensors are.
  private isScriptModule(v: PyValue): v is PyObject {
    if (!(v instanceof PyObject) || !v.cls.startsWith('__torch__.') || v.cls.startsWith(TORCHBIND)) return false;
    const cls = this.code?.classes.get(v.cls);
    if (cls) return cls.base === 'Module';
    return v.state instanceof PyDict && v.state.get('training') !== undefined;
  }

  script(obj: PyObject, path: string, depth: number): ModuleNode {
    this.guard(depth);
    this.seen.add(obj);
    const cls = this.code?.classes.get(obj.cls);
    const state = obj.state;
    const node = this.node(path, obj.cls, state instanceof PyDict ? state : null);
    this.nodes.set(obj, node);
    for (const [attr, type] of cls?.attributes ?? []) if (type.startsWith(TORCHBIND)) this.packed.push({ module: path, attr, type: type.slice('__torch__.'.length) });
    if (state instanceof PyDict) {
      for (const [k, v] of state.stringEntries()) {
        const name = join(path, k);
        if (this.isScriptModule(v)) node.children.set(k, this.nodes.get(v) ?? this.script(v, name, depth + 1));
        else if (v instanceof PyObject && v.cls.startsWith(TORCHBIND)) {
          if (!cls) this.packed.push({ module: path, attr: k, type: v.cls.slice('__torch__.'.length) });
          this.packedTensors(v.state, name, node, depth + 1);
        } else if (v instanceof TorchTensor) {
          this.addTensor(v, name, node, cls?.parameters.includes(k) ? 'parameter' : cls?.buffers.includes(k) ? 'buffer' : 'attribute');
        } else this.collect(v, name, node, 'attribute', depth + 1);
      }
    } else if (state instanceof PyTuple || state instanceof PyList) {
      this.tupleState(state.items, cls, node, depth + 1);
    }
    return node;
  }

  /** A state from a custom `__getstate__` (converted quantized modules unpack their packed params this way). */
  private tupleState(items: PyValue[], cls: CodeClass | undefined, node: ModuleNode, depth: number): void {
    const names = tupleStateNames(cls);
    const role: TensorRole = cls?.methods.has('_weight_bias') ? 'packed' : 'attribute';
    items.forEach((v, i) => {
      const raw = names.get(i);
      const name = join(node.path, raw ? STATE_ALIASES[raw] ?? raw : `state[${i}]`);
      if (v instanceof TorchTensor) this.addTensor(v, name, node, role);
      else this.collect(v, name, node, role, depth);
    });
  }

  /** Packed params keep a quantized weight and an optional float bias (plus backend config for convolutions). */
  private packedTensors(state: PyValue | undefined, name: string, node: ModuleNode, depth: number): void {
    const before = this.tensors.length;
    this.collect(state, name, node, 'packed', depth);
    const found = this.tensors.slice(before);
    const weight = found.find((e) => e.tensor.quant !== null);
    const bias = found.find((e) => e !== weight && e.tensor.quant === null && e.tensor.shape.length === 1 && /float/.test(e.tensor.dtype));
    if (weight) weight.name = join(name, 'weight');
    if (bias) bias.name = join(name, 'bias');
  }

  // Eager torch.save(model): nn.Module instances whose state is their __dict__.
  static isEagerModule(v: PyValue | undefined): v is PyObject {
    return v instanceof PyObject && v.state instanceof PyDict && v.state.get('_modules') instanceof PyDict;
  }

  eager(obj: PyObject, path: string, depth: number): ModuleNode {
    this.guard(depth);
    this.seen.add(obj);
    const state = obj.state as PyDict;
    const node = this.node(path, obj.cls, state);
    this.nodes.set(obj, node);
    for (const [k, v] of state.stringEntries()) {
      if (k === '_modules' && v instanceof PyDict) {
        for (const [name, child] of v.stringEntries()) {
          if (TreeBuilder.isEagerModule(child)) node.children.set(name, this.nodes.get(child) ?? this.eager(child, join(path, name), depth + 1));
        }
      } else if ((k === '_parameters' || k === '_buffers') && v instanceof PyDict) {
        for (const [name, t] of v.stringEntries()) if (t instanceof TorchTensor) this.addTensor(t, join(path, name), node, k === '_parameters' ? 'parameter' : 'buffer');
      } else if (!/^_(forward|backward|state_dict|load_state_dict|non_persistent)/.test(k)) {
        this.collect(v, join(path, k), node, k === '_packed_params' ? 'packed' : 'attribute', depth + 1);
      }
    }
    return node;
  }

  /** State dicts and checkpoints: find modules and tensors anywhere, naming tensors by their key path. */
  generic(v: PyValue | undefined, path: string, depth: number): void {
    this.guard(depth);
    if (TreeBuilder.isEagerModule(v)) {
      if (!this.seen.has(v)) this.eager(v, path, depth + 1);
      return;
    }
    if (v instanceof TorchTensor) return this.addTensor(v, path, ownerOf(path), 'tensor');
    if (typeof v !== 'object' || v === null || v instanceof Uint8Array || this.seen.has(v)) return;
    this.seen.add(v);
    if (v instanceof PyDict) {
      for (const [k, item] of v.entries) if (typeof k === 'string' || typeof k === 'number') this.generic(item, join(path, String(k)), depth + 1);
    } else if (v instanceof PyList || v instanceof PyTuple) {
      v.items.forEach((item, i) => this.generic(item, join(path, String(i)), depth + 1));
    } else if (v instanceof PyObject) {
      this.generic(v.state, path, depth + 1);
      for (const [k, item] of v.dictItems) if (typeof k === 'string') this.generic(item, join(path, k), depth + 1);
    }
  }

  /** Modules named by tensor keys (`features.0.weight` -> `features.0`), for files that hold no module objects. */
  inferModules(): void {
    const byPath = new Map<string, ModuleNode>();
    for (const t of this.tensors) {
      let mod = byPath.get(t.module);
      if (!mod) {
        mod = { path: t.module, cls: '', children: new Map(), attrs: null, tensorNames: [] };
        byPath.set(t.module, mod);
      }
      mod.tensorNames.push(t.name.slice(t.module ? t.module.length + 1 : 0));
      if (/(^|\.)_packed_params(\.|$)/.test(t.name) && !this.packed.some((p) => p.module === t.module)) {
        this.packed.push({ module: t.module, attr: '_packed_params', type: 'packed params (state_dict)' });
      }
    }
    this.modules.push(...byPath.values());
  }
}

/** Build the tree of a TorchScript archive's `data.pkl` root object. */
export function scriptTree(root: PyValue, code: ScriptCode, maxDepth: number, fail: Fail): ModelTree {
  const b = new TreeBuilder(code, maxDepth, fail);
  if (!(root instanceof PyObject)) return fail('data.pkl does not hold a module object');
  const top = b.script(root, '', 0);
  return { source: 'script', root: top, modules: b.modules, tensors: b.tensors, packed: b.packed };
}

/** Build the tree of a torch.save pickle: a whole model, or a state_dict or checkpoint. */
export function pickleTree(root: PyValue, maxDepth: number, fail: Fail): ModelTree {
  const b = new TreeBuilder(null, maxDepth, fail);
  if (TreeBuilder.isEagerModule(root)) {
    const top = b.eager(root, '', 0);
    return { source: 'eager', root: top, modules: b.modules, tensors: b.tensors, packed: b.packed };
  }
  b.generic(root, '', 0);
  if (b.modules.length === 0) b.inferModules();
  return { source: b.modules.length > 0 && b.modules.some((m) => m.cls) ? 'eager' : 'state-dict', root: null, modules: b.modules, tensors: b.tensors, packed: b.packed };
}

/** Constants of a TorchScript archive (`constants.pkl`, a tuple): tensors named as the code names them. */
export function constantTensors(value: PyValue): TensorEntry[] {
  const items = value instanceof PyTuple || value instanceof PyList ? value.items : [];
  const out: TensorEntry[] = [];
  items.forEach((v, i) => {
    if (v instanceof TorchTensor) out.push({ name: `CONSTANTS.c${i}`, module: '', role: 'constant', tensor: v });
  });
  return out;
}
