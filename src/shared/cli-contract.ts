/**
 * The contract between the CLI and whoever runs it (the extension, the tests, scripts): every verb's options as a
 * typed interface, one table of flags from which both the argv builder (`toArgv`) and the CLI's parser (`parseArgv`)
 * and `--help` are made, and the types of what `--json` prints. Only types come from the engine, so the extension host
 * loads none of it; the webviews do not use this module (webview/tsconfig.json leaves it out).
 */
import type { CompileReport } from '../engine/compile/report';
import type { RepairResult } from '../engine/compile/repair-model';
import type { ConvertResult } from '../engine/convert/convert-model';
import type { CompareReport } from '../engine/compare/compare-report';
import type { ErrorObject } from '../engine/errors';
import type { InspectReport, ModuleInfo } from '../engine/torchscript/inspect-report';
import type { RuntimeProbe } from '../engine/targets/runtime-probe';
import type { SetReport } from '../engine/compare/over-set/set-report';
import { COMPARE_MODES, DEFAULT_THRESHOLD_DB, type CompareMode } from './compare-modes';
import { EXIT_CODES } from './exit-codes';

export type { CompileReport, CompareReport, SetReport, RepairResult, ConvertResult, InspectReport, ModuleInfo, ErrorObject };
export { EXIT_CODES };

export type Severity = 'error' | 'warning';
/** `--dim NAME=VALUE` pairs: symbolic input dimensions. */
export type Dims = Record<string, number>;

export interface TargetsOptions { json?: boolean; refresh?: boolean }
export interface CompileOptions { model: string; target?: string; json?: boolean; out?: string; failOn?: Severity; dims?: Dims; threads?: number }
export interface CompareOptions {
  model: string; reference?: string; mode?: CompareMode; compareTargets?: string; target?: string; input?: string; map?: string;
  threshold?: number; keepFloat?: string[]; json?: boolean; report?: string; failUnder?: number; dims?: Dims; threads?: number;
  pairsOut?: string; pair?: string[]; inputs?: string; preprocess?: string; jobs?: number;
}
export interface RepairOptions { model: string; out: string; convert?: boolean; input?: string; preprocess?: string; force?: boolean; json?: boolean; dims?: Dims }
export interface InspectOptions { file: string; json?: boolean; failOn?: Severity }
export interface DemoOptions { out?: string }

/** Every verb's options. */
export interface CliOptions {
  targets: TargetsOptions;
  compile: CompileOptions;
  compare: CompareOptions;
  repair: RepairOptions;
  inspect: InspectOptions;
  demo: DemoOptions;
}
export type Verb = keyof CliOptions;

/** One row of `targets --json`. */
export interface TargetRow {
  id: string; title: string; description: string; provider: string; level: string;
  kind: 'real' | 'emulated'; emulates: string | null; kernels: string; available: boolean; reason: string | null;
  /** Why it computes the same numbers as `cpu` on this machine (from the runtime probe), or null. */
  sameAsCpu: string | null;
}
export interface TargetsResult {
  targets: TargetRow[];
  cpu: Pick<RuntimeProbe['cpu'], 'model' | 'isa'> & Pick<RuntimeProbe, 'nchwcBlock' | 'u8s8Saturates' | 'int8Wraps' | 'family'> & { arch: string };
  providers: RuntimeProbe['providers'];
  runtimeVersion: string;
}

/** What each verb prints with `--json` when it succeeds (`repair --convert` prints a ConvertResult, `compare --inputs` a SetReport). */
export interface CliResults {
  targets: TargetsResult;
  compile: CompileReport;
  compare: CompareReport;
  repair: RepairResult;
  inspect: InspectReport;
  demo: null;
}
/** The result of a verb run with these options: `repair` with `convert: true` converts; `compare` with `inputs` runs over a set. */
export type CliResult<V extends Verb, O = CliOptions[V]> = V extends 'repair' ? (O extends { convert: true } ? ConvertResult : RepairResult)
  : V extends 'compare' ? (O extends { inputs: string } ? SetReport : CompareReport) : CliResults[V];

