import { CompileReport, graphJson } from '../engine/compile/report';
import { buildIR } from '../engine/ir/build-ir';
import { assignLayouts } from '../engine/ir/layout';
import { readModel } from '../engine/onnx/model-file';
import type { IRContent } from './ir-tree-model';

/** Graph inputs and outputs of a compiled graph's JSON: values no node produces, and values no node reads. */
function ends(nodes: IRContent['nodes'], values: IRContent['values']): { inputs: string[]; outputs: string[] } {
  const produced = new Set(nodes.flatMap((n) => n.outputs));
  const consumed = new Set(nodes.flatMap((n) => n.inputs));
  return {
    inputs: values.filter((v) => !v.initializer && !produced.has(v.name)).map((v) => v.name),
    outputs: values.filter((v) => produced.has(v.name) && !consumed.has(v.name)).map((v) => v.name),
  };
}

/** The tree's content from a compile report: the compiled graph, or (when it failed) the source and the failure. */
export function contentFromReport(r: CompileReport, file: string): IRContent {
  if (r.compiled) {
    const { inputs, outputs } = ends(r.compiled.nodes, r.compiled.values);
    return { model: r.model, target: r.target.id, kind: 'compiled', inputs, outputs, nodes: r.compiled.nodes, values: r.compiled.values, diagnostics: r.diagnostics, failure: r.failure };
  }
  return { ...sourceContent(file, r.target.id, `${r.target.id} cannot compile this model: the tree shows it as written.`), diagnostics: r.diagnostics, failure: r.failure };
}

/**
 * The model as written, parsed without the runtime (an untrusted workspace, or a failed compile). Parsing is plain
 * JavaScript; nothing of the model runs.
 */
export function sourceContent(file: string, target: string, note: string): IRContent {
  const { graph } = buildIR(readModel(file).model);
  assignLayouts(graph, { nchwcBlock: null });
  const json = graphJson(graph);
  return { model: file, target, kind: 'source', note, inputs: graph.inputs, outputs: graph.outputs, nodes: json.nodes, values: json.values, diagnostics: [], failure: null };
}
