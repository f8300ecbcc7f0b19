import { ModelMsg } from '../onnx/schema';
import { EMPTY_SCOPE, GraphFacts, checkGraph } from './graph-rules';
import { checkOpsets } from './opset-rules';
import { checkQuantization } from './quant-rules';

/**
 * Validate a model before the runtime sees it: the ONNX checker's rules (references, topological order, unique
 * names, tensor sizes, dims, opset imports; see graph-rules.ts, tensor-rules.ts, type-rules.ts, opset-rules.ts) and
 * QuantLens's own on quantization parameters (quant-rules.ts). The first problem found is thrown as bad input naming
 * the file, the node or tensor, and what is wrong. Linear in the size of the model.
 */
export function validateModel(model: ModelMsg, file: string): void {
  const ctx = { file, where: '' };
  const imported = checkOpsets(model, ctx);
  const graphs: GraphFacts[] = [];
  checkGraph(model.graph!, EMPTY_SCOPE, imported, ctx, (facts) => graphs.push(facts));
  // Quantization rules read constants: only once the structure is known to be sound.
  for (const facts of graphs) checkQuantization(facts);
}
