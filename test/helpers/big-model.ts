import * as fs from 'fs';
import * as path from 'path';
import Long from 'long';
import { GraphBuilder, randomValues, rng } from '../../src/engine/builder/model-builder';
import { writeModel } from '../../src/engine/onnx/model-file';
import { TensorMsg, TensorProto, make } from '../../src/engine/onnx/schema';

/**
 * A model whose weights live in external data: an embedding table (Gather) of `rows` x `width` float32 values in
 * `<name>.data`, written in chunks so that making a gigabyte of weights never holds a gigabyte. Gather reads the
 * table as it is (no prepacked copy), so the runtime's memory follows the weights, not a multiple of them.
 */
export function writeEmbeddingModel(dir: string, name: string, rows: number, width: number): { file: string; weightBytes: number } {
  const file = path.join(dir, name);
  const location = `${name}.data`;
  const weightBytes = rows * width * 4;
  const chunkRows = Math.max(1, Math.min(rows, Math.floor((16 << 20) / (width * 4))));
  const chunk = new Float32Array(chunkRows * width);
  const values = randomValues(Math.min(chunk.length, 1 << 16), -1, 1, rng(7));
  for (let i = 0; i < chunk.length; i++) chunk[i] = values[i % values.length];
  const fd = fs.openSync(path.join(dir, location), 'w');
  try {
    for (let r = 0; r < rows; r += chunkRows) {
      const n = Math.min(chunkRows, rows - r) * width;
      fs.writeSync(fd, new Uint8Array(chunk.buffer, 0, n * 4), 0, n * 4, r * width * 4);
    }
  } finally {
    fs.closeSync(fd);
  }
  const b = new GraphBuilder('embedding');
  const ids = b.input('ids', 'int64', [1, 8]);
  const rowsOut = b.op('Gather', ['table', ids], { axis: 0 }, { name: '/embed/Gather' });
  const scaled = b.op('Mul', [rowsOut, b.constant('scale', 'float32', [], [0.5])], {}, { name: '/embed/Mul' });
  b.output(b.op('Relu', [scaled], {}, { name: '/embed/Relu', output: 'y' }));
  const model = b.model({ opset: 13 });
  const table = make<TensorMsg>(TensorProto, {
    name: 'table', data_type: 1, dims: [Long.fromNumber(rows), Long.fromNumber(width)], data_location: 1,
    external_data: [{ key: 'location', value: location }, { key: 'offset', value: '0' }, { key: 'length', value: String(weightBytes) }],
  });
  model.graph!.initializer.push(table);
  writeModel(model, file);
  return { file, weightBytes };
}
