import * as fs from 'fs';
import * as path from 'path';
import { TypeProtoMsg } from '../../src/engine/onnx/schema';

/**
 * The ONNX backend test data (Debian/Ubuntu package libonnx-testdata): one folder per test with model.onnx and
 * test_data_set_N/{input,output}_K.pb. QUANTLENS_ONNX_TESTDATA points elsewhere, e.g. at onnx/backend/test/data.
 */
export const ONNX_TESTDATA = process.env.QUANTLENS_ONNX_TESTDATA ?? '/usr/share/libonnx-testdata/data';

export interface DataSet {
  dir: string;
  /** input_K.pb in K order: the K-th belongs to the model's K-th graph input. */
  inputs: string[];
  /** output_K.pb in K order: the K-th belongs to the model's K-th graph output. */
  outputs: string[];
}

export interface BackendTest {
  name: string;
  model: string;
  dataSets: DataSet[];
}

/** The tests under `root` (e.g. `<data>/node`), by name. */
export function listBackendTests(root: string): BackendTest[] {
  return fs.readdirSync(root).sort().flatMap((name) => {
    const dir = path.join(root, name);
    if (!fs.statSync(dir).isDirectory()) return [];
    const dataSets = fs.readdirSync(dir).filter((d) => /^test_data_set_\d+$/.test(d)).sort(byNumber).map((d) => {
      const setDir = path.join(dir, d);
      const files = fs.readdirSync(setDir);
      const pick = (prefix: string) => files.filter((f) => new RegExp(`^${prefix}_\\d+\\.pb$`).test(f)).sort(byNumber).map((f) => path.join(setDir, f));
      return { dir: setDir, inputs: pick('input'), outputs: pick('output') };
    });
    return [{ name, model: path.join(dir, 'model.onnx'), dataSets }];
  });
}

function byNumber(a: string, b: string): number {
  return Number(/(\d+)(\.pb)?$/.exec(a)![1]) - Number(/(\d+)(\.pb)?$/.exec(b)![1]);
}

/** What a .pb file of a value of this type holds: a TensorProto only for tensors. */
export type ValueKind = 'tensor' | 'sequence' | 'optional' | 'map' | 'sparse tensor';

export function valueKind(type: TypeProtoMsg | undefined): ValueKind {
  if (type?.sequence_type) return 'sequence';
  if (type?.optional_type) return 'optional';
  if (type?.map_type) return 'map';
  if (type?.sparse_tensor_type) return 'sparse tensor';
  return 'tensor';
}
