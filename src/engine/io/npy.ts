import * as path from 'path';
import { badInput, errorMessage } from '../errors';
import { DType } from '../onnx/dtype';
import { Tensor, elementCount, fromLittleEndian, toLittleEndian } from '../onnx/tensor-codec';
import { readFileBytes, writeFileAtomic } from './file-bytes';

/**
 * NumPy's .npy format (versions 1.0, 2.0 and 3.0). The header is a Python dict literal; it is parsed as data and
 * never evaluated, and object arrays are refused, so a file can never make us run code or unpickle anything.
 */

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
/** Real headers are a few hundred bytes; a larger length is a corrupt or hostile file, refused before reading it. */
const MAX_HEADER_BYTES = 1 << 20;
const ALIGN = 64;

/** The .npy element types we map to ours, by the descr's kind letter and item size. */
const NPY_TYPES: Record<string, DType> = {
  f2: 'float16', f4: 'float32', f8: 'float64', c8: 'complex64', c16: 'complex128', b1: 'bool',
  i1: 'int8', u1: 'uint8', i2: 'int16', u2: 'uint16', i4: 'int32', u4: 'uint32', i8: 'int64', u8: 'uint64',
};
const DESCR_OF = new Map<DType, string>(Object.entries(NPY_TYPES).map(([code, dtype]) => [dtype, code]));

interface NpyHeader {
  dtype: DType;
  itemBytes: number;
  bigEndian: boolean;
  fortranOrder: boolean;
  dims: number[];
  dataOffset: number;
}

/** `file` names the source in errors; `entry` is the member of an archive the bytes came from, if any. */
export function parseNpy(bytes: Uint8Array, file: string, entry?: string): Tensor {
  const fail = failer(file, entry);
  const h = parseHeader(bytes, fail);
  const count = elementCount(h.dims);
  const need = count * h.itemBytes;
  if (!Number.isSafeInteger(need)) fail(`shape (${h.dims.join(', ')}) is too large to hold in memory`);
  const have = bytes.length - h.dataOffset;
  if (have < need) fail(`truncated: shape (${h.dims.join(', ')}) of ${h.dtype} needs ${need} bytes of data, the file has ${have}`);
  if (have > need) fail(`holds ${have} bytes of data but shape (${h.dims.join(', ')}) of ${h.dtype} needs ${need}: shape and data do not match`);
  let data = bytes.subarray(h.dataOffset, h.dataOffset + need);
  const componentBytes = h.dtype.startsWith('complex') ? h.itemBytes / 2 : h.itemBytes;
  if (h.bigEndian && componentBytes > 1) data = swapBytes(data, componentBytes);
  if (h.fortranOrder) data = fortranToC(data, h.dims, h.itemBytes);
  const values = fromLittleEndian(h.dtype, data, count);
  if (h.dtype === 'bool') {
    // NumPy never writes other bytes, but a hand-made file might; our bools are 0/1.
    const b = values as Uint8Array;
    for (let i = 0; i < b.length; i++) b[i] = b[i] ? 1 : 0;
  }
  return { dtype: h.dtype, dims: h.dims, data: values };
}

/** Bytes an archive member must inflate to when it starts with `head`: enough to read any header we accept. */
export const NPY_HEAD_BYTES = MAX_HEADER_BYTES + 16;

/**
 * Check an archive member's .npy header before the member is inflated: its magic, its header, and that its shape and
 * dtype need exactly the member's declared size. A member that lies is refused before its data is touched.
 */
export function checkNpyHead(head: Uint8Array, memberSize: number, file: string, entry: string): void {
  const fail = failer(file, entry);
  const h = parseHeader(head, fail);
  const need = elementCount(h.dims) * h.itemBytes;
  const have = memberSize - h.dataOffset;
  if (!Number.isSafeInteger(need) || have < need) fail(`truncated: shape (${h.dims.join(', ')}) of ${h.dtype} needs ${need} bytes of data, the member holds ${have}`);
  if (have > need) fail(`holds ${have} bytes of data but shape (${h.dims.join(', ')}) of ${h.dtype} needs ${need}: shape and data do not match`);
}

