import { ErrorOverlay, GraphData, GraphToHost, GraphViewState, HostToGraph, isGraphToHost } from '../../src/shared/protocol';
import type { HostApi } from '../shared/host';
import { Palette, readPalette } from './colors';
import { renderDetails } from './details';
import { IndexedGraph, indexGraph } from './indexed-graph';
import { LayoutClient } from './layout-client';
import { renderLegend } from './legend';
import { OverlayModel, overlayModel } from './overlay-model';
import { GraphRenderer } from './renderer';
import { buildScene, Decor, Scene, ViewTransform } from './scene';
import { buildScopeTree, defaultExpanded, effectiveScopes, groupPath, ScopeTree } from './scope-tree';
import { Toolbar, ViewKind } from './toolbar';
import { visibleGraph, VisibleGraph } from './visible-graph';

/**
 * The graph view's controller: holds the messages' data and the view state (which graph, open groups, selection,
 * zoom, search), asks the worker for layouts and hands scenes to the renderer. State is saved with setState and
 * posted to the host (`state`) after every change, and restored from `init.state`.
 */

interface ViewModel {
  graph: IndexedGraph;
  tree: ScopeTree;
  expanded: Set<string>;
  /** Lower-case names and ops, for search. */
  haystack: string[] | null;
  /** What the legend lists when the overlay is off. */
  dtypes: Array<[string, number]>;
  badges: string[];
  inserted: boolean;
}

type Placement = { home: true } | { fit: true } | { transform: ViewTransform } | { anchor: string; screen: [number, number] } | { centerNode: number } | { keep: true };