/** What a failed run prints with `--json` (a bug in QuantLens is kind `internal`). */
export interface CliErrorJson {
  error: Omit<ErrorObject, 'kind'> & { kind: ErrorObject['kind'] | 'internal' };
}

type FlagKind = 'boolean' | 'string' | 'number' | 'count' | 'choice' | 'list' | 'dims';

interface FlagSpec<O> {
  key: keyof O & string;
  flag: string;
  kind: FlagKind;
  /** The value's name in usage lines (ID, DIR, DB). */
  metavar?: string;
  choices?: readonly string[];
  /** What applies when the flag is not given, as --help says it. */
  default?: string;
  /** Set for a flag the verb cannot run without: the message when it is missing. */
  required?: string;
  help: string;
}

interface VerbSpec<O> {
  summary: string;
  positional: { key: keyof O & string; metavar: string; what: string } | null;
  flags: Array<FlagSpec<O>>;
}

const JSON_FLAG = { key: 'json', flag: 'json', kind: 'boolean', help: 'print the result (or the error) as JSON on stdout' } as const;
const DIMS_FLAG = { key: 'dims', flag: 'dim', kind: 'dims', metavar: 'NAME=VALUE', default: 'the model\'s own or 1, stated in the output', help: 'a value for a symbolic input dimension (repeatable)' } as const;
const THREADS_FLAG = { key: 'threads', flag: 'threads', kind: 'count', metavar: 'N', default: '1 (reproducible results)', help: 'threads the runtime may use per session' } as const;
const FAIL_ON = (what: string) => ({ key: 'failOn', flag: 'fail-on', kind: 'choice', metavar: 'error|warning', choices: ['error', 'warning'], default: 'never', help: `exit 1 when ${what} has a finding at least this severe` }) as const;

