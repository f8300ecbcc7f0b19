import * as fs from 'fs';
import * as path from 'path';
import { badInput } from '../errors';
import type { IRGraph } from '../ir/ir-types';
import { isTensorFileName } from '../io/tensor-file';
import type { Tensor } from '../onnx/tensor-codec';
import { loadInputs } from '../compare/capture/inputs';
import { decodeImage, isImageFileName } from './image-decode';
import { findPreprocessSpec, imageSlot, noSpec } from './image-input';
import { imageToTensor } from './preprocess';
import type { PreprocessSpec } from './preprocess-spec';

/**
 * A set of inputs for a comparison: one file per input (`.npy`, `.npz` with one member per graph input, `.pb`
 * TensorProto, PNG or JPEG), listed up front and read one at a time, so the set never sits in memory.
 */
export interface InputSet {
  /** The folder or glob as given. */
  source: string;
  files: string[];
  /** The preprocessing spec images go through, and where it came from (null when the set has no image). */
  preprocess: { file: string; spec: PreprocessSpec } | null;
  /** Symbolic dims, resolved once for the whole set (the sessions are made for them). */
  dims: Record<string, number>;
  /** Input `i` of the set, checked against the model (the error names the file). */
  load(i: number): Record<string, Tensor>;
}

const hasGlob = (s: string) => /[*?[]/.test(s);

/** A glob segment (`*`, `?`, `[abc]`) as a regular expression; `**` is handled by the walker. */
function segmentRegex(seg: string): RegExp {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const ch = seg[i];
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const end = seg.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${seg.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Files matching the glob's segments under `dir` (`**` matches any number of folders). */
function walkGlob(dir: string, segs: string[], out: string[]): void {
  if (segs.length === 0) return;
  const [seg, ...rest] = segs;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  if (seg === '**') {
    walkGlob(dir, rest, out);
    for (const e of entries) if (e.isDirectory()) walkGlob(path.join(dir, e.name), segs, out);
    return;
  }
  const re = segmentRegex(seg);
  for (const e of entries) {
    if (!re.test(e.name)) continue;
    const p = path.join(dir, e.name);
    if (rest.length === 0) {
      if (e.isFile()) out.push(p);
    } else if (e.isDirectory()) walkGlob(p, rest, out);
  }
}

const isInputFileName = (n: string) => isTensorFileName(n) || isImageFileName(n);

/** The input files a folder or a glob names, sorted by path; the folder (or the glob's fixed part) is `base`. */
export function listInputFiles(source: string): { files: string[]; base: string } {
  let files: string[];
  let base: string;
  if (fs.existsSync(source) && fs.statSync(source).isDirectory()) {
    base = source;
    files = fs.readdirSync(source).filter(isInputFileName).map((n) => path.join(source, n));
  } else if (hasGlob(source)) {
    const segs = source.split(/[\\/]+/);
    const fixed: string[] = [];
    while (segs.length > 1 && !hasGlob(segs[0])) fixed.push(segs.shift()!);
    base = fixed.length ? (fixed.join('/') || '/') : '.';
    files = [];
    walkGlob(base, segs, files);
    files = files.filter((f) => isInputFileName(path.basename(f)));
  } else if (fs.existsSync(source)) {
    throw badInput(source, '--inputs takes a folder or a glob of input files (for one file, use --input)');
  } else {
    throw badInput(source, 'no such folder');
  }
  if (files.length === 0) throw badInput(source, 'no input files (.npy, .npz, .pb, .png, .jpg, .jpeg) found');
  return { files: files.sort(), base };
}

/**
 * The input set a folder or glob names. Images need a preprocessing spec: `preprocessFile`, or else
 * `quantlens.preprocess.json` in the folder (a team keeps it with the images). The first input fixes the symbolic
 * dims for the set; every later one must have the same shapes.
 */
export function openInputSet(g: IRGraph, source: string, dims: Record<string, number>, preprocessFile?: string): InputSet {
  const { files, base } = listInputFiles(source);
  const found = findPreprocessSpec(base, preprocessFile);
  const firstImage = files.find((f) => isImageFileName(path.basename(f)));
  if (firstImage && !found) throw noSpec(firstImage, 'them');
  const spec = found?.spec ?? null;
  const resolved = { ...dims };
  const slot = firstImage && found ? imageSlot(g, found.spec, resolved, found.file) : null;
  let shapes: Map<string, number[]> | null = null;
  const load = (i: number): Record<string, Tensor> => {
    const file = files[i];
    let sample: Record<string, Tensor>;
    if (isImageFileName(path.basename(file))) {
      sample = { [slot!.name]: imageToTensor(decodeImage(file), spec!, slot!, file) };
    } else {
      const loaded = loadInputs(g, file, resolved);
      if (loaded.samples.length !== 1) throw badInput(file, `holds ${loaded.samples.length} samples; in a set of inputs each file is one input`);
      for (const [k, v] of Object.entries(loaded.info.dims)) if (!(k in resolved)) resolved[k] = v;
      sample = loaded.samples[0];
    }
    // The sessions are made for the first input's shapes: a later input of another shape is refused here.
    if (!shapes) shapes = new Map(Object.entries(sample).map(([k, t]) => [k, t.dims]));
    for (const [k, t] of Object.entries(sample)) {
      const want = shapes.get(k);
      if (want && want.join(',') !== t.dims.join(',')) throw badInput(file, `input '${k}' has shape [${t.dims}]; the set's first input has [${want}] (every input of a set has the same shape)`);
    }
    return sample;
  };
  // The first input fixes the symbolic dims before any session is made (and shows a bad set at once).
  load(0);
  return { source, files, preprocess: found, dims: resolved, load };
}
