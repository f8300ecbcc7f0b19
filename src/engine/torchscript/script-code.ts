/**
 * The TorchScript source a `jit.save` archive carries in `code/`: Python-like text, one file per module path, that
 * declares each class (its parameters, buffers, attributes, methods) and free functions. QuantLens reads it for
 * what a compiler meets: the ops each method calls and which submodule methods it calls, to count the ops of one
 * forward pass. It is read as text and never run.
 */
export type CodeEvent =
  /** `name = base.attr` or `name = getattr(base, "attr")`: a local bound to an attribute (often a submodule). */
  | { kind: 'bind'; name: string; base: string; attr: string }
  /** `(target).method(...)`: a method call on `self` or on a local. */
  | { kind: 'call'; target: string; method: string }
  /** A call of an operator, named the way compilers name it (`aten::add`, `quantized::conv2d_relu`). */
  | { kind: 'op'; op: string }
  /** A call of a free function defined in the archive's code. */
  | { kind: 'fn'; qualified: string };

export interface CodeMethod {
  name: string;
  params: string[];
  events: CodeEvent[];
  /** The body as written (for `__setstate__`, which says what each element of a tuple state is). */
  lines: string[];
}

export interface CodeClass {
  qualified: string;
  base: string;
  parameters: string[];
  buffers: string[];
  /** Declared attribute types, e.g. `_packed_params` -> `__torch__.torch.classes.quantized.Conv2dPackedParamsBase`. */
  attributes: Map<string, string>;
  methods: Map<string, CodeMethod>;
}

export interface ScriptCode {
  classes: Map<string, CodeClass>;
  functions: Map<string, CodeMethod>;
  files: number;
}

const NOT_OPS = new Set(['torch.device']);

/** `torch.add` -> `aten::add`, `ops.quantized.conv2d` -> `quantized::conv2d`, `torch.ops.x.y` -> `x::y`. */
export function opName(callee: string): string {
  const parts = callee.split('.');
  if (parts[0] === 'torch' && parts[1] === 'ops' && parts.length >= 4) return `${parts[2]}::${parts.slice(3).join('.')}`;
  if (parts[0] === 'ops' && parts.length >= 3) return `${parts[1]}::${parts.slice(2).join('.')}`;
  if (parts[0] === 'torch' && parts.length === 2) return `aten::${parts[1]}`;
  return callee;
}

