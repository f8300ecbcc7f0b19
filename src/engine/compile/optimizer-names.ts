/**
 * Names of the runtime's graph optimizers, as `optimization.disable_specified_optimizers` takes them (onnxruntime's
 * transformer names; the level-1 rule set is one entry). Used to find which optimizer breaks a compile: names the
 * runtime does not know are ignored by it, so a stale entry costs a little time and nothing else.
 */
export const OPTIMIZER_NAMES: readonly string[] = [
  'Level1_RuleBasedTransformer', 'CommonSubexpressionElimination', 'ConstantFolding', 'ConstantSharing', 'MatMulAddFusion',
  'ReshapeFusion', 'FreeDimensionOverrideTransformer', 'QDQPropagationTransformer', 'EnsureUniqueDQForNodeUnit',
  'TransposeOptimizer', 'DoubleQDQPairsRemover', 'QDQS8ToU8Transformer', 'QDQSelectorActionTransformer',
  'QDQFinalCleanupTransformer', 'GemmActivationFusion', 'MatMulIntegerToFloatFusion', 'DynamicQuantizeMatMulFusion',
  'ConvActivationFusion', 'ConvAddActivationFusion', 'GeluFusion', 'LayerNormFusion', 'SimplifiedLayerNormFusion',
  'AttentionFusion', 'EmbedLayerNormFusion', 'GatherToSplitFusion', 'GatherToSliceFusion', 'MatmulTransposeFusion',
  'BiasGeluFusion', 'SkipLayerNormFusion', 'FastGeluFusion', 'QuickGeluFusion', 'BiasSoftmaxFusion', 'BiasDropoutFusion',
  'MatMulScaleFusion', 'MatMulActivationFusion', 'IsInfReduceSumFusion', 'NchwcTransformer', 'NhwcTransformer',
  'Avx2WeightS8ToU8Transformer', 'PadFusion', 'IdenticalChildrenConsolidation', 'ConcatSliceElimination',
  'CastChainElimination', 'MatMulNBitsFusion', 'DQMatMulNBitsFusion', 'GroupQueryAttentionFusion',
  'SliceConcatToSpaceToDepthFusion', 'BiasSkipLayerNormFusion', 'MatMulBnFusion', 'LabelEncoderFusion',
  'NoopElimination', 'GemmSumFusion', 'GemmTransposeFusion', 'NotWhereFusion', 'DivMulFusion', 'FuseReluClip',
  'ExpandElimination', 'CastElimination', 'UnsqueezeElimination', 'PreShapeNodeElimination', 'EliminateIdentity',
  'EliminateSlice', 'EliminateDropout', 'ConvAddFusion', 'ConvMulFusion', 'ConvBNFusion', 'ClipQuantFusion',
  'ReluQuantFusion', 'SaveShapeValuesFromDataPropagation', 'CastFloat16Transformer',
];
