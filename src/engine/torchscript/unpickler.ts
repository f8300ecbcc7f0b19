import { badInput } from '../errors';
import { PyDict, PyGlobal, PyList, PyObject, PyTuple, PyValue, TorchStorage, isStorage } from './pickle-values';
import { Fail, interpretCall, isDangerousCall, persistentLoad } from './torch-globals';

/**
 * A pickle reader that only builds data. Python's own unpickler imports modules and calls whatever a pickle names;
 * this one never calls anything: classes and functions stay names, calls become inert placeholders, and only a
 * short allow-list of torch rebuild functions is read, as data. Opcodes it does not know are refused.
 */
export interface UnpickleOptions {
  /** The file named in errors. */
  file: string;
  /** The entry (e.g. `archive/data.pkl`) named in errors. */
  entry: string;
  /** Refuse containers nested deeper than this (stack exhaustion in whoever walks the result). */
  maxDepth: number;
  /** Refuse a pickle longer than this (legacy files are pickles followed by raw storages: only the pickles count). */
  maxBytes: number;
  /** Where the pickle starts in `bytes` (legacy torch.save files hold several in a row). */
  start?: number;
}

export interface Unpickled {
  value: PyValue;
  /** The offset just past STOP. */
  end: number;
  /** Placeholders made for calls to globals QuantLens does not interpret, by callable name. */
  placeholders: Map<string, number>;
  /** The tensor storages the pickle names (checked against the archive's records). */
  storages: TorchStorage[];
}

export function unpickle(bytes: Uint8Array, opts: UnpickleOptions): Unpickled {
  return new Reader(bytes, opts).run();
}

class Reader {
  private pos: number;
  private readonly limit: number;
  private readonly stack: PyValue[] = [];
  private readonly marks: number[] = [];
  private readonly memo = new Map<number, PyValue>();
  private readonly depths = new WeakMap<object, number>();
  private readonly placeholders = new Map<string, number>();
  private readonly storages: TorchStorage[] = [];
  private readonly text = new TextDecoder('utf-8');
  private opAt = 0;
  private readonly data: DataView;
  readonly fail: Fail;

  constructor(private readonly bytes: Uint8Array, private readonly opts: UnpickleOptions) {
    this.pos = opts.start ?? 0;
    this.limit = Math.min(bytes.length, this.pos + opts.maxBytes);
    this.data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.fail = (message: string): never => {
      throw badInput(opts.file, `${opts.entry}: ${message} (pickle byte ${this.opAt})`);
    };
  }

  private noteStorage(v: PyValue): PyValue {
    if (isStorage(v)) this.storages.push(v);
    return v;
  }

  run(): Unpickled {
    for (;;) {
      this.opAt = this.pos;
      const op = this.u8();
      if (op === 0x2e) break; // STOP
      this.step(op);
    }
    // Like CPython, STOP returns the top of the stack.
    const value = this.pop();
    return { value, end: this.pos, placeholders: this.placeholders, storages: this.storages };
  }

