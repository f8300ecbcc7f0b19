import { QuantLensError, badInput } from '../errors';
import { NodeMsg } from '../onnx/schema';

/** How an error names a node: its name, or (unnamed) its op type and position, which is all a reader can find. */
export function nodeLabel(n: NodeMsg, index: number): string {
  const op = n.domain && n.domain !== 'ai.onnx' ? `${n.domain}:${n.op_type}` : n.op_type;
  return n.name ? `node '${n.name}' (${op || 'no op type'})` : `node #${index} (${op || 'no op type'}, unnamed)`;
}

/** Where in the model a rule is looking: the file, and the path of subgraphs from the main graph. */
export interface RuleContext {
  file: string;
  /** `` for the main graph, or ` in the subgraph 'then_branch' of node 'if1'` (nested ones chained). */
  where: string;
}

/** The one error a rule raises: bad input, naming the file, the node or tensor, and what is wrong. */
export function invalid(ctx: RuleContext, message: string, place: { node?: string; tensor?: string } = {}): QuantLensError {
  return badInput(ctx.file, `invalid model${ctx.where}: ${message}`, place);
}
