import { GraphMsg, ModelMsg, num } from '../onnx/schema';
import { subgraphs } from './model-edit';

/** The default-domain opset of a model, and raising it only where no op in the model changes meaning. */

export function defaultOpset(model: ModelMsg): number {
  const entry = model.opset_import.find((o) => o.domain === '' || o.domain === 'ai.onnx');
  return entry ? num(entry.version) : 0;
}

/**
 * Versions at which an op's meaning changed (beyond new types) up to opset 13. Raising a model's opset across one of
 * them would change what the op computes; ops not listed are not known to be safe.
 */
const MEANING_CHANGED: Record<string, number[]> = {
  Identity: [], Conv: [], MatMul: [], Transpose: [], Flatten: [], Shape: [], Gather: [], Constant: [], GlobalAveragePool: [],
  GlobalMaxPool: [], QuantizeLinear: [], DequantizeLinear: [], QLinearConv: [], QLinearMatMul: [], ConvInteger: [],
  MatMulInteger: [], ConstantOfShape: [], ReduceMean: [], ReduceMax: [], ReduceMin: [], Where: [], Expand: [], Range: [],
  Relu: [6], Sigmoid: [6], Tanh: [6], LeakyRelu: [6], Exp: [6], Log: [6], Sqrt: [6], Neg: [6], Abs: [6], Floor: [6], Ceil: [6],
  Cast: [6], Tile: [6], Add: [6, 7], Sub: [6, 7], Mul: [6, 7], Div: [6, 7], Pow: [7], Gemm: [6, 7], Concat: [4], Reshape: [5],
  BatchNormalization: [6, 7, 9], Clip: [6, 11], Softmax: [13], LogSoftmax: [13], Squeeze: [11, 13], Unsqueeze: [11, 13],
  ReduceSum: [13], Split: [2, 11, 13], Pad: [2, 11], Slice: [10], Resize: [11, 13], Upsample: [7, 9], MaxPool: [8, 10, 11, 12],
  AveragePool: [7, 10, 11], Dropout: [6, 7, 10, 12, 13], Max: [6, 8], Min: [6, 8], Sum: [6, 8], Mean: [6, 8],
};

export function raiseOpset(model: ModelMsg, current: number, required: number): void {
  if (required <= current) return;
  const entry = model.opset_import.find((o) => o.domain === '' || o.domain === 'ai.onnx');
  if (!entry) {
    model.opset_import.push({ domain: '', version: required });
    return;
  }
  const unsafe = new Set<string>();
  const visit = (g: GraphMsg) => {
    for (const n of g.node) {
      if (n.domain === '' || n.domain === 'ai.onnx') {
        const changes = MEANING_CHANGED[n.op_type];
        if (!changes || changes.some((v) => v > current && v <= required)) unsafe.add(n.op_type);
      }
      for (const sub of subgraphs(n)) visit(sub);
    }
  };
  visit(model.graph!);
  if (unsafe.size) {
    throw new Error(`expanding the integer ops needs default-domain opset ${required}, the model has ${current}, and raising it is not known to keep the meaning of ${[...unsafe].join(', ')}`);
  }
  entry.version = required;
}