  private step(op: number): void {
    switch (op) {
      case 0x80: this.u8(); return; // PROTO
      case 0x95: this.take(8); return; // FRAME: a read-ahead hint
      case 0x63: return this.push(this.global(this.line(), this.line())); // GLOBAL
      case 0x93: { // STACK_GLOBAL
        const name = this.pop();
        const module = this.pop();
        if (typeof module !== 'string' || typeof name !== 'string') this.fail('STACK_GLOBAL without two strings');
        return this.push(this.global(module as string, name as string));
      }
      case 0x71: return this.put(this.u8()); // BINPUT
      case 0x72: return this.put(this.u32()); // LONG_BINPUT
      case 0x94: return this.put(this.memo.size); // MEMOIZE
      case 0x70: return this.put(this.intLine()); // PUT
      case 0x68: return this.get(this.u8()); // BINGET
      case 0x6a: return this.get(this.u32()); // LONG_BINGET
      case 0x67: return this.get(this.intLine()); // GET
      case 0x28: // MARK
        if (this.marks.length >= this.opts.maxDepth) this.fail(`nested deeper than ${this.opts.maxDepth} levels`);
        this.marks.push(this.stack.length);
        return;
      case 0x29: return this.push(this.made(new PyTuple([]))); // EMPTY_TUPLE
      case 0x74: return this.push(this.made(new PyTuple(this.popMark()))); // TUPLE
      case 0x85: return this.push(this.made(new PyTuple(this.popN(1)))); // TUPLE1
      case 0x86: return this.push(this.made(new PyTuple(this.popN(2)))); // TUPLE2
      case 0x87: return this.push(this.made(new PyTuple(this.popN(3)))); // TUPLE3
      case 0x5d: return this.push(this.made(new PyList([]))); // EMPTY_LIST
      case 0x6c: return this.push(this.made(new PyList(this.popMark()))); // LIST
      case 0x61: return this.append(this.popN(1)); // APPEND
      case 0x65: return this.append(this.popMark()); // APPENDS
      case 0x7d: return this.push(this.made(new PyDict())); // EMPTY_DICT
      case 0x64: { // DICT
        const d = new PyDict();
        this.pushPairs(d, this.popMark());
        return this.push(this.made(d));
      }
      case 0x73: return this.setItems(this.popN(2)); // SETITEM
      case 0x75: return this.setItems(this.popMark()); // SETITEMS
      case 0x8f: return this.push(this.made(new PyList([]))); // EMPTY_SET
      case 0x90: return this.append(this.popMark()); // ADDITEMS
      case 0x91: return this.push(this.made(new PyList(this.popMark()))); // FROZENSET
      case 0x62: return this.build(); // BUILD
      case 0x52: { // REDUCE
        const args = this.pop();
        return this.push(this.call(this.pop(), args));
      }
      case 0x81: { // NEWOBJ
        const args = this.pop();
        return this.push(this.call(this.pop(), args));
      }
      case 0x92: { // NEWOBJ_EX (keyword arguments dropped: placeholders keep positional ones)
        this.pop();
        const args = this.pop();
        return this.push(this.call(this.pop(), args));
      }
      case 0x51: return this.push(this.noteStorage(persistentLoad(this.pop(), this.fail))); // BINPERSID
      case 0x4a: return this.push(this.view().getInt32(this.take(4), true)); // BININT
      case 0x4b: return this.push(this.u8()); // BININT1
      case 0x4d: return this.push(this.view().getUint16(this.take(2), true)); // BININT2
      case 0x8a: return this.push(this.long(this.u8())); // LONG1
      case 0x8b: return this.push(this.long(this.u32())); // LONG4
      case 0x49: return this.push(this.intOrBool(this.line())); // INT
      case 0x4c: return this.push(this.long10(this.line())); // LONG
      case 0x46: return this.push(this.float10(this.line())); // FLOAT
      case 0x47: return this.push(this.view().getFloat64(this.take(8), false)); // BINFLOAT
      case 0x8c: return this.push(this.utf8(this.u8())); // SHORT_BINUNICODE
      case 0x58: return this.push(this.utf8(this.u32())); // BINUNICODE
      case 0x8d: return this.push(this.utf8(this.u64())); // BINUNICODE8
      case 0x55: return this.push(this.latin1(this.u8())); // SHORT_BINSTRING
      case 0x54: return this.push(this.latin1(this.u32())); // BINSTRING
      case 0x43: return this.push(this.raw(this.u8())); // SHORT_BINBYTES
      case 0x42: return this.push(this.raw(this.u32())); // BINBYTES
      case 0x8e: return this.push(this.raw(this.u64())); // BINBYTES8
      case 0x96: return this.push(this.raw(this.u64())); // BYTEARRAY8
      case 0x4e: return this.push(null); // NONE
      case 0x88: return this.push(true); // NEWTRUE
      case 0x89: return this.push(false); // NEWFALSE
      case 0x30: this.pop(); return; // POP
      case 0x31: this.popMark(); return; // POP_MARK
      case 0x32: return this.push(this.top()); // DUP
      default: {
        const name = op >= 0x20 && op < 0x7f ? `'${String.fromCharCode(op)}' ` : '';
        this.fail(`unsupported pickle opcode ${name}0x${op.toString(16).padStart(2, '0')}; QuantLens reads pickle protocols 2 to 5 as written by torch`);
      }
    }
  }

