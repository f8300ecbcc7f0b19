import * as vscode from 'vscode';
import type { CompareReport } from '../../engine/compare/compare-report';
import { GraphData, GraphToHost, GraphViewState, HostToGraph, isGraphToHost } from '../../shared/protocol';
import { errorOverlay, graphData } from './graph-data';
import type { IRContent } from '../ir-tree-model';
import { PanelHost } from './panel-host';

/** The IR graph panel: one at a time, fed from the IR the tree shows and the last comparison. */
export class GraphPanel {
  private host: PanelHost<GraphToHost, HostToGraph> | null = null;
  private compiled: GraphData | null = null;
  private source: GraphData | null = null;
  private report: CompareReport | null = null;
  /** The view state per model (search, open groups, selection, zoom): each model comes back as it was left. */
  private states = new Map<string, GraphViewState>();
  /** Set when the last compile of the graph's model failed: the page shows this instead of a graph. */
  private failure: { model: string; message: string } | null = null;

  constructor(private readonly extensionUri: vscode.Uri, private readonly onSelect: (node: string) => void, private readonly log: (l: string) => void) {}

  private overlay() {
    const g = this.compiled ?? this.source;
    return this.report && g ? errorOverlay(this.report, g) : null;
  }

  show(content: IRContent, source: IRContent | null): void {
    this.compiled = content.kind === 'compiled' ? graphData(content) : null;
    this.source = source ? graphData(source) : content.kind === 'source' ? graphData(content) : null;
    this.failure = null;
    this.present(content.model);
  }

  /** Compiling `file` failed (the CLI could not compile or read it): the open graph says so, naming the file. */
  showFailure(file: string, message: string): void {
    this.compiled = null;
    this.source = null;
    this.failure = { model: file, message };
    this.present(file);
  }

  private present(model: string): void {
    const title = `Graph: ${model.split(/[\\/]/).pop()}`;
    if (!this.host) {
      this.host = new PanelHost<GraphToHost, HostToGraph>(this.extensionUri, 'quantlens.graph', title, { script: 'graph.js', worker: 'graph-layout-worker.js', style: 'graph.css' }, isGraphToHost, {
        onReady: () => (this.failure ? { type: 'failure', ...this.failure } : { type: 'init', compiled: this.compiled, source: this.source, overlay: this.overlay(), state: this.stateOf(this.compiled ?? this.source) }),
        onMessage: (m) => {
          if (m.type === 'selectNode') this.onSelect(m.node);
          else if (m.type === 'state') this.states.set(m.state.model, m.state);
        },
        onDispose: () => {
          this.host = null;
        },
      }, this.log);
    } else {
      this.host.panel.title = title;
      this.host.post(this.failure ? { type: 'failure', ...this.failure } : { type: 'init', compiled: this.compiled, source: this.source, overlay: this.overlay(), state: this.stateOf(this.compiled ?? this.source) });
      this.host.panel.reveal(undefined, true);
    }
  }

  private stateOf(g: GraphData | null): GraphViewState | null {
    return g ? this.states.get(g.model) ?? null : null;
  }

  get open(): boolean {
    return this.host !== null;
  }

  setComparison(report: CompareReport | null): void {
    this.report = report;
    this.host?.post({ type: 'overlay', overlay: this.overlay() });
  }

  /** Select a graph node, or the compiled node that came from a source node of that name. */
  select(node: string): void {
    const g = this.compiled ?? this.source;
    const id = g && !g.nodes.some((n) => n.id === node) ? g.nodes.find((n) => n.origin.includes(node))?.id ?? node : node;
    this.host?.post({ type: 'select', node: id });
  }
}