/** The table: every verb, its positional argument and its flags, in the order usage lines show them. */
export const CLI_CONTRACT: { [V in Verb]: VerbSpec<CliOptions[V]> } = {
  targets: {
    summary: 'list targets, this CPU and the runtime\'s providers',
    positional: null,
    flags: [JSON_FLAG, { key: 'refresh', flag: 'refresh', kind: 'boolean', help: 'measure the CPU again instead of reading the cached probe' }],
  },
  compile: {
    summary: 'compile a model at a target: its IR (dtypes, shapes, layouts), its integer kernels, findings, or why it fails',
    positional: { key: 'model', metavar: 'MODEL', what: 'one model file (.onnx)' },
    flags: [
      { key: 'target', flag: 'target', kind: 'string', metavar: 'ID', default: 'cpu', help: 'the target to compile for (see `quantlens targets`)' },
      JSON_FLAG,
      { key: 'out', flag: 'out', kind: 'string', metavar: 'DIR', default: 'none', help: 'write the compiled graph (MODEL.TARGET.onnx) and the report (.json) there' },
      FAIL_ON('the model'),
      DIMS_FLAG,
      THREADS_FLAG,
    ],
  },
  compare: {
    summary: 'compare a model layer by layer with a reference: the first bad layer, the culprits, why, and the fix',
    positional: { key: 'model', metavar: 'MODEL', what: 'one model file (.onnx)' },
    flags: [
      { key: 'reference', flag: 'reference', kind: 'string', metavar: 'REF', default: 'the model as written, computed exactly', help: 'a float model (.onnx) or activations (.npz, .npy, .pb, or a folder)' },
      { key: 'mode', flag: 'mode', kind: 'choice', metavar: 'MODE', choices: COMPARE_MODES, default: 'follows from the arguments', help: `what the model is held against: ${COMPARE_MODES.join(', ')}` },
      { key: 'compareTargets', flag: 'compare-targets', kind: 'string', metavar: 'A,B', default: 'none', help: 'compare the model with itself at two targets' },
      { key: 'target', flag: 'target', kind: 'string', metavar: 'ID', default: 'cpu', help: 'the target the model runs at' },
      { key: 'input', flag: 'input', kind: 'string', metavar: 'FILE|DIR', default: 'random, seeded (the same on every run)', help: 'the input: .npy, .npz keyed by input name, .pb, a folder of them, or a PNG/JPEG image (through --preprocess or the quantlens.preprocess.json beside it)' },
      { key: 'map', flag: 'map', kind: 'string', metavar: 'FILE', default: 'matched by name and position', help: 'a JSON map from model tensors to reference tensors' },
      { key: 'threshold', flag: 'threshold', kind: 'number', metavar: 'DB', default: `${DEFAULT_THRESHOLD_DB}`, help: 'SQNR (dB) below which a layer counts as bad' },
      { key: 'keepFloat', flag: 'keep-float', kind: 'list', metavar: 'LAYER', default: 'none', help: 'what-if: run this layer in float and report the output SQNR (repeatable)' },
      JSON_FLAG,
      { key: 'report', flag: 'report', kind: 'string', metavar: 'FILE.md|FILE.html', default: 'none', help: 'also write the comparison as Markdown or HTML' },
      { key: 'failUnder', flag: 'fail-under', kind: 'number', metavar: 'DB', default: 'never', help: 'exit 1 when an output\'s SQNR is below this' },
      DIMS_FLAG,
      THREADS_FLAG,
      { key: 'pairsOut', flag: 'pairs-out', kind: 'string', metavar: 'DIR', default: 'none', help: 'write the reference and actual values of the notable layers (.npz) for the tensor diff' },
      { key: 'pair', flag: 'pair', kind: 'list', metavar: 'LAYER', default: 'none', help: 'with --pairs-out: also write this layer\'s values (repeatable)' },
      { key: 'inputs', flag: 'inputs', kind: 'string', metavar: 'DIR|GLOB', default: 'none: one input', help: 'compare over a set of input files (.npy, .npz, .pb, PNG/JPEG with --preprocess)' },
      { key: 'preprocess', flag: 'preprocess', kind: 'string', metavar: 'SPEC.json', default: 'none', help: 'how images (--inputs, or one --input image) become the model\'s input; default: quantlens.preprocess.json beside them' },
      { key: 'jobs', flag: 'jobs', kind: 'count', metavar: 'N', default: '1', help: 'with --inputs: inputs measured at once, each job on its own thread and engine pair (at most 64; more uses more cores and memory)' },
    ],
  },
  repair: {
    summary: 'write a repaired copy (or, with --convert, a converted int8 copy) of a model',
    positional: { key: 'model', metavar: 'MODEL', what: 'one model file (.onnx)' },
    flags: [
      { key: 'out', flag: 'out', kind: 'string', metavar: 'FILE', required: 'repair needs --out FILE (the original is never changed)', help: 'where the copy goes' },
      { key: 'convert', flag: 'convert', kind: 'boolean', help: 'convert a QAT export to int8 (folds BatchNormalization; the model changes)' },
      { key: 'input', flag: 'input', kind: 'string', metavar: 'FILE', default: 'random, seeded (the same on every run)', help: 'with --convert: the input the converted model is measured on (a tensor file, or a PNG/JPEG image)' },
      { key: 'preprocess', flag: 'preprocess', kind: 'string', metavar: 'SPEC.json', default: 'the quantlens.preprocess.json beside the image', help: 'with --convert and an image --input: how the image becomes the model\'s input' },
      { key: 'force', flag: 'force', kind: 'boolean', help: 'replace FILE if it exists' },
      JSON_FLAG,
      DIMS_FLAG,
    ],
  },
  inspect: {
    summary: 'the quantization state of a TorchScript or torch.save file, without PyTorch',
    positional: { key: 'file', metavar: 'FILE.pt', what: 'one .pt/.pth/.ptl file' },
    flags: [JSON_FLAG, FAIL_ON('the file')],
  },
  demo: {
    summary: 'build a small QDQ model, compile it at cpu and cpu-no-layout, compare it layer by layer here and at the emulated x64-avx2 and x64-vnni targets',
    positional: null,
    flags: [{ key: 'out', flag: 'out', kind: 'string', metavar: 'DIR', default: 'a temporary folder, removed at the end', help: 'write the model and the HTML report there and keep them' }],
  },
};

