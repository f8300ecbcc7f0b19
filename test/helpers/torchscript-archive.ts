import { zipSync, Zippable } from 'fflate';

/**
 * Test-side builders for PyTorch files: a minimal pickle writer (the opcodes torch writes, protocol 2 or 4) and a
 * zip archive in the layout of `torch.jit.save` / `torch.save`. Tests describe a model as values; these turn it into
 * bytes, so no test needs PyTorch or pasted binaries.
 */
export type PV =
  | null
  | boolean
  | number
  | bigint
  | string
  | PV[]
  | Tuple
  | Dict
  | Global
  | Call
  | NewObj
  | PersId
  | Float
  | Raw;

class Tuple { constructor(readonly items: PV[]) {} }
class Dict { constructor(readonly entries: Array<[PV, PV]>) {} }
class Global { constructor(readonly module: string, readonly name: string) {} }
/** `callable(*args)` via REDUCE. */
class Call { constructor(readonly fn: Global, readonly args: PV[]) {} }
/** `cls.__new__(cls)` then BUILD with `state`: how TorchScript and nn.Module objects are pickled. */
class NewObj { constructor(readonly cls: Global, readonly state: PV) {} }
class PersId { constructor(readonly id: PV) {} }
class Float { constructor(readonly value: number) {} }
/** Opcodes written as given (for hostile or broken pickles). */
class Raw { constructor(readonly bytes: number[]) {} }

export const tuple = (...items: PV[]): Tuple => new Tuple(items);
export const dict = (entries: Record<string, PV> | Array<[PV, PV]>): Dict => new Dict(Array.isArray(entries) ? entries : Object.entries(entries));
export const global = (module: string, name: string): Global => new Global(module, name);
export const call = (fn: Global, ...args: PV[]): Call => new Call(fn, args);
export const newObj = (cls: Global, state: PV): NewObj => new NewObj(cls, state);
export const float = (value: number): Float => new Float(value);
export const raw = (...bytes: number[]): Raw => new Raw(bytes);

const orderedDict = (): Call => call(global('collections', 'OrderedDict'));

function strides(shape: number[]): PV[] {
  const out: number[] = [];
  for (let i = shape.length - 1, s = 1; i >= 0; s *= shape[i], i--) out.unshift(s);
  return out;
}

/** A tensor as torch pickles it: `_rebuild_tensor_v2(storage, 0, size, stride, requires_grad, OrderedDict())`. */
export function tensor(storageType: string, key: string, shape: number[], requiresGrad = false): Call {
  const numel = shape.reduce((a, b) => a * b, 1);
  const storage = new PersId(tuple('storage', global('torch', storageType), key, 'cpu', numel));
  return call(global('torch._utils', '_rebuild_tensor_v2'), storage, 0, tuple(...shape), tuple(...strides(shape)), requiresGrad, orderedDict());
}

/** A quantized tensor: per-tensor `(qscheme, scale, zero_point)` or per-channel `(qscheme, scales, zero_points, axis)`. */
export function qtensor(storageType: string, key: string, shape: number[], q: { scale: number; zeroPoint: number } | { axis: number; scalesKey: string; zeroPointsKey: string }): Call {
  const numel = shape.reduce((a, b) => a * b, 1);
  const storage = new PersId(tuple('storage', global('torch', storageType), key, 'cpu', numel));
  const params = 'scale' in q
    ? tuple(global('torch', 'per_tensor_affine'), float(q.scale), q.zeroPoint)
    : tuple(global('torch', 'per_channel_affine'), tensor('DoubleStorage', q.scalesKey, [shape[q.axis]]), tensor('LongStorage', q.zeroPointsKey, [shape[q.axis]]), q.axis);
  return call(global('torch._utils', '_rebuild_qtensor'), storage, 0, tuple(...shape), tuple(...strides(shape)), params, false, orderedDict());
}

/** A TorchScript module object: class `__torch__.<module>.<name>` with its attributes as a dict state. */
export function scriptObject(qualified: string, attrs: Record<string, PV>, training = false): NewObj {
  const dot = qualified.lastIndexOf('.');
  return newObj(global(qualified.slice(0, dot), qualified.slice(dot + 1)), dict({ training, _is_full_backward_hook: null, ...attrs }));
}

export class PickleWriter {
  private readonly out: number[] = [];
  private readonly memo = new Map<string, number>();

  constructor(private readonly protocol: 2 | 4 = 2) {}

  bytes(value: PV): Uint8Array {
    this.out.push(0x80, this.protocol);
    this.write(value);
    this.out.push(0x2e);
    return Uint8Array.from(this.out);
  }

