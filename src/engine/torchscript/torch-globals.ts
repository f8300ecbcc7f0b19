import {
  asInt, asIntList, asNumber, isStorage, PyDict, PyGlobal, PyList, PyObject, PyTuple, PyValue, seqItems, TensorQuant, TorchStorage, TorchTensor,
} from './pickle-values';

/**
 * How the safe unpickler treats the globals a pickle calls. A small allow-list of torch and standard-library
 * functions is read as a description of data (a tensor, an ordered dict); everything else becomes an inert
 * placeholder; a call to something that only makes sense as an attack (os.system, eval, ...) is refused.
 */
export type Fail = (message: string) => never;

const STORAGE_DTYPES: Record<string, string> = {
  FloatStorage: 'float32', DoubleStorage: 'float64', HalfStorage: 'float16', BFloat16Storage: 'bfloat16',
  LongStorage: 'int64', IntStorage: 'int32', ShortStorage: 'int16', CharStorage: 'int8', ByteStorage: 'uint8',
  BoolStorage: 'bool', ComplexFloatStorage: 'complex64', ComplexDoubleStorage: 'complex128',
  QInt8Storage: 'qint8', QUInt8Storage: 'quint8', QInt32Storage: 'qint32', QUInt4x2Storage: 'quint4x2', QUInt2x4Storage: 'quint2x4',
  UntypedStorage: 'uint8', Float8_e4m3fnStorage: 'float8_e4m3fn', Float8_e5m2Storage: 'float8_e5m2',
};

/** `torch.float32` and friends, as globals in eager pickles and in `_rebuild_tensor_v3`. */
const TORCH_DTYPES = new Set([
  'float32', 'float', 'float64', 'double', 'float16', 'half', 'bfloat16', 'int64', 'long', 'int32', 'int', 'int16', 'short', 'int8',
  'uint8', 'bool', 'complex64', 'complex128', 'qint8', 'quint8', 'qint32', 'quint4x2', 'quint2x4', 'float8_e4m3fn', 'float8_e5m2',
]);
const DTYPE_ALIASES: Record<string, string> = { float: 'float32', double: 'float64', half: 'float16', long: 'int64', int: 'int32', short: 'int16' };

export function torchDtypeName(g: PyGlobal): string | undefined {
  if (g.module !== 'torch' || !TORCH_DTYPES.has(g.name)) return undefined;
  return DTYPE_ALIASES[g.name] ?? g.name;
}

/** Modules whose callables exist to reach the operating system or the interpreter: calling one is an attack. */
const DANGEROUS_MODULES = new Set([
  'os', 'posix', 'nt', 'subprocess', 'sys', 'shutil', 'socket', 'pty', 'runpy', 'importlib', 'pickle', '_pickle', 'marshal',
  'ctypes', 'code', 'webbrowser', 'multiprocessing', 'platform', 'signal', 'pdb', 'timeit', 'commands', 'popen2', 'asyncio',
]);
const DANGEROUS_BUILTINS = new Set([
  'eval', 'exec', 'execfile', 'compile', '__import__', 'open', 'getattr', 'setattr', 'delattr', 'globals', 'locals', 'vars',
  'input', 'breakpoint', 'apply', 'reload',
]);

/** True when calling this global while loading would run code in Python (the unpickler refuses such files). */
export function isDangerousCall(g: PyGlobal): boolean {
  const root = g.module.split('.')[0];
  if (root === 'builtins' || root === '__builtin__') return DANGEROUS_BUILTINS.has(g.name);
  return DANGEROUS_MODULES.has(root);
}

/** The persistent id of a tensor storage; legacy files also name module classes this way. */
export function persistentLoad(pid: PyValue, fail: Fail): PyValue {
  const items = seqItems(pid);
  if (!items || items.length < 2) return fail('a persistent id that is not a tuple');
  if (items[0] === 'module') return items[1];
  if (items[0] !== 'storage' || items.length < 5) return fail(`an unknown persistent id kind '${String(items[0])}'`);
  const cls = items[1];
  const storageType = cls instanceof PyGlobal ? cls.name : 'unknown';
  const numel = asInt(items[4]);
  if (typeof items[2] !== 'string' || numel === undefined || numel < 0) return fail('a storage persistent id without a key or size');
  const storage: TorchStorage = {
    kind: 'storage', key: items[2], storageType, dtype: STORAGE_DTYPES[storageType] ?? 'unknown',
    location: typeof items[3] === 'string' ? items[3] : 'unknown', numel,
  };
  return storage;
}

function rebuildTensor(args: PyValue[], requiresGradAt: number, fail: Fail, dtypeOverride?: PyValue): TorchTensor {
  const storage = args[0];
  if (!isStorage(storage)) return fail('a tensor rebuilt from something that is not a storage');
  const shape = asIntList(args[2]);
  if (!shape || shape.some((d) => d < 0)) return fail('a tensor with an invalid shape');
  const dtype = dtypeOverride instanceof PyGlobal ? torchDtypeName(dtypeOverride) ?? storage.dtype : storage.dtype;
  return new TorchTensor(dtype, shape, storage, args[requiresGradAt] === true, null);
}

