/**
 * What the safe unpickler builds: plain data only. A Python object becomes an inert record that names its class and
 * keeps the arguments and state it was given; nothing is ever called. Tensors are the one interpreted form, because
 * a small allow-list of torch rebuild functions describes data (dtype, shape, storage), not behaviour.
 */
export type PyValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | PyTuple
  | PyList
  | PyDict
  | PyGlobal
  | PyObject
  | TorchStorage
  | TorchTensor;

export class PyTuple {
  constructor(readonly items: PyValue[]) {}
}

/** A Python list, and also a set or frozenset (order kept; QuantLens never needs set semantics). */
export class PyList {
  constructor(readonly items: PyValue[]) {}
}

export class PyDict {
  readonly entries: Array<[PyValue, PyValue]> = [];
  /** Where each primitive key sits in `entries` (state_dicts hold thousands of keys). */
  private readonly index = new Map<string | number | boolean | null, number>();

  set(key: PyValue, value: PyValue): void {
    if (typeof key === 'string' || typeof key === 'number' || typeof key === 'boolean' || key === null) {
      const i = this.index.get(key);
      if (i !== undefined) {
        this.entries[i][1] = value;
        return;
      }
      this.index.set(key, this.entries.length);
    }
    this.entries.push([key, value]);
  }

  get(key: string | number): PyValue | undefined {
    const i = this.index.get(key);
    return i === undefined ? undefined : this.entries[i][1];
  }

  /** Entries whose key is a string, in insertion order (module attributes, state_dict names). */
  *stringEntries(): Generator<[string, PyValue]> {
    for (const [k, v] of this.entries) if (typeof k === 'string') yield [k, v];
  }
}

/** A reference to a Python global (`module.name`): a class, a function, or a constant such as `torch.quint8`. */
export class PyGlobal {
  constructor(readonly module: string, readonly name: string) {}

  get qualified(): string {
    return `${this.module}.${this.name}`;
  }
}

/**
 * What REDUCE, NEWOBJ or BUILD made of a global QuantLens does not interpret: the class (or callable) by name, the
 * arguments, the state BUILD would have handed to `__setstate__`, and items APPENDS/SETITEMS added.
 */
export class PyObject {
  state: PyValue | undefined = undefined;
  readonly listItems: PyValue[] = [];
  readonly dictItems: Array<[PyValue, PyValue]> = [];

  constructor(readonly cls: string, readonly args: PyValue[]) {}
}

/** A tensor storage named by the archive's persistent id `('storage', torch.FloatStorage, key, location, numel)`. */
export interface TorchStorage {
  readonly kind: 'storage';
  key: string;
  /** The storage class name, e.g. `FloatStorage`. */
  storageType: string;
  dtype: string;
  location: string;
  numel: number;
}

export type QScheme = 'per_tensor_affine' | 'per_channel_affine' | 'per_tensor_symmetric' | 'per_channel_symmetric' | 'per_channel_affine_float_qparams';

/** The quantizer of a quantized tensor, as `_rebuild_qtensor` describes it. */
export interface TensorQuant {
  qscheme: QScheme | string;
  scale?: number;
  zeroPoint?: number;
  axis?: number;
  /** Per-channel scales and zero points live in tensors of their own. */
  scales?: TorchTensor;
  zeroPoints?: TorchTensor;
}

export class TorchTensor {
  isParameter = false;

  constructor(
    readonly dtype: string,
    readonly shape: number[],
    readonly storage: TorchStorage | null,
    public requiresGrad: boolean,
    readonly quant: TensorQuant | null,
  ) {}

  get numel(): number {
    return this.shape.reduce((a, b) => a * b, 1);
  }
}

export function isStorage(v: PyValue | undefined): v is TorchStorage {
  return typeof v === 'object' && v !== null && !(v instanceof Uint8Array) && 'kind' in v && v.kind === 'storage';
}

/** A pickled int as a JS number, when it is one that fits. */
export function asInt(v: PyValue | undefined): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'bigint' && v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

export function asNumber(v: PyValue | undefined): number | undefined {
  if (typeof v === 'number') return v;
  return asInt(v);
}

/** The items of a tuple or list, or undefined for anything else. */
export function seqItems(v: PyValue | undefined): PyValue[] | undefined {
  if (v instanceof PyTuple || v instanceof PyList) return v.items;
  return undefined;
}

/** A tuple or list of ints (a tensor shape), or undefined when it is not one. */
export function asIntList(v: PyValue | undefined): number[] | undefined {
  const items = seqItems(v);
  if (!items) return undefined;
  const out: number[] = [];
  for (const item of items) {
    const n = asInt(item);
    if (n === undefined) return undefined;
    out.push(n);
  }
  return out;
}

/** Drop TorchScript's per-class mangling (`___torch_mangle_12.`) and the `__torch__.` prefix, for display. */
export function displayClassName(qualified: string): string {
  return qualified.replace(/\.___torch_mangle_\d+/g, '').replace(/^__torch__\./, '');
}
