import { ErrorOverlay, GraphData, GraphViewState, HostToGraph, isGraphToHost } from '../../src/shared/protocol';
import { readPalette } from './colors';
import { GraphNavigator } from './graph-navigator';
import type { OverlayModel } from './overlay-model';
import type { ViewKind } from './toolbar';

/**
 * The graph view as the host talks to it: `init` (a model's graphs, restoring the saved view of the same model),
 * `overlay` (a comparison's errors), `failure` (a model that did not compile) and `select` (reveal a node). What it
 * does with them (layout, selection, search, decorations) is GraphNavigator's.
 */
export class GraphView extends GraphNavigator {
  private pending: Promise<void> = Promise.resolve();

  /**
   * Messages are handled one after another: a `select` that comes right behind `init` (Show in Graph with no graph
   * open) waits until the graph is laid out, then selects and centres its node.
   */
  handle(m: HostToGraph): void {
    this.pending = this.pending.then(() => this.handleNow(m)).catch((e: unknown) => this.setStatus(`Could not show the graph: ${e instanceof Error ? e.message : String(e)}`, true));
  }

  private async handleNow(m: HostToGraph): Promise<void> {
    if (m.type === 'init') await this.init(m.compiled, m.source, m.overlay, m.state);
    else if (m.type === 'overlay') await this.setOverlay(m.overlay);
    else if (m.type === 'failure') this.showFailure(m.model, m.message);
    else await this.reveal(m.node);
  }

  /** Compiling a model failed: say so in place of the graph (never leave the previous model on screen unexplained). */
  private showFailure(model: string, message: string): void {
    this.graphs = { compiled: null, source: null };
    this.models.clear();
    this.layouts.cancel();
    this.vg = null;
    this.scene = null;
    this.selected = -1;
    const file = model.split(/[\\/]/).pop() ?? model;
    this.toolbar.setup({ title: file, views: [], view: this.view, search: null, overlay: null });
    this.chrome.showFailure(file, message);
  }

  private async init(compiled: GraphData | null, source: GraphData | null, overlay: ErrorOverlay | null, given: GraphViewState | null): Promise<void> {
    this.graphs = { compiled, source };
    this.models.clear();
    this.chrome.hideFailure();
    const saved: unknown = this.api.getState();
    const model = (compiled ?? source)?.model;
    // Restore a state only for the model it was saved with: another model's search or zoom means nothing here.
    const state = given ?? (isGraphToHost({ type: 'state', state: saved }) ? (saved as GraphViewState) : null);
    if (state && state.model !== model) return this.initWith(compiled, source, overlay, null);
    return this.initWith(compiled, source, overlay, state);
  }

  private async initWith(compiled: GraphData | null, source: GraphData | null, overlay: ErrorOverlay | null, state: GraphViewState | null): Promise<void> {
    this.view = state && this.graphs[state.view] ? state.view : compiled ? 'compiled' : 'source';
    this.setStatus('Reading the graph…');
    const vm = await this.prepare();
    if (this.graphs.compiled !== compiled || this.graphs.source !== source) return;
    if (!vm) {
      this.setStatus('No graph to show.');
      return;
    }
    if (state && state.view === this.view) vm.expanded = new Set(state.expanded.filter((id) => vm.tree.groups.has(id)));
    this.search.text = state?.search ?? '';
    this.selected = state?.selected ? vm.graph.byId.get(state.selected) ?? -1 : -1;
    this.overlay = overlay;
    this.overlayData = null;
    this.palette = readPalette(overlay?.threshold ?? 20);
    this.setupToolbar();
    this.computeOverlay();
    this.computeMatches();
    await this.relayout(state?.transform ? { transform: state.transform } : { home: true });
    if (this.selected >= 0) this.showDetails();
    else this.chrome.details.hidden = true;
    // A graph opened after a comparison, with nothing to restore, starts where the error is.
    const focus = (this.overlayData as OverlayModel | null)?.focus ?? -1;
    if (!state && focus >= 0) await this.goTo(focus, 'quiet');
  }

  /** The host asks to show a node (e.g. chosen in the IR tree): switch graphs if only the other has it. */
  private async reveal(asked: string): Promise<void> {
    // A parameter node (a weight's DequantizeLinear, a Constant) is not drawn: show the node it feeds.
    const id = this.graphs[this.view]?.paramOf?.[asked] ?? asked;
    const other: ViewKind = this.view === 'compiled' ? 'source' : 'compiled';
    if (!this.model()?.graph.byId.has(id) && this.graphs[other]?.nodes.some((n) => n.id === id)) await this.switchView(other, false);
    const vm = this.model();
    const node = vm?.graph.byId.get(id);
    if (node === undefined) return;
    await this.goTo(node, 'quiet');
  }

  /** A comparison arrived: colour the graph, then lead to where the error is (the culprit's node, not its group). */
  private async setOverlay(o: ErrorOverlay | null): Promise<void> {
    this.overlay = o;
    this.overlayOn = true;
    this.computeOverlay();
    this.refreshPalette();
    if (this.graphs[this.view]) this.setupToolbar();
    this.refreshDecor();
    const focus = this.overlayData?.focus ?? -1;
    if (focus >= 0) await this.goTo(focus, 'quiet');
    else if (this.selected >= 0) this.showDetails();
  }
}