export const VERBS = Object.keys(CLI_CONTRACT) as Verb[];

export function isVerb(s: string): s is Verb {
  return Object.prototype.hasOwnProperty.call(CLI_CONTRACT, s);
}

/** Wrong usage: an unknown flag, a missing value or argument. `withUsage`: the CLI also prints the verb's usage line. */
export class CliUsageError extends Error {
  constructor(message: string, readonly withUsage = false) {
    super(message);
    this.name = 'CliUsageError';
  }
}

function specOf<V extends Verb>(verb: V): VerbSpec<CliOptions[V]> {
  return CLI_CONTRACT[verb] as VerbSpec<CliOptions[V]>;
}

/** The command line that runs `verb` with `options` (without `node cli.js`). */
export function toArgv<V extends Verb>(verb: V, options: CliOptions[V]): string[] {
  const spec = specOf(verb);
  const o = options as unknown as Record<string, unknown>;
  const argv: string[] = [verb];
  if (spec.positional) argv.push(String(o[spec.positional.key]));
  for (const f of spec.flags) {
    const v = o[f.key];
    if (v === undefined || v === null || v === false) continue;
    if (f.kind === 'boolean') argv.push(`--${f.flag}`);
    else if (f.kind === 'list') for (const x of v as string[]) argv.push(`--${f.flag}`, x);
    else if (f.kind === 'dims') for (const [k, n] of Object.entries(v as Dims)) argv.push(`--${f.flag}`, `${k}=${n}`);
    else argv.push(`--${f.flag}`, String(v));
  }
  return argv;
}

function valueOf<O>(f: FlagSpec<O>, raw: string, previous: unknown): unknown {
  switch (f.kind) {
    case 'number': {
      const n = raw.trim() === '' ? NaN : Number(raw);
      if (!Number.isFinite(n)) throw new CliUsageError(`--${f.flag} takes a number${f.metavar === 'DB' ? ' (dB)' : ''}, got '${raw}'`);
      return n;
    }
    case 'count': {
      const n = Number(raw);
      if (!/^\d+$/.test(raw) || n < 1) throw new CliUsageError(`--${f.flag} takes a positive integer, got '${raw}'`);
      return n;
    }
    case 'choice':
      if (!f.choices!.includes(raw)) throw new CliUsageError(`--${f.flag} takes ${f.choices!.join(f.choices!.length === 2 ? ' or ' : ', ')}; got '${raw}'`);
      return raw;
    case 'list':
      return [...((previous as string[] | undefined) ?? []), raw];
    case 'dims': {
      const m = /^([^=]+)=(\d+)$/.exec(raw);
      if (!m || Number(m[2]) < 1) throw new CliUsageError(`--${f.flag} expects NAME=VALUE with a positive integer, got '${raw}'`);
      return { ...((previous as Dims | undefined) ?? {}), [m[1]]: Number(m[2]) };
    }
    default:
      return raw;
  }
}

/**
 * The options of `verb` from its arguments (after the verb). Flags not given stay undefined: the defaults that
 * --help states apply where the work is done. Throws CliUsageError for anything the table does not allow.
 */