const SAVE_DELAY_MS = 250;
/** Let the browser handle input and paint between long steps. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class GraphView {
  private graphs: Record<ViewKind, GraphData | null> = { compiled: null, source: null };
  private models = new Map<ViewKind, ViewModel>();
  private view: ViewKind = 'compiled';
  private overlay: ErrorOverlay | null = null;
  private overlayData: OverlayModel | null = null;
  private overlayOn = true;
  private selected = -1;
  private search = '';
  private matches: number[] = [];
  private current = -1;
  private vg: VisibleGraph | null = null;
  private scene: Scene | null = null;
  private palette: Palette;
  private layoutSeq = 0;
  private renders = 0;
  private saveTimer = 0;
  private searchTimer = 0;
  private readonly toolbar: Toolbar;
  private readonly renderer: GraphRenderer;
  private readonly details: HTMLElement;
  private readonly legend: HTMLElement;
  private readonly status: HTMLElement;
  private readonly area: HTMLElement;
  private readonly note: HTMLElement;
  private readonly failure: HTMLElement;
  private pending: Promise<void> = Promise.resolve();

  constructor(private readonly root: HTMLElement, private readonly api: HostApi<GraphToHost, GraphViewState>, private readonly layout: Promise<LayoutClient>) {
    this.palette = readPalette();
    root.classList.add('graph-view');
    this.toolbar = new Toolbar({
      view: (v) => void this.switchView(v),
      search: (q) => this.onSearch(q),
      jump: (d) => void this.jump(d),
      fit: () => this.renderer.fit(),
      foldAll: () => void this.setExpanded(new Set(), { fit: true }),
      unfoldAll: () => void this.setExpanded(new Set(this.model()?.tree.groups.keys() ?? []), { home: true }),
      overlay: (on) => {
        this.overlayOn = on;
        this.refreshDecor();
      },
    });
    const main = document.createElement('div');
    main.className = 'graph-main';
    const area = document.createElement('div');
    area.className = 'graph-area';
    this.area = area;
    this.failure = document.createElement('div');
    this.failure.className = 'graph-failure';
    this.failure.setAttribute('role', 'alert');
    this.failure.hidden = true;
    this.details = document.createElement('aside');
    this.details.className = 'details';
    this.details.hidden = true;
    this.details.setAttribute('aria-label', 'Selected node');
    main.append(area, this.failure, this.details);
    this.status = document.createElement('div');
    this.status.className = 'status muted';
    this.status.setAttribute('role', 'status');
    this.legend = document.createElement('div');
    this.legend.className = 'legend';
    const foot = document.createElement('div');
    foot.className = 'graph-foot';
    foot.append(this.legend, this.status);
    this.note = document.createElement('div');
    this.note.className = 'graph-note';
    this.note.setAttribute('role', 'note');
    this.note.hidden = true;
    root.append(this.toolbar.el, this.note, main, foot);
    this.renderer = new GraphRenderer(area, {
      activate: (item) => this.activate(item),
      zoomed: (_t, ended) => {
        if (ended) this.saveState();
      },
    });
    root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !this.details.hidden) this.select(-1, false);
      if ((e.ctrlKey || e.metaKey) && e.key === 'f') {
        e.preventDefault();
        this.toolbar.focusSearch();
      }
    });
    // VS Code changes the body class and the variables on <html> when the theme changes.
    const themeWatch = new MutationObserver(() => this.refreshPalette());
    themeWatch.observe(document.body, { attributes: true, attributeFilter: ['class'] });
    themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
    this.setStatus('Waiting for the graph…');
  }

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
    this.layoutSeq++;
    this.vg = null;
    this.scene = null;
    this.selected = -1;
    this.details.hidden = true;
    this.legend.replaceChildren();
    this.note.hidden = true;
    const file = model.split(/[\\/]/).pop() ?? model;
    this.toolbar.setup({ title: file, views: [], view: this.view, search: null, overlay: null });
    const h = document.createElement('h2');
    h.textContent = `QuantLens could not compile ${file}`;
    const p = document.createElement('p');
    p.className = 'failure-message';
    p.textContent = message;
    const hint = document.createElement('p');
    hint.className = 'muted';
    hint.textContent = 'The graph shows the model again once it compiles. The QuantLens output has the details.';
    this.failure.replaceChildren(h, p, hint);
    this.failure.hidden = false;
    this.area.hidden = true;
    this.root.dataset.failure = 'shown';
    this.setStatus('');
  }

  private async init(compiled: GraphData | null, source: GraphData | null, overlay: ErrorOverlay | null, given: GraphViewState | null): Promise<void> {
    this.graphs = { compiled, source };
    this.models.clear();
    this.failure.hidden = true;
    this.area.hidden = false;
    delete this.root.dataset.failure;
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
    this.search = state?.search ?? '';
    this.selected = state?.selected ? vm.graph.byId.get(state.selected) ?? -1 : -1;
    this.overlay = overlay;
    this.overlayData = null;
    this.palette = readPalette(overlay?.threshold ?? 20);
    this.setupToolbar();
    this.computeOverlay();
    this.computeMatches();
    await this.relayout(state?.transform ? { transform: state.transform } : { home: true });
    if (this.selected >= 0) this.showDetails();
    else this.details.hidden = true;
    // A graph opened after a comparison, with nothing to restore, starts where the error is.
    const focus = (this.overlayData as OverlayModel | null)?.focus ?? -1;
    if (!state && focus >= 0) await this.goTo(focus, 'quiet');
  }

  private model(): ViewModel | null {
    return this.models.get(this.view) ?? null;
  }

  /**
   * Index and group the current view's graph, in a few tasks rather than one: a 50,000-node graph costs some
   * hundreds of milliseconds here, and the page should keep answering input meanwhile.
   */
  private async prepare(): Promise<ViewModel | null> {
    const view = this.view;
    const data = this.graphs[view];
    if (this.models.has(view) || !data) return this.model();
    await breathe();
    const graph = indexGraph(data);
    await breathe();
    const tree = buildScopeTree(data.nodes, effectiveScopes(graph));
    await breathe();
    const dtypes = new Map<string, number>();
    const badges = new Set<string>();
    for (const n of data.nodes) {
      dtypes.set(n.dtype ?? '?', (dtypes.get(n.dtype ?? '?') ?? 0) + 1);
      if (n.layout) badges.add(n.layout);
    }
    if (this.graphs[view] !== data) return null;
    // Another init may have come while this one waited: only the graph still current is kept.
    this.models.set(view, {
      graph, tree, expanded: defaultExpanded(tree), haystack: null,
      dtypes: [...dtypes].sort((a, b) => b[1] - a[1]), badges: [...badges].sort(), inserted: data.nodes.some((n) => n.inserted),
    });
    return this.model();
  }

  private setupToolbar(): void {
    const data = this.graphs[this.view]!;
    const views = (['compiled', 'source'] as const).filter((v) => this.graphs[v]);
    const file = data.model.split(/[\\/]/).pop() ?? data.model;
    // Say which graph this is: the model as written has no target.
    // A model shown as written because there is no compiled graph (it did not compile; an untrusted workspace) says
    // why, above the graph. Beside a compiled graph, the source view is just the other toggle: no note.
    const note = this.graphs.compiled ? null : data.note ?? null;
    this.note.textContent = note ?? '';
    this.note.hidden = !note;
    this.toolbar.setup({ title: data.kind === 'compiled' ? `${file} · compiled for ${data.target}` : `${file} · as written`, views, view: this.view, search: this.search, overlay: this.overlay ? this.overlayOn : null });
  }

  private async relayout(place: Placement): Promise<void> {
    const vm = this.model();
    if (!vm) return;
    const seq = ++this.layoutSeq;
    const vg = visibleGraph(vm.graph, vm.tree, vm.expanded);
    this.root.dataset.layout = 'running';
    const slow = window.setTimeout(() => this.setStatus(`Laying out ${vg.kinds.length - 1} items…`), 150);
    let client: LayoutClient;
    let result;
    try {
      client = await this.layout;
      result = await client.layout(vg.request);
    } catch (e) {
      window.clearTimeout(slow);
      if (seq === this.layoutSeq) this.setStatus(`Layout failed: ${e instanceof Error ? e.message : String(e)}`, true);
      return;
    }
    window.clearTimeout(slow);
    if (seq !== this.layoutSeq) return;
    const anchorItem = 'anchor' in place ? vg.keys.indexOf(place.anchor) : -1;
    this.vg = vg;
    this.scene = buildScene(vm.graph, vm.tree, vg, result);
    this.renderer.setScene(this.scene, this.decor(), this.palette);
    if ('home' in place) this.renderer.home();
    else if ('fit' in place) this.renderer.fit();
    else if ('transform' in place) this.renderer.setTransform(place.transform);
    else if ('centerNode' in place) this.renderer.center(vg.nodeItem[place.centerNode]);
    else if ('anchor' in place && anchorItem >= 0) {
      // Keep the group that was clicked where it was on screen.
      const k = this.renderer.transform.k;
      const r = this.scene.rects;
      this.renderer.setTransform({ x: place.screen[0] - r[4 * anchorItem] * k, y: place.screen[1] - r[4 * anchorItem + 1] * k, k });
    }
    this.renders++;
    const counts = { leaf: 0, folded: 0, frame: 0 };
    for (const k of vg.kinds) if (k !== 'root') counts[k]++;
    Object.assign(this.root.dataset, {
      layout: 'done',
      renders: String(this.renders),
      view: this.view,
      leaves: String(counts.leaf),
      folded: String(counts.folded),
      frames: String(counts.frame),
      edges: String(vg.edges.length),
      layoutMs: result.ms.toFixed(1),
      layoutIn: client.where,
      laidOut: String(result.laidOut),
      reused: String(result.reused),
    });
    // What the user sees, in words; how the layout ran (worker, reuse, timings) stays in the data attributes.
    const total = vm.graph.nodes.length;
    const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;
    this.setStatus(counts.folded ? `${plural(total, 'node', 'nodes')} · showing ${plural(counts.leaf, 'node', 'nodes')} and ${plural(counts.folded, 'folded group', 'folded groups')}` : `${plural(total, 'node', 'nodes')}, all shown`);
    this.renderLegendNow();
    performance.mark('quantlens-graph-drawn', { detail: { renders: this.renders, items: vg.kinds.length - 1 } });
    this.saveState();
  }

  private setExpanded(expanded: Set<string>, place: Placement): Promise<void> {
    const vm = this.model();
    if (!vm) return Promise.resolve();
    vm.expanded = expanded;
    return this.relayout(place);
  }

  /** A node was clicked (select it) or a group's control (fold or unfold it). */
  private activate(item: number): void {
    const vg = this.vg;
    const vm = this.model();
    if (!vg || !vm) return;
    const kind = vg.kinds[item];
    if (kind === 'leaf') {
      this.select(vg.node[item], true);
      return;
    }
    if (kind === 'root') return;
    const key = vg.keys[item];
    const screen = this.renderer.screenOf(item) ?? [0, 0];
    const group = vg.group[item];
    if (kind === 'folded') vm.expanded.add(group);
    else vm.expanded.delete(group);
    void this.relayout({ anchor: key, screen }).then(() => {
      const again = this.vg?.keys.indexOf(key) ?? -1;
      if (again >= 0) this.renderer.focusItem(again);
    });
  }

  private select(node: number, post: boolean): void {
    const vm = this.model();
    if (!vm) return;
    this.selected = node;
    if (node >= 0) this.showDetails();
    else this.details.hidden = true;
    this.refreshDecor();
    if (post && node >= 0) this.api.post({ type: 'selectNode', node: vm.graph.nodes[node].id, view: this.view });
    this.saveState();
  }

  private showDetails(): void {
    const vm = this.model();
    if (!vm || this.selected < 0) return;
    renderDetails(this.details, vm.graph, this.selected, this.overlayOn ? this.overlayData : null, () => this.select(-1, false), (n) => void this.goTo(n, 'post'));
  }

  /** Unfold the groups that hold a node, then centre it (selecting it first: the details panel narrows the view). */
  private async goTo(node: number, select: 'post' | 'quiet' | 'no'): Promise<void> {
    const vm = this.model();
    if (!vm) return;
    if (select !== 'no') this.select(node, select === 'post');
    const path = groupPath(vm.tree, node);
    const missing = path.filter((g) => !vm.expanded.has(g));
    if (missing.length) {
      for (const g of missing) vm.expanded.add(g);
      await this.relayout({ centerNode: node });
    } else if (this.vg) this.renderer.center(this.vg.nodeItem[node]);
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

  private async switchView(v: ViewKind, fit = true): Promise<void> {
    if (v === this.view || !this.graphs[v]) return;
    this.view = v;
    this.selected = -1;
    this.details.hidden = true;
    this.overlayData = null;
    await this.prepare();
    this.setupToolbar();
    this.computeOverlay();
    this.computeMatches();
    await this.relayout(fit ? { home: true } : { keep: true });
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

  private computeOverlay(): void {
    const vm = this.model();
    this.overlayData = vm && this.overlay ? overlayModel(vm.graph, vm.tree, this.overlay) : null;
  }

  private onSearch(q: string): void {
    window.clearTimeout(this.searchTimer);
    this.searchTimer = window.setTimeout(() => {
      this.search = q;
      this.computeMatches();
      this.refreshDecor();
      this.saveState();
    }, 120);
  }

  private computeMatches(): void {
    const vm = this.model();
    const q = this.search.trim().toLowerCase();
    this.current = -1;
    this.matches = [];
    if (vm && q) {
      vm.haystack ??= vm.graph.nodes.map((n) => `${n.name}\n${n.op}`.toLowerCase());
      vm.haystack.forEach((h, i) => {
        if (h.includes(q)) this.matches.push(i);
      });
    }
    this.updateCount();
  }

  private updateCount(): void {
    if (!this.search.trim()) this.toolbar.setCount('');
    else if (!this.matches.length) this.toolbar.setCount('no match');
    else this.toolbar.setCount(`${this.current >= 0 ? this.current + 1 : '–'} / ${this.matches.length}`);
  }

  private async jump(dir: 1 | -1): Promise<void> {
    if (!this.matches.length) return;
    const n = this.matches.length;
    this.current = this.current < 0 ? (dir > 0 ? 0 : n - 1) : (this.current + dir + n) % n;
    this.updateCount();
    await this.goTo(this.matches[this.current], 'no');
    this.refreshDecor();
  }

  private decor(): Decor {
    const vg = this.vg;
    const empty: Decor = { selected: -1, matches: new Set(), current: -1, overlay: null, pathItems: new Set(), pathEdges: new Set() };
    const vm = this.model();
    if (!vg || !vm) return empty;
    const items = vg.kinds.length;
    const matches = new Set(this.matches.map((m) => vg.nodeItem[m]));
    let overlay: Decor['overlay'] = null;
    const pathItems = new Set<number>();
    const pathEdges = new Set<number>();
    const o = this.overlayOn ? this.overlayData : null;
    if (o) {
      const sqnr = new Float64Array(items).fill(NaN);
      const rank = new Int32Array(items);
      for (let i = 0; i < items; i++) {
        if (vg.kinds[i] === 'leaf') {
          sqnr[i] = o.sqnr[vg.node[i]];
          rank[i] = o.rank[vg.node[i]];
        } else if (vg.kinds[i] === 'folded') {
          sqnr[i] = o.groupSqnr.get(vg.group[i]) ?? NaN;
          rank[i] = o.groupRank.get(vg.group[i]) ?? 0;
        }
      }
      overlay = { sqnr, rank };
      const edgeAt = new Map(vg.edges.map((e, i) => [e.from * items + e.to, i]));
      let prev = -1;
      for (const node of o.path) {
        const it = vg.nodeItem[node];
        pathItems.add(it);
        if (prev >= 0 && prev !== it) {
          const e = edgeAt.get(prev * items + it);
          if (e !== undefined) pathEdges.add(e);
        }
        prev = it;
      }
    }
    return {
      selected: this.selected >= 0 ? vg.nodeItem[this.selected] : -1,
      matches,
      current: this.current >= 0 ? vg.nodeItem[this.matches[this.current]] : -1,
      overlay,
      pathItems,
      pathEdges,
    };
  }

  private refreshDecor(): void {
    if (this.scene) this.renderer.setDecor(this.decor());
    this.renderLegendNow();
  }

  private refreshPalette(): void {
    this.palette = readPalette(this.overlay?.threshold ?? 20);
    this.renderer.setPalette(this.palette);
    this.renderLegendNow();
  }

  private renderLegendNow(): void {
    const vm = this.model();
    if (!vm) return;
    const o = this.overlayOn ? this.overlayData : null;
    renderLegend(this.legend, {
      dtypes: vm.dtypes,
      badges: vm.badges,
      inserted: vm.inserted,
      folded: (this.vg?.kinds ?? []).includes('folded'),
      overlay: o ? { threshold: o.threshold, culprits: o.rank.some((r) => r > 0) ? 1 : 0, path: o.path.length > 1 ? (o.rank[o.focus] > 0 ? 'culprit 1' : 'the first layer below the threshold') : null } : null,
    }, this.palette);
  }

  private setStatus(text: string, error = false): void {
    this.status.textContent = text;
    this.status.classList.toggle('error', error);
  }

  private state(): GraphViewState {
    const vm = this.model();
    return {
      model: this.graphs[this.view]?.model ?? '',
      view: this.view,
      expanded: vm ? [...vm.expanded] : [],
      selected: vm && this.selected >= 0 ? vm.graph.nodes[this.selected].id : null,
      transform: this.scene ? this.renderer.transform : null,
      search: this.search,
    };
  }

  private saveState(): void {
    window.clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => {
      const s = this.state();
      this.api.setState(s);
      this.api.post({ type: 'state', state: s });
    }, SAVE_DELAY_MS);
  }
}
