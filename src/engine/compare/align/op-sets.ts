/** Kinds of ops the alignment and the layers-alone copies reason about, named once. */

/**
 * Ops whose output holds their input's real value, up to quantization, clipping or a type change: a reference value
 * for one serves the other, and a layer's copy redoes them to quantize its input as the model does.
 */
export const VALUE_COPIES: ReadonlySet<string> = new Set(['DequantizeLinear', 'QuantizeLinear', 'Cast', 'Identity', 'Clip']);

/**
 * One value in, one value out, element by element, the shape unchanged: (de)quantization, casts, normalization by
 * fixed statistics, and activations.
 */
export const PER_ELEMENT: readonly string[] = [
  'QuantizeLinear', 'DequantizeLinear', 'DynamicQuantizeLinear', 'Identity', 'Cast', 'Dropout', 'BatchNormalization',
  'Clip', 'Relu', 'LeakyRelu', 'Sigmoid', 'HardSigmoid', 'HardSwish', 'Tanh', 'Gelu', 'FastGelu', 'BiasGelu', 'QuickGelu',
  'Elu', 'Selu', 'Celu', 'Softplus', 'Softsign', 'Mish', 'Erf', 'Sqrt', 'Neg', 'Abs', 'Exp', 'Reciprocal',
];