export function parseArgv<V extends Verb>(verb: V, argv: readonly string[]): CliOptions[V] {
  const spec = specOf(verb);
  const out: Record<string, unknown> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    const f = spec.flags.find((x) => x.flag === name);
    if (!f) throw new CliUsageError(`unknown option --${name} for ${verb}`, true);
    if (f.kind === 'boolean') {
      if (eq > 0) throw new CliUsageError(`--${name} takes no value`);
      out[f.key] = true;
      continue;
    }
    const raw = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (raw === undefined) throw new CliUsageError(`--${name} needs a value (${f.metavar ?? 'VALUE'})`);
    out[f.key] = valueOf(f, raw, out[f.key]);
  }
  if (spec.positional) {
    if (positional.length !== 1) throw new CliUsageError(`${verb} takes ${spec.positional.what}${positional.length ? `, got ${positional.length} arguments` : ''}`, true);
    out[spec.positional.key] = positional[0];
  } else if (positional.length) {
    throw new CliUsageError(`${verb} takes no file, got '${positional[0]}'`, true);
  }
  for (const f of spec.flags) if (f.required && out[f.key] === undefined) throw new CliUsageError(f.required);
  return out as unknown as CliOptions[V];
}

function flagUsage<O>(f: FlagSpec<O>): string {
  const text = f.kind === 'boolean' ? `--${f.flag}` : `--${f.flag} ${f.metavar ?? 'VALUE'}`;
  const repeat = f.kind === 'list' || f.kind === 'dims' ? '...' : '';
  return f.required ? `${text}${repeat}` : `[${text}]${repeat}`;
}

/** `compare MODEL [--reference REF] ...`: the verb's usage line, from the table. */
export function usageLine(verb: Verb): string {
  const spec = specOf(verb);
  return [verb, ...(spec.positional ? [spec.positional.metavar] : []), ...spec.flags.map(flagUsage)].join(' ');
}

/** `quantlens VERB --help`: what the verb does and every flag with its default. */
export function helpText(verb: Verb): string {
  const spec = specOf(verb);
  const rows = spec.flags.map((f) => [f.kind === 'boolean' ? `--${f.flag}` : `--${f.flag} ${f.metavar ?? 'VALUE'}`, `${f.help}${f.required ? ' (required)' : f.default !== undefined ? ` (default: ${f.default})` : ''}`]);
  if (spec.positional) rows.unshift([spec.positional.metavar, spec.positional.what]);
  const width = Math.max(...rows.map((r) => r[0].length));
  return [`usage: quantlens ${usageLine(verb)}`, '', spec.summary, '', ...rows.map(([a, b]) => `  ${a.padEnd(width)}  ${b}`)].join('\n');
}

/** Top-level keys every successful `--json` result of the verb has: what the typed reader checks. */
const RESULT_KEYS: { [V in Verb]: string[] } = {
  targets: ['targets', 'cpu', 'providers', 'runtimeVersion'],
  compile: ['model', 'target', 'cpu', 'source', 'compiled', 'failure', 'diagnostics', 'timingsMs'],
  compare: ['mode', 'model', 'target', 'layers', 'culprits', 'output', 'threshold'],
  repair: ['model', 'out'],
  inspect: ['file', 'format', 'modules', 'ops', 'parameters', 'quantization', 'diagnostics'],
  demo: [],
};

export type CliJson<V extends Verb, O = CliOptions[V]> = { result: CliResult<V, O>; error: null } | { result: null; error: CliErrorJson['error'] };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Read what `quantlens VERB --json` printed: its result or its error object. Null when the text is not JSON of
 * either shape (a crash before the CLI could print, or a CLI of another version).
 */
export function readCliJson<V extends Verb, O = CliOptions[V]>(verb: V, stdout: string): CliJson<V, O> | null {
  let j: unknown;
  try {
    j = JSON.parse(stdout);
  } catch {
    return null;
  }
  if (!isObject(j)) return null;
  if (isObject(j.error) && typeof j.error.message === 'string' && typeof j.error.kind === 'string' && typeof j.error.exitCode === 'number') {
    return { result: null, error: j.error as CliErrorJson['error'] };
  }
  if (!RESULT_KEYS[verb].every((k) => k in j)) return null;
  return { result: j as unknown as CliResult<V, O>, error: null };
}

/** Exit codes after which `--json` printed a result (1: a check failed; 3: compile printed the diagnosis). */
export function printedResult(code: number): boolean {
  return code === EXIT_CODES.ok || code === EXIT_CODES.checkFailed || code === EXIT_CODES['compile-failed'];
}