  private u32(n: number): void {
    this.out.push(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
  }

  private str(s: string): void {
    const b = Buffer.from(s, 'utf8');
    if (this.protocol >= 4 && b.length < 256) this.out.push(0x8c, b.length);
    else {
      this.out.push(0x58);
      this.u32(b.length);
    }
    this.out.push(...b);
  }

  private int(n: number | bigint): void {
    if (typeof n === 'number' && n >= 0 && n < 256) this.out.push(0x4b, n);
    else if (typeof n === 'number' && n >= 0 && n < 65536) this.out.push(0x4d, n & 0xff, n >> 8);
    else if (typeof n === 'number' && n >= -(2 ** 31) && n < 2 ** 31) {
      this.out.push(0x4a);
      this.u32(n >>> 0);
    } else {
      // LONG1: little-endian two's complement, as short as the value allows.
      let v = BigInt(n);
      const bytes: number[] = [];
      for (;;) {
        bytes.push(Number(v & 0xffn));
        v >>= 8n;
        const sign = bytes[bytes.length - 1] & 0x80;
        if ((v === 0n && !sign) || (v === -1n && sign)) break;
      }
      this.out.push(0x8a, bytes.length, ...bytes);
    }
  }

  private global(g: Global): void {
    const key = `${g.module}.${g.name}`;
    const at = this.memo.get(key);
    if (at !== undefined) {
      this.out.push(0x68, at);
      return;
    }
    if (this.protocol >= 4) {
      this.str(g.module);
      this.str(g.name);
      this.out.push(0x93, 0x94);
    } else {
      this.out.push(0x63, ...Buffer.from(`${g.module}\n${g.name}\n`, 'latin1'));
      this.out.push(0x71, this.memo.size);
    }
    this.memo.set(key, this.memo.size);
  }

  private items(items: PV[]): void {
    for (const item of items) this.write(item);
  }

  write(v: PV): void {
    if (v === null) this.out.push(0x4e);
    else if (v === true) this.out.push(0x88);
    else if (v === false) this.out.push(0x89);
    else if (typeof v === 'number' && Number.isInteger(v)) this.int(v);
    else if (typeof v === 'number' || v instanceof Float) {
      const b = Buffer.alloc(8);
      b.writeDoubleBE(typeof v === 'number' ? v : v.value);
      this.out.push(0x47, ...b);
    } else if (typeof v === 'bigint') this.int(v);
    else if (typeof v === 'string') this.str(v);
    else if (Array.isArray(v)) {
      this.out.push(0x5d);
      if (v.length) {
        this.out.push(0x28);
        this.items(v);
        this.out.push(0x65);
      }
    } else if (v instanceof Tuple) {
      if (v.items.length === 0) this.out.push(0x29);
      else if (v.items.length <= 3) {
        this.items(v.items);
        this.out.push(0x84 + v.items.length);
      } else {
        this.out.push(0x28);
        this.items(v.items);
        this.out.push(0x74);
      }
    } else if (v instanceof Dict) {
      this.out.push(0x7d);
      if (v.entries.length) {
        this.out.push(0x28);
        for (const [k, val] of v.entries) this.items([k, val]);
        this.out.push(0x75);
      }
    } else if (v instanceof Global) this.global(v);
    else if (v instanceof Call) {
      this.global(v.fn);
      this.write(tuple(...v.args));
      this.out.push(0x52);
    } else if (v instanceof NewObj) {
      this.global(v.cls);
      this.out.push(0x29, 0x81);
      this.write(v.state);
      this.out.push(0x62);
    } else if (v instanceof PersId) {
      this.write(v.id);
      this.out.push(0x51);
    } else this.out.push(...v.bytes);
  }
}

export function pickle(value: PV, protocol: 2 | 4 = 2): Uint8Array {
  return new PickleWriter(protocol).bytes(value);
}

export interface ArchiveSpec {
  /** The archive's folder name (TorchScript uses the file's stem; torch.save in PyTorch 2 uses `archive`). */
  name: string;
  data: PV;
  constants?: PV;
  /** TorchScript code by path under `code/`, e.g. `__torch__/m.py`; none for a torch.save archive. */
  code?: Record<string, string>;
  version?: string;
  /**
   * Storage bytes by key (under `data/`); the inspector never reads them, but real archives hold them. Storages the
   * pickles name and this leaves out get a zero-filled record of the right size, as torch would write.
   */
  storages?: Record<string, Uint8Array>;
  /** Storage keys to leave out although data.pkl names them (a damaged archive). */
  omitStorages?: string[];
  /** Entries stored deflated instead of stored (PyTorch stores everything uncompressed). */
  deflate?: boolean;
}

const STORAGE_BYTES: Record<string, number> = { FloatStorage: 4, DoubleStorage: 8, HalfStorage: 2, BFloat16Storage: 2, LongStorage: 8, IntStorage: 4, ShortStorage: 2, CharStorage: 1, ByteStorage: 1, BoolStorage: 1, QInt8Storage: 1, QUInt8Storage: 1, QInt32Storage: 4 };

/** The storages a value names (persistent ids `('storage', cls, key, location, numel)`), each as zero bytes of its size. */
function storagesNamed(v: PV, out: Record<string, Uint8Array> = {}, depth = 0): Record<string, Uint8Array> {
  if (depth > 200 || v === null || typeof v !== 'object') return out;
  if (Array.isArray(v)) for (const x of v) storagesNamed(x, out, depth + 1);
  else if (v instanceof Tuple) v.items.forEach((x) => storagesNamed(x, out, depth + 1));
  else if (v instanceof Dict) v.entries.forEach(([k, x]) => { storagesNamed(k, out, depth + 1); storagesNamed(x, out, depth + 1); });
  else if (v instanceof Call) v.args.forEach((x) => storagesNamed(x, out, depth + 1));
  else if (v instanceof NewObj) storagesNamed(v.state, out, depth + 1);
  else if (v instanceof PersId && v.id instanceof Tuple && v.id.items[0] === 'storage') {
    const [, cls, key, , numel] = v.id.items;
    if (typeof key === 'string' && typeof numel === 'number' && cls instanceof Global) out[key] = new Uint8Array(numel * (STORAGE_BYTES[cls.name] ?? 1));
  }
  return out;
}

export function torchArchive(spec: ArchiveSpec): Uint8Array {
  const level = spec.deflate ? 6 : 0;
  const files: Zippable = {};
  const add = (path: string, bytes: Uint8Array): void => {
    files[`${spec.name}/${path}`] = [bytes, { level }];
  };
  add('data.pkl', pickle(spec.data));
  for (const [path, text] of Object.entries(spec.code ?? {})) add(`code/${path}`, Buffer.from(text, 'utf8'));
  if (spec.constants !== undefined) add('constants.pkl', pickle(spec.constants));
  const given = { ...storagesNamed(spec.data), ...(spec.storages ?? {}) };
  for (const key of spec.omitStorages ?? []) delete given[key];
  for (const [key, bytes] of Object.entries(given)) add(`data/${key}`, bytes);
  if (spec.constants !== undefined) for (const [key, bytes] of Object.entries(storagesNamed(spec.constants))) add(`constants/${key}`, bytes);
  add('version', Buffer.from(`${spec.version ?? '3'}\n`));
  return zipSync(files);
}

/** Source of one TorchScript module class, in the form `jit.save` writes it. */
export function classCode(opts: { qualified: string; parameters?: string[]; buffers?: string[]; attributes?: Record<string, string>; methods?: Record<string, string[]> }): string {
  const lines = [`class ${opts.qualified.split('.').pop()}(Module):`];
  const list = (xs: string[] = []): string => `[${xs.map((x) => `"${x}", `).join('')}]`;
  lines.push(`  __parameters__ = ${list(opts.parameters)}`, `  __buffers__ = ${list(opts.buffers)}`, '  training : bool');
  for (const [attr, type] of Object.entries(opts.attributes ?? {})) lines.push(`  ${attr} : ${type}`);
  // A method key is its name, or its name with parameters: `set_weight_bias(w: Tensor, b: Optional[Tensor])`.
  for (const [key, body] of Object.entries(opts.methods ?? {})) {
    const m = /^(\w+)(?:\((.*)\))?$/.exec(key);
    if (!m) throw new Error(`bad method key ${key}`);
    lines.push(`  def ${m[1]}(self: ${opts.qualified},`, `    ${m[2] ?? 'argument_1: Tensor'}) -> Tensor:`);
    lines.push(...body.map((l) => `    ${l}`));
  }
  return lines.join('\n') + '\n';
}

export type ClassSpec = Parameters<typeof classCode>[0];

/** The `code/` entries for some classes: one file per module path, as `jit.save` lays them out. */
export function scriptCode(classes: ClassSpec[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const c of classes) {
    const path = `${c.qualified.split('.').slice(0, -1).join('/')}.py`;
    files[path] = (files[path] ?? '') + classCode(c);
  }
  return files;
}
