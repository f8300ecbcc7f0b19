import * as fs from 'fs';
import { badInput, errorMessage } from '../errors';

/** The file a team keeps beside its images so everyone feeds the model the same way. */
export const PREPROCESS_FILE_NAME = 'quantlens.preprocess.json';

/**
 * How an image becomes a model input, in the order applied: resize (the shorter side to `resize`, or exactly to
 * [height, width]), center crop to [height, width], channel order, x * scale, then (x - mean[c]) / std[c], then the
 * layout and dtype the model takes. Defaults: no resize, no crop, RGB, scale 1/255, mean 0, std 1, NCHW, float32.
 */
export interface PreprocessSpec {
  resize: number | [number, number] | null;
  centerCrop: [number, number] | null;
  channelOrder: 'RGB' | 'BGR' | 'GRAY';
  scale: number;
  mean: number[];
  std: number[];
  layout: 'NCHW' | 'NHWC';
  dtype: 'float32' | 'uint8' | 'int8';
  /** The graph input the image feeds (needed only when the model has several). */
  input: string | null;
}

const KEYS = ['resize', 'centerCrop', 'channelOrder', 'scale', 'mean', 'std', 'layout', 'dtype', 'input'];

export const DEFAULT_PREPROCESS: PreprocessSpec = {
  resize: null, centerCrop: null, channelOrder: 'RGB', scale: 1 / 255, mean: [0], std: [1], layout: 'NCHW', dtype: 'float32', input: null,
};

const positiveInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x > 0;
const size2 = (x: unknown): x is [number, number] => Array.isArray(x) && x.length === 2 && x.every(positiveInt);

/** A spec from parsed JSON; every wrong field is named in the error, with what it takes. */
export function parsePreprocessSpec(json: unknown, file: string): PreprocessSpec {
  const bad = (field: string, takes: string, got: unknown) => badInput(file, `preprocessing spec: '${field}' takes ${takes}; got ${JSON.stringify(got)}`);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw badInput(file, 'preprocessing spec: expected a JSON object');
  const o = json as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!KEYS.includes(k)) throw badInput(file, `preprocessing spec: unknown field '${k}' (fields: ${KEYS.join(', ')})`);
  const spec: PreprocessSpec = { ...DEFAULT_PREPROCESS };
  if (o.resize !== undefined && o.resize !== null) {
    if (!positiveInt(o.resize) && !size2(o.resize)) throw bad('resize', 'a positive integer (the shorter side) or [height, width]', o.resize);
    spec.resize = o.resize;
  }
  if (o.centerCrop !== undefined && o.centerCrop !== null) {
    if (positiveInt(o.centerCrop)) spec.centerCrop = [o.centerCrop, o.centerCrop];
    else if (size2(o.centerCrop)) spec.centerCrop = o.centerCrop;
    else throw bad('centerCrop', 'a positive integer or [height, width]', o.centerCrop);
  }
  if (o.channelOrder !== undefined) {
    if (o.channelOrder !== 'RGB' && o.channelOrder !== 'BGR' && o.channelOrder !== 'GRAY') throw bad('channelOrder', "'RGB', 'BGR' or 'GRAY'", o.channelOrder);
    spec.channelOrder = o.channelOrder;
  }
  if (o.scale !== undefined) {
    if (typeof o.scale !== 'number' || !Number.isFinite(o.scale) || o.scale === 0) throw bad('scale', 'a finite non-zero number (255 -> 1 is 0.00392156862745098)', o.scale);
    spec.scale = o.scale;
  }
  const channels = spec.channelOrder === 'GRAY' ? 1 : 3;
  for (const k of ['mean', 'std'] as const) {
    const v = o[k];
    if (v === undefined) continue;
    const list = typeof v === 'number' ? [v] : v;
    if (!Array.isArray(list) || !(list.length === 1 || list.length === channels) || !list.every((x) => typeof x === 'number' && Number.isFinite(x))) {
      throw bad(k, `a number or a list of ${channels} numbers (one per channel)`, v);
    }
    if (k === 'std' && list.some((x: number) => x === 0)) throw bad(k, 'non-zero numbers', v);
    spec[k] = list as number[];
  }
  if (o.layout !== undefined) {
    if (o.layout !== 'NCHW' && o.layout !== 'NHWC') throw bad('layout', "'NCHW' or 'NHWC'", o.layout);
    spec.layout = o.layout;
  }
  if (o.dtype !== undefined) {
    if (o.dtype !== 'float32' && o.dtype !== 'uint8' && o.dtype !== 'int8') throw bad('dtype', "'float32', 'uint8' or 'int8'", o.dtype);
    spec.dtype = o.dtype;
  }
  if (o.input !== undefined && o.input !== null) {
    if (typeof o.input !== 'string' || !o.input) throw bad('input', 'the name of a graph input', o.input);
    spec.input = o.input;
  }
  return spec;
}

export function readPreprocessSpec(file: string): PreprocessSpec {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw badInput(file, `cannot read the preprocessing spec: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : errorMessage(err)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw badInput(file, `preprocessing spec is not valid JSON: ${errorMessage(err)}`);
  }
  return parsePreprocessSpec(json, file);
}