  private global(module: string, name: string): PyGlobal {
    return new PyGlobal(module, name);
  }

  /** REDUCE and NEWOBJ: interpret an allow-listed torch function as data, refuse an attack, else a placeholder. */
  private call(callable: PyValue, argsValue: PyValue): PyValue {
    const args = argsValue instanceof PyTuple || argsValue instanceof PyList ? argsValue.items : [argsValue];
    if (!(callable instanceof PyGlobal)) return this.placeholder('(a call of a computed value)', args);
    if (isDangerousCall(callable)) {
      this.fail(`the pickle calls ${callable.qualified}() when it is loaded: torch.load would run code from this file. Refused; nothing was run`);
    }
    const value = interpretCall(callable, args, this.fail);
    return value === undefined ? this.placeholder(callable.qualified, args) : this.made(value);
  }

  private placeholder(cls: string, args: PyValue[]): PyObject {
    this.placeholders.set(cls, (this.placeholders.get(cls) ?? 0) + 1);
    return this.made(new PyObject(cls, args), args);
  }

  private build(): void {
    const state = this.pop();
    const target = this.top();
    if (target instanceof PyObject) {
      target.state = state;
      this.grow(target, state);
    }
    // BUILD on anything else would call its __setstate__ in Python; the data it describes is already here.
  }

  private append(items: PyValue[]): void {
    const target = this.top();
    if (target instanceof PyList) target.items.push(...items);
    else if (target instanceof PyObject) target.listItems.push(...items);
    else this.fail('APPEND to something that is not a list');
    for (const item of items) this.grow(target as object, item);
  }

  private setItems(flat: PyValue[]): void {
    const target = this.top();
    if (target instanceof PyDict) this.pushPairs(target, flat);
    else if (target instanceof PyObject) {
      for (let i = 0; i + 1 < flat.length; i += 2) target.dictItems.push([flat[i], flat[i + 1]]);
      for (const v of flat) this.grow(target, v);
    } else this.fail('SETITEM on something that is not a dict');
  }

  private pushPairs(d: PyDict, flat: PyValue[]): void {
    if (flat.length % 2 !== 0) this.fail('a dict with an odd number of keys and values');
    for (let i = 0; i < flat.length; i += 2) {
      d.set(flat[i], flat[i + 1]);
      this.grow(d, flat[i + 1]);
    }
  }

  /** Record a new container's nesting depth from its children, refusing one deeper than the limit. */
  private made<T extends PyValue>(value: T, children?: PyValue[]): T {
    if (typeof value !== 'object' || value === null || this.depths.has(value)) return value;
    const items = children ?? (value instanceof PyTuple || value instanceof PyList ? value.items : []);
    let depth = 1;
    for (const item of items) depth = Math.max(depth, this.depthOf(item) + 1);
    this.setDepth(value, depth);
    return value;
  }

  private grow(container: object, child: PyValue | undefined): void {
    this.setDepth(container, Math.max(this.depths.get(container) ?? 1, this.depthOf(child) + 1));
  }

  private depthOf(v: PyValue | undefined): number {
    return typeof v === 'object' && v !== null ? this.depths.get(v) ?? 1 : 0;
  }

  private setDepth(container: object, depth: number): void {
    if (depth > this.opts.maxDepth) this.fail(`nested deeper than ${this.opts.maxDepth} levels`);
    this.depths.set(container, depth);
  }

