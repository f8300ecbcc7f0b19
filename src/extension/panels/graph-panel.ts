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
  private state: GraphViewState | null = null;

  constructor(private readonly extensionUri: vscode.Uri, private readonly onSelect: (node: string) => void, private readonly log: (l: string) => void) {}

  private overlay() {
    const g = this.compiled ?? this.source;
    return this.report && g ? errorOverlay(this.report, g) : null;
  }

  show(content: IRContent, source: IRContent | null): void {
    this.compiled = content.kind === 'compiled' ? graphData(content) : null;
    this.source = source ? graphData(source) : content.kind === 'source' ? graphData(content) : null;
    if (!this.host) {
      this.host = new PanelHost<GraphToHost, HostToGraph>(this.extensionUri, 'quantlens.graph', `Graph: ${content.model.split(/[\\/]/).pop()}`, { script: 'graph.js', worker: 'graph-layout-worker.js', style: 'graph.css' }, isGraphToHost, {
        onReady: () => ({ type: 'init', compiled: this.compiled, source: this.source, overlay: this.overlay(), state: this.state }),
        onMessage: (m) => {
          if (m.type === 'selectNode') this.onSelect(m.node);
          else if (m.type === 'state') this.state = m.state;
        },
        onDispose: () => {
          this.host = null;
        },
      }, this.log);
    } else {
      this.host.panel.title = `Graph: ${content.model.split(/[\\/]/).pop()}`;
      this.host.post({ type: 'init', compiled: this.compiled, source: this.source, overlay: this.overlay(), state: null });
      this.host.panel.reveal(undefined, true);
    }
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