function parseHeader(bytes: Uint8Array, fail: (msg: string) => never): NpyHeader {
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) fail('not a .npy file (no \\x93NUMPY magic at the start)');
  const major = bytes[6];
  if (major < 1 || major > 3) fail(`unsupported .npy version ${major}.${bytes[7]} (1.0, 2.0 and 3.0 are known)`);
  const lenBytes = major === 1 ? 2 : 4;
  if (bytes.length < 8 + lenBytes) fail('truncated: the header length is cut off');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  if (headerLen > MAX_HEADER_BYTES) fail(`declares a header of ${headerLen} bytes, over the limit of ${MAX_HEADER_BYTES}: the file is corrupt`);
  const start = 8 + lenBytes;
  if (bytes.length < start + headerLen) fail(`truncated: the header needs ${headerLen} bytes, the file has ${bytes.length - start} after the preamble`);
  const raw = bytes.subarray(start, start + headerLen);
  const text = major === 3 ? new TextDecoder('utf-8').decode(raw) : Buffer.from(raw).toString('latin1');

  let dict: PyLiteral;
  try {
    dict = parsePyLiteral(text);
  } catch (err) {
    return fail(`the header is not a plain Python dict literal (${errorMessage(err)}); it is never evaluated`);
  }
  if (dict.kind !== 'dict') return fail(`the header is a ${dict.kind}, not a dict`);
  const keys = [...dict.entries.keys()].sort().join(', ');
  if (keys !== 'descr, fortran_order, shape') fail(`the header has keys {${keys}}; a .npy header has exactly descr, fortran_order and shape`);
  const descr = dict.entries.get('descr')!;
  const fortran = dict.entries.get('fortran_order')!;
  const shape = dict.entries.get('shape')!;

  if (fortran.kind !== 'bool') fail(`fortran_order is ${showLiteral(fortran)}, not True or False`);
  if (shape.kind !== 'tuple') fail(`shape is ${showLiteral(shape)}, not a tuple`);
  const dims = shape.items.map((d) => {
    if (d.kind !== 'int' || d.value < 0) fail(`shape ${showLiteral(shape)} has a dimension that is not a non-negative integer`);
    return d.value;
  });
  return { ...parseDescr(descr, fail), fortranOrder: fortran.value, dims, dataOffset: start + headerLen };
}

function parseDescr(descr: PyLiteral, fail: (msg: string) => never): Pick<NpyHeader, 'dtype' | 'itemBytes' | 'bigEndian'> {
  if (descr.kind !== 'str') return fail(`dtype ${showLiteral(descr)} is a structured (record) dtype, which is not supported`);
  const m = /^([<>|=]?)([a-zA-Z])(\d*)$/.exec(descr.value);
  if (m && m[2] === 'O') fail(`dtype '${descr.value}' is an object array (pickled Python objects), which is never loaded`);
  const dtype = m ? NPY_TYPES[m[2] + m[3]] : undefined;
  if (!m || !dtype) {
    return fail(`unsupported dtype '${descr.value}' (supported: ${Object.keys(NPY_TYPES).join(' ')} in either byte order)`);
  }
  // '=' (native order) is little-endian: like tensor-codec, QuantLens runs on little-endian hosts only.
  return { dtype, itemBytes: Number(m[3]), bigEndian: m[1] === '>' };
}

function failer(file: string, entry?: string): (msg: string) => never {
  return (msg) => {
    throw badInput(file, entry ? `entry '${entry}': ${msg}` : msg);
  };
}

function swapBytes(src: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(src.length);
  for (let i = 0; i < src.length; i += size) for (let k = 0; k < size; k++) out[i + k] = src[i + size - 1 - k];
  return out;
}

/** Reorder elements from column-major (first index fastest) to row-major (last index fastest). */
function fortranToC(src: Uint8Array, dims: number[], itemBytes: number): Uint8Array {
  if (dims.length < 2) return src;
  const count = elementCount(dims);
  const out = new Uint8Array(src.length);
  const fStride: number[] = [];
  for (let k = 0, s = 1; k < dims.length; s *= dims[k], k++) fStride.push(s);
  const idx = new Array<number>(dims.length).fill(0);
  let from = 0;
  for (let c = 0; c < count; c++) {
    const a = from * itemBytes;
    const b = c * itemBytes;
    for (let k = 0; k < itemBytes; k++) out[b + k] = src[a + k];
    for (let k = dims.length - 1; k >= 0; k--) {
      idx[k]++;
      from += fStride[k];
      if (idx[k] < dims[k]) break;
      from -= fStride[k] * dims[k];
      idx[k] = 0;
    }
  }
  return out;
}

/** Encode as .npy: C order, little-endian, version 1.0 unless the header is too long for it. */
export function encodeNpy(t: Tensor, file: string): Uint8Array {
  const code = DESCR_OF.get(t.dtype);
  if (!code) {
    throw badInput(file, `tensor '${t.name ?? ''}' has dtype ${t.dtype}, which .npy cannot hold; convert it to float32 first`);
  }
  const count = elementCount(t.dims);
  if (t.data.length !== count * (t.dtype.startsWith('complex') ? 2 : 1)) {
    throw new Error(`tensor '${t.name ?? ''}' holds ${t.data.length} values for dims [${t.dims}]`);
  }
  const order = code.length === 2 && code[1] === '1' ? '|' : '<';
  const shape = t.dims.length === 1 ? `(${t.dims[0]},)` : `(${t.dims.join(', ')})`;
  const dict = `{'descr': '${order}${code}', 'fortran_order': False, 'shape': ${shape}, }`;
  // Pad with spaces so that the data starts on a 64-byte boundary, as NumPy does.
  const headerFor = (preamble: number) => dict + ' '.repeat((ALIGN - ((preamble + dict.length + 1) % ALIGN)) % ALIGN) + '\n';
  const preamble = headerFor(10).length <= 0xffff ? 10 : 12;
  const header = Buffer.from(headerFor(preamble), 'latin1');
  const data = toLittleEndian(t);
  const out = new Uint8Array(preamble + header.length + data.length);
  out.set(MAGIC);
  out[6] = preamble === 10 ? 1 : 2;
  const view = new DataView(out.buffer);
  if (preamble === 10) view.setUint16(8, header.length, true);
  else view.setUint32(8, header.length, true);
  out.set(header, preamble);
  out.set(data, preamble + header.length);
  return out;
}

