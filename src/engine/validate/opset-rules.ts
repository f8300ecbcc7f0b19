import { ModelMsg, NodeMsg, num } from '../onnx/schema';
import { RuleContext, invalid, nodeLabel } from './problem';

/**
 * Opset imports: each domain once, versions that are positive integers, and an import for the domain of every node
 * (or a function the model defines in that domain). Whether the runtime implements an op at that opset is left to the
 * runtime: it loads the model at level `disabled`, and a refusal there at every level is reported as bad input with
 * its reason (see compile/load-failure.ts). ONNX adds ops with every release and the runtime implements a subset that
 * moves with its version, so a table of our own would refuse valid models or accept ones the runtime rejects.
 */
export function checkOpsets(model: ModelMsg, ctx: RuleContext): Set<string> {
  const imported = new Set<string>();
  for (const o of model.opset_import) {
    const domain = o.domain === 'ai.onnx' ? '' : o.domain ?? '';
    const version = num(o.version);
    const name = domain || 'ai.onnx (the default domain)';
    if (imported.has(domain)) throw invalid(ctx, `opset_import lists domain ${name} twice`);
    if (!Number.isSafeInteger(version) || version < 1) throw invalid(ctx, `opset_import gives domain ${name} version ${String(o.version)}; versions start at 1`);
    imported.add(domain);
  }
  for (const f of model.functions as Array<{ domain?: string }>) imported.add(f.domain === 'ai.onnx' ? '' : f.domain ?? '');
  return imported;
}

export function checkNodeDomain(n: NodeMsg, index: number, imported: ReadonlySet<string>, ctx: RuleContext): void {
  if (!n.op_type) throw invalid(ctx, `${nodeLabel(n, index)} has no op type`, { node: n.name });
  const domain = n.domain === 'ai.onnx' ? '' : n.domain ?? '';
  if (!imported.has(domain)) {
    throw invalid(ctx, `${nodeLabel(n, index)} is in domain '${domain || 'ai.onnx'}', which the model does not import (opset_import has: ${[...imported].map((d) => d || 'ai.onnx').join(', ') || 'nothing'})`, { node: n.name });
  }
}