function qscheme(v: PyValue): string {
  return v instanceof PyGlobal ? v.name : typeof v === 'number' ? ['per_tensor_affine', 'per_channel_affine', 'per_tensor_symmetric', 'per_channel_symmetric', 'per_channel_affine_float_qparams'][v] ?? `qscheme ${v}` : 'unknown';
}

function rebuildQTensor(args: PyValue[], fail: Fail): TorchTensor {
  const base = rebuildTensor(args, 5, fail);
  const params = seqItems(args[4]) ?? [];
  const scheme = qscheme(params[0] ?? null);
  const quant: TensorQuant = { qscheme: scheme };
  if (scheme.startsWith('per_tensor')) {
    quant.scale = asNumber(params[1]);
    quant.zeroPoint = asInt(params[2]);
  } else {
    if (params[1] instanceof TorchTensor) quant.scales = params[1];
    if (params[2] instanceof TorchTensor) quant.zeroPoints = params[2];
    quant.axis = asInt(params[3]);
  }
  return new TorchTensor(base.dtype, base.shape, base.storage, base.requiresGrad, quant);
}

function asParameter(v: PyValue | undefined, requiresGrad: PyValue | undefined, fail: Fail): TorchTensor {
  if (!(v instanceof TorchTensor)) return fail('a parameter whose data is not a tensor');
  v.isParameter = true;
  if (typeof requiresGrad === 'boolean') v.requiresGrad = requiresGrad;
  return v;
}

function orderedDict(args: PyValue[]): PyDict {
  const d = new PyDict();
  for (const pair of seqItems(args[0]) ?? []) {
    const kv = seqItems(pair);
    if (kv && kv.length === 2) d.set(kv[0], kv[1]);
  }
  return d;
}

type Interpreter = (args: PyValue[], fail: Fail) => PyValue;

const INTERPRETERS: Record<string, Interpreter> = {
  'collections.OrderedDict': orderedDict,
  'builtins.set': (a) => new PyList([...(seqItems(a[0]) ?? [])]),
  'builtins.frozenset': (a) => new PyList([...(seqItems(a[0]) ?? [])]),
  '__builtin__.set': (a) => new PyList([...(seqItems(a[0]) ?? [])]),
  'torch._utils._rebuild_tensor': (a, fail) => rebuildTensor(a, -1, fail),
  'torch._utils._rebuild_tensor_v2': (a, fail) => rebuildTensor(a, 4, fail),
  'torch._utils._rebuild_tensor_v3': (a, fail) => rebuildTensor(a, 4, fail, a[6]),
  'torch._utils._rebuild_qtensor': rebuildQTensor,
  'torch._utils._rebuild_parameter': (a, fail) => asParameter(a[0], a[1], fail),
  'torch._utils._rebuild_parameter_with_state': (a, fail) => asParameter(a[0], a[1], fail),
  'torch.Size': (a) => new PyTuple([...(seqItems(a[0]) ?? [])]),
  'torch.jit._pickle.build_intlist': (a) => new PyList([...(seqItems(a[0]) ?? [])]),
  'torch.jit._pickle.build_floatlist': (a) => new PyList([...(seqItems(a[0]) ?? [])]),
  'torch.jit._pickle.build_doublelist': (a) => new PyList([...(seqItems(a[0]) ?? [])]),
  'torch.jit._pickle.build_boollist': (a) => new PyList([...(seqItems(a[0]) ?? [])]),
  'torch.jit._pickle.build_tensorlist': (a) => new PyList([...(seqItems(a[0]) ?? [])]),
  'torch.jit._pickle.restore_type_tag': (a) => a[0] ?? null,
  // copyreg._reconstructor(cls, object, None) is how protocol 0/1 pickles make an instance without calling __init__.
  'copyreg._reconstructor': (a) => new PyObject(a[0] instanceof PyGlobal ? a[0].qualified : 'unknown', []),
  'copy_reg._reconstructor': (a) => new PyObject(a[0] instanceof PyGlobal ? a[0].qualified : 'unknown', []),
};

/** `_rebuild_from_type_v2(func, new_type, args, state)` wraps a rebuild for tensor subclasses (Parameter in torch 2). */
function rebuildFromType(args: PyValue[], fail: Fail): PyValue | undefined {
  const [fn, newType, inner] = args;
  if (!(fn instanceof PyGlobal) || !INTERPRETERS[fn.qualified]) return undefined;
  const value = INTERPRETERS[fn.qualified](seqItems(inner) ?? [], fail);
  if (value instanceof TorchTensor && newType instanceof PyGlobal && newType.name === 'Parameter') value.isParameter = true;
  return value;
}

/** The data a call to an allow-listed global describes, or undefined when the global is not on the list. */
export function interpretCall(fn: PyGlobal, args: PyValue[], fail: Fail): PyValue | undefined {
  if (fn.qualified === 'torch._tensor._rebuild_from_type_v2') return rebuildFromType(args, fail);
  const interpreter = INTERPRETERS[fn.qualified];
  return interpreter ? interpreter(args, fail) : undefined;
}