function stripStringsAndComments(line: string): string {
  const noStrings = line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  const hash = noStrings.indexOf('#');
  return hash >= 0 ? noStrings.slice(0, hash) : noStrings;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function quotedList(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
}

function eventsOf(lines: string[]): CodeEvent[] {
  const events: CodeEvent[] = [];
  const aliases = new Map<string, string>();
  for (const raw of lines) {
    const g = /^\s*(\w+) = getattr\((\w+), "([^"]*)"\)\s*$/.exec(raw);
    if (g) {
      events.push({ kind: 'bind', name: g[1], base: g[2], attr: g[3] });
      continue;
    }
    const s = stripStringsAndComments(raw);
    const alias = /^\s*(\w+) = (__torch__\.[\w.]+)\s*$/.exec(s);
    if (alias) {
      aliases.set(alias[1], alias[2]);
      continue;
    }
    const bind = /^\s*(\w+) = (\w+)\.(\w+)\s*$/.exec(s);
    if (bind) events.push({ kind: 'bind', name: bind[1], base: bind[2], attr: bind[3] });
    for (const m of s.matchAll(/\(([\w.]+)\)\.(\w+)\(/g)) events.push({ kind: 'call', target: m[1], method: m[2] });
    for (const m of s.matchAll(/(?<![\w.])((?:torch|ops)\.[A-Za-z_][\w.]*)\s*\(/g)) {
      if (!NOT_OPS.has(m[1])) events.push({ kind: 'op', op: opName(m[1]) });
    }
    for (const m of s.matchAll(/(?<![\w.])(__torch__\.[\w.]+|\w+)\(/g)) {
      const fn = m[1].startsWith('__torch__.') ? m[1] : aliases.get(m[1]);
      if (fn) events.push({ kind: 'fn', qualified: fn });
    }
  }
  return events;
}

/** A `def` with its (possibly multi-line) signature and its body, starting at `lines[i]`; returns where it ends. */
function readDef(lines: string[], i: number): { method: CodeMethod; next: number } {
  const indent = indentOf(lines[i]);
  const name = /def\s+(\w+)/.exec(lines[i])?.[1] ?? '';
  let sig = '';
  let j = i;
  for (; j < lines.length; j++) {
    sig += ' ' + lines[j].trim();
    if (/\)\s*(->.*)?:\s*$/.test(stripStringsAndComments(lines[j]))) break;
  }
  const params = [...sig.matchAll(/[(,]\s*(\w+)\s*:/g)].map((m) => m[1]).filter((p) => p !== 'self');
  const body: string[] = [];
  for (j++; j < lines.length; j++) {
    if (lines[j].trim() !== '' && indentOf(lines[j]) <= indent) break;
    body.push(lines[j]);
  }
  return { method: { name, params, events: eventsOf(body), lines: body }, next: j };
}

/** `code/__torch__/a/b.py` -> `__torch__.a.b`. */
function moduleOfPath(path: string): string {
  return path.replace(/^code\//, '').replace(/\.py$/, '').split('/').join('.');
}

function parseFile(text: string, module: string, out: ScriptCode): void {
  const lines = text.split(/\r?\n/);
  let current: CodeClass | null = null;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    const indent = indentOf(line);
    if (line.trim() === '') {
      i++;
      continue;
    }
    if (indent === 0) current = null;
    const cls = indent === 0 ? /^class\s+(\w+)\s*(?:\(([\w.]*)\))?\s*:/.exec(line) : null;
    if (cls) {
      current = { qualified: `${module}.${cls[1]}`, base: cls[2] ?? '', parameters: [], buffers: [], attributes: new Map(), methods: new Map() };
      out.classes.set(current.qualified, current);
      i++;
      continue;
    }
    if (/^\s*def\s+\w+/.test(line)) {
      const { method, next } = readDef(lines, i);
      if (current && indent > 0) current.methods.set(method.name, method);
      else if (indent === 0) out.functions.set(`${module}.${method.name}`, method);
      i = next;
      continue;
    }
    if (current && /^\s*__parameters__\s*=/.test(line)) current.parameters = quotedList(line);
    else if (current && /^\s*__buffers__\s*=/.test(line)) current.buffers = quotedList(line);
    else if (current) {
      const attr = /^\s+(\w+)\s*:\s*(.+?)\s*$/.exec(line) ?? /^\s+__annotations__\["([^"]+)"\]\s*=\s*(.+?)\s*$/.exec(line);
      if (attr) current.attributes.set(attr[1], attr[2]);
    }
    i++;
  }
}

/** Parse every `code/**.py` entry of an archive (paths relative to the archive folder). */
export function parseScriptCode(entries: Map<string, Uint8Array>): ScriptCode {
  const out: ScriptCode = { classes: new Map(), functions: new Map(), files: 0 };
  const text = new TextDecoder('utf-8');
  for (const [path, bytes] of entries) {
    if (!/^code\/.+\.py$/.test(path)) continue;
    out.files++;
    parseFile(text.decode(bytes), moduleOfPath(path), out);
  }
  return out;
}

/**
 * Names of the elements of a tuple state, from `__setstate__`: `self.scale = (state)[12]` names element 12, and
 * `(self).set_weight_bias((state)[10], (state)[11], )` names 10 and 11 after that method's parameters.
 */
export function tupleStateNames(cls: CodeClass | undefined): Map<number, string> {
  const names = new Map<number, string>();
  const setstate = cls?.methods.get('__setstate__');
  if (!cls || !setstate) return names;
  for (const line of setstate.lines) {
    const direct = /self\.(\w+)\s*=\s*\(state\)\[(\d+)\]/.exec(line);
    if (direct) names.set(Number(direct[2]), direct[1]);
    const viaMethod = /\(self\)\.(\w+)\(((?:\s*\(state\)\[\d+\],?)+)\s*\)/.exec(line);
    if (viaMethod) {
      const params = cls.methods.get(viaMethod[1])?.params ?? [];
      [...viaMethod[2].matchAll(/\(state\)\[(\d+)\]/g)].forEach((m, k) => {
        if (params[k]) names.set(Number(m[1]), params[k]);
      });
    }
  }
  return names;
}