export function readNpy(file: string): Tensor {
  const t = parseNpy(readFileBytes(file), file);
  return { ...t, name: path.basename(file, path.extname(file)) };
}

export function writeNpy(file: string, t: Tensor): void {
  writeFileAtomic(file, encodeNpy(t, file));
}

// ---- the header's Python literal, parsed as data ----

type PyLiteral =
  | { kind: 'str'; value: string }
  | { kind: 'int'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'none' }
  | { kind: 'tuple' | 'list'; items: PyLiteral[] }
  | { kind: 'dict'; entries: Map<string, PyLiteral> };

/**
 * The subset of Python literal syntax that NumPy writes: dicts with string keys, strings, integers (a Python 2 `L`
 * suffix allowed), True/False/None, tuples and lists. Anything else (a name, a call, an operator) is an error.
 */
function parsePyLiteral(text: string): PyLiteral {
  let i = 0;
  let depth = 0;
  const skip = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  /** Comma-separated items up to `close` (a trailing comma allowed), after the opening bracket. */
  const items = (close: string, item: () => void) => {
    // NumPy nests three deep at most (structured dtypes); deeper is a hostile header, refused before the stack runs out.
    if (++depth > 32) throw new Error('nested too deep');
    for (i++; ; ) {
      skip();
      if (text[i] === close) break;
      item();
      skip();
      if (text[i] === ',') i++;
      else if (text[i] !== close) throw new Error(`expected ',' or '${close}' at offset ${i}`);
    }
    i++;
    depth--;
  };
  const value = (): PyLiteral => {
    skip();
    const ch = text[i];
    if (ch === '{') {
      const entries = new Map<string, PyLiteral>();
      items('}', () => {
        const key = value();
        if (key.kind !== 'str') throw new Error(`a dict key is ${showLiteral(key)}, not a string`);
        if (entries.has(key.value)) throw new Error(`key '${key.value}' appears twice`);
        skip();
        if (text[i++] !== ':') throw new Error(`expected ':' at offset ${i - 1}`);
        entries.set(key.value, value());
      });
      return { kind: 'dict', entries };
    }
    if (ch === '(' || ch === '[') {
      const list: PyLiteral[] = [];
      items(ch === '(' ? ')' : ']', () => list.push(value()));
      return { kind: ch === '(' ? 'tuple' : 'list', items: list };
    }
    if (ch === "'" || ch === '"') return str(ch);
    const m = /^(?:(-?\d+)L?|(True|False|None))(?![\w.(])/.exec(text.slice(i, i + 40));
    if (!m) throw new Error(`unexpected '${text.slice(i, i + 20)}' at offset ${i}`);
    i += m[0].length;
    if (m[2] === 'None') return { kind: 'none' };
    if (m[2]) return { kind: 'bool', value: m[2] === 'True' };
    const n = Number(m[1]);
    if (!Number.isSafeInteger(n)) throw new Error(`integer ${m[1]} is too large`);
    return { kind: 'int', value: n };
  };
  const str = (quote: string): PyLiteral => {
    let out = '';
    for (i++; i < text.length && text[i] !== quote; i++) {
      if (text[i] !== '\\') out += text[i];
      else if (['\\', "'", '"'].includes(text[i + 1])) out += text[++i];
      else throw new Error(`unsupported escape in a string at offset ${i}`);
    }
    if (i >= text.length) throw new Error('unterminated string');
    i++;
    return { kind: 'str', value: out };
  };
  const result = value();
  skip();
  if (i !== text.length) throw new Error(`unexpected '${text.slice(i, i + 20)}' after the literal`);
  return result;
}

function showLiteral(v: PyLiteral): string {
  switch (v.kind) {
    case 'str': return `'${v.value}'`;
    case 'int': return String(v.value);
    case 'bool': return v.value ? 'True' : 'False';
    case 'none': return 'None';
    case 'tuple': return `(${v.items.map(showLiteral).join(', ')}${v.items.length === 1 ? ',' : ''})`;
    case 'list': return `[${v.items.map(showLiteral).join(', ')}]`;
    case 'dict': return `{${[...v.entries].map(([k, x]) => `'${k}': ${showLiteral(x)}`).join(', ')}}`;
  }
}