  // Stack and memo.
  private push(v: PyValue): void {
    this.stack.push(v);
  }

  private pop(): PyValue {
    if (this.stack.length === 0 || (this.marks.length > 0 && this.stack.length <= this.marks[this.marks.length - 1])) {
      this.fail('a pickle that pops more values than it pushed');
    }
    return this.stack.pop() as PyValue;
  }

  private top(): PyValue {
    if (this.stack.length === 0) this.fail('an empty stack');
    return this.stack[this.stack.length - 1];
  }

  private popN(n: number): PyValue[] {
    const out: PyValue[] = [];
    for (let i = 0; i < n; i++) out.unshift(this.pop());
    return out;
  }

  private popMark(): PyValue[] {
    const at = this.marks.pop();
    if (at === undefined) return this.fail('a pickle that closes a MARK it never opened');
    return this.stack.splice(at);
  }

  private put(index: number): void {
    this.memo.set(index, this.top());
  }

  private get(index: number): void {
    const v = this.memo.get(index);
    if (v === undefined) this.fail(`a memo reference ${index} to nothing`);
    this.push(v as PyValue);
  }

  // Reading bytes.
  private take(n: number): number {
    if (!Number.isSafeInteger(n) || n < 0 || this.pos + n > this.limit) {
      if (this.pos + n <= this.bytes.length) this.fail(`the pickle is longer than ${this.opts.maxBytes} bytes; refused`);
      this.fail('truncated: the pickle ends in the middle of a value');
    }
    const at = this.pos;
    this.pos += n;
    return at;
  }

  private view(): DataView {
    return this.data;
  }

  private u8(): number {
    return this.bytes[this.take(1)];
  }

  private u32(): number {
    return this.view().getUint32(this.take(4), true);
  }

  private u64(): number {
    const n = this.view().getBigUint64(this.take(8), true);
    if (n > BigInt(this.bytes.length)) this.fail('truncated: a value longer than the file');
    return Number(n);
  }

  private raw(n: number): Uint8Array {
    const at = this.take(n);
    return this.bytes.subarray(at, at + n);
  }

  private utf8(n: number): string {
    return this.text.decode(this.raw(n));
  }

  private latin1(n: number): string {
    const b = this.raw(n);
    return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
  }

  private line(): string {
    const end = this.bytes.indexOf(0x0a, this.pos);
    if (end < 0 || end >= this.limit) this.fail('truncated: a text argument without its newline');
    const s = this.latin1(end - this.pos);
    this.pos = end + 1;
    return s;
  }

  private intLine(): number {
    const n = Number(this.line());
    if (!Number.isSafeInteger(n) || n < 0) this.fail('an invalid memo index');
    return n;
  }

  private intOrBool(s: string): PyValue {
    if (s === '00') return false;
    if (s === '01') return true;
    return this.long10(s);
  }

  private long10(s: string): PyValue {
    const m = /^(-?\d+)L?$/.exec(s.trim());
    if (!m) return this.fail(`an invalid integer '${s.slice(0, 40)}'`);
    const n = BigInt(m[1]);
    return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
  }

  private float10(s: string): number {
    const n = Number(s);
    if (Number.isNaN(n) && !/nan/i.test(s)) this.fail(`an invalid float '${s.slice(0, 40)}'`);
    return n;
  }

  /** Little-endian two's complement, as LONG1/LONG4 store it. */
  private long(n: number): number | bigint {
    // Model files hold small ints; a huge one would only cost quadratic time to decode.
    if (n > 64) this.fail(`an integer of ${n} bytes`);
    const at = this.take(n);
    if (n === 0) return 0;
    let v = 0n;
    for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(this.bytes[at + i]);
    if (this.bytes[at + n - 1] & 0x80) v -= 1n << BigInt(8 * n);
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  }
}
