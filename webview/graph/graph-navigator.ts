import { ErrorOverlay, GraphData, GraphToHost, GraphViewState } from '../../src/shared/protocol';
import type { HostApi } from '../shared/host';
import { Palette, readPalette } from './colors';
import { buildDecor } from './decor-model';
import { renderDetails } from './details';
import { GraphChrome } from './graph-chrome';
import { GraphSearch } from './graph-search';
import { LayoutClient } from './layout-client';
import { LayoutRunner } from './layout-runner';
import { layoutSummary } from './layout-summary';
import { legendContent, renderLegend } from './legend';
import { OverlayModel, overlayModel } from './overlay-model';
import { GraphRenderer } from './renderer';
import { applyPlacement, Placement } from './placement';
import { buildScene, Decor, Scene } from './scene';
import { groupPath } from './scope-tree';
import { Toolbar, ViewKind } from './toolbar';
import { prepareViewModel, ViewModel } from './view-model';
import type { VisibleGraph } from './visible-graph';

/**
 * What the graph view does between messages: holds the view state (which graph, open groups, selection, zoom,
 * search, the overlay), asks the worker for layouts and hands scenes to the renderer, and follows the user's clicks,
 * keys and toolbar. State is saved with setState and posted to the host (`state`) after every change. The messages
 * from the host are GraphView's (graph-view.ts).
 */

const SAVE_DELAY_MS = 250;

export abstract class GraphNavigator {
  protected graphs: Record<ViewKind, GraphData | null> = { compiled: null, source: null };
  protected models = new Map<ViewKind, ViewModel>();
  protected view: ViewKind = 'compiled';
  protected overlay: ErrorOverlay | null = null;
  protected overlayData: OverlayModel | null = null;
  protected overlayOn = true;
  protected selected = -1;
  protected readonly search = new GraphSearch();
  protected vg: VisibleGraph | null = null;
  protected scene: Scene | null = null;
  protected palette: Palette;
  protected renders = 0;
  protected saveTimer = 0;
  protected searchTimer = 0;
  protected readonly toolbar: Toolbar;
  protected readonly renderer: GraphRenderer;
  protected readonly chrome: GraphChrome;
  protected readonly layouts: LayoutRunner;

  constructor(protected readonly root: HTMLElement, protected readonly api: HostApi<GraphToHost, GraphViewState>, layout: Promise<LayoutClient>) {
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
    this.chrome = new GraphChrome(root, this.toolbar.el);
    this.layouts = new LayoutRunner(layout, (text, error) => this.setStatus(text, error));
    this.renderer = new GraphRenderer(this.chrome.area, {
      activate: (item) => this.activate(item),
      zoomed: (_t, ended) => {
        if (ended) this.saveState();
      },
    });
    root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !this.chrome.details.hidden) this.select(-1, false);
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

  protected model(): ViewModel | null {
    return this.models.get(this.view) ?? null;
  }

  /** The current view's model, made once per graph (see prepareViewModel). */
  protected async prepare(): Promise<ViewModel | null> {
    const view = this.view;
    const data = this.graphs[view];
    if (this.models.has(view) || !data) return this.model();
    const vm = await prepareViewModel(data);
    // Another init may have come while this one waited: only the graph still current is kept.
    if (this.graphs[view] !== data) return null;
    this.models.set(view, vm);
    return this.model();
  }

  protected setupToolbar(): void {
    const data = this.graphs[this.view]!;
    const views = (['compiled', 'source'] as const).filter((v) => this.graphs[v]);
    const file = data.model.split(/[\\/]/).pop() ?? data.model;
    // Say which graph this is: the model as written has no target.
    // A model shown as written because there is no compiled graph (it did not compile; an untrusted workspace) says
    // why, above the graph. Beside a compiled graph, the source view is just the other toggle: no note.
    this.chrome.setNote(this.graphs.compiled ? null : data.note ?? null);
    this.toolbar.setup({ title: data.kind === 'compiled' ? `${file} · compiled for ${data.target}` : `${file} · as written`, views, view: this.view, search: this.search.text, overlay: this.overlay ? this.overlayOn : null });
  }

  protected async relayout(place: Placement): Promise<void> {
    const vm = this.model();
    if (!vm) return;
    this.root.dataset.layout = 'running';
    const laid = await this.layouts.run(vm);
    if (!laid) return;
    const { vg, result } = laid;
    this.vg = vg;
    this.scene = buildScene(vm.graph, vm.tree, vg, result);
    this.renderer.setScene(this.scene, this.decor(), this.palette);
    applyPlacement(this.renderer, this.scene, place);
    this.renders++;
    const summary = layoutSummary(vg, vm.graph.nodes.length);
    Object.assign(this.root.dataset, {
      layout: 'done',
      renders: String(this.renders),
      view: this.view,
      ...summary.counts,
      layoutMs: result.ms.toFixed(1),
      layoutIn: laid.where,
      laidOut: String(result.laidOut),
      reused: String(result.reused),
    });
    this.setStatus(summary.status);
    this.renderLegendNow();
    performance.mark('quantlens-graph-drawn', { detail: { renders: this.renders, items: vg.kinds.length - 1 } });
    this.saveState();
  }

  protected setExpanded(expanded: Set<string>, place: Placement): Promise<void> {
    const vm = this.model();
    if (!vm) return Promise.resolve();
    vm.expanded = expanded;
    return this.relayout(place);
  }

  /** A node was clicked (select it) or a group's control (fold or unfold it). */
  protected activate(item: number): void {
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

  protected select(node: number, post: boolean): void {
    const vm = this.model();
    if (!vm) return;
    this.selected = node;
    if (node >= 0) this.showDetails();
    else this.chrome.details.hidden = true;
    this.refreshDecor();
    if (post && node >= 0) this.api.post({ type: 'selectNode', node: vm.graph.nodes[node].id, view: this.view });
    this.saveState();
  }

  protected showDetails(): void {
    const vm = this.model();
    if (!vm || this.selected < 0) return;
    renderDetails(this.chrome.details, vm.graph, this.selected, this.overlayOn ? this.overlayData : null, () => this.select(-1, false), (n) => void this.goTo(n, 'post'));
  }

  /** Unfold the groups that hold a node, then centre it (selecting it first: the details panel narrows the view). */
  protected async goTo(node: number, select: 'post' | 'quiet' | 'no'): Promise<void> {
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

  protected async switchView(v: ViewKind, fit = true): Promise<void> {
    if (v === this.view || !this.graphs[v]) return;
    this.view = v;
    this.selected = -1;
    this.chrome.details.hidden = true;
    this.overlayData = null;
    await this.prepare();
    this.setupToolbar();
    this.computeOverlay();
    this.computeMatches();
    await this.relayout(fit ? { home: true } : { keep: true });
  }

  protected computeOverlay(): void {
    const vm = this.model();
    this.overlayData = vm && this.overlay ? overlayModel(vm.graph, vm.tree, this.overlay) : null;
  }

  protected onSearch(q: string): void {
    window.clearTimeout(this.searchTimer);
    this.searchTimer = window.setTimeout(() => {
      this.search.text = q;
      this.computeMatches();
      this.refreshDecor();
      this.saveState();
    }, 120);
  }

  protected computeMatches(): void {
    this.search.compute(this.model());
    this.toolbar.setCount(this.search.countText());
  }

  protected async jump(dir: 1 | -1): Promise<void> {
    const node = this.search.step(dir);
    if (node < 0) return;
    this.toolbar.setCount(this.search.countText());
    await this.goTo(node, 'no');
    this.refreshDecor();
  }

  protected decor(): Decor {
    return buildDecor(this.model() ? this.vg : null, { selected: this.selected, matches: this.search.matches, current: this.search.current, overlay: this.overlayOn ? this.overlayData : null });
  }

  protected refreshDecor(): void {
    if (this.scene) this.renderer.setDecor(this.decor());
    this.renderLegendNow();
  }

  protected refreshPalette(): void {
    this.palette = readPalette(this.overlay?.threshold ?? 20);
    this.renderer.setPalette(this.palette);
    this.renderLegendNow();
  }

  protected renderLegendNow(): void {
    const vm = this.model();
    if (!vm) return;
    renderLegend(this.chrome.legend, legendContent(vm, this.vg, this.overlayOn ? this.overlayData : null), this.palette);
  }

  protected setStatus(text: string, error = false): void {
    this.chrome.setStatus(text, error);
  }

  protected state(): GraphViewState {
    const vm = this.model();
    return {
      model: this.graphs[this.view]?.model ?? '',
      view: this.view,
      expanded: vm ? [...vm.expanded] : [],
      selected: vm && this.selected >= 0 ? vm.graph.nodes[this.selected].id : null,
      transform: this.scene ? this.renderer.transform : null,
      search: this.search.text,
    };
  }

  protected saveState(): void {
    window.clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => {
      const s = this.state();
      this.api.setState(s);
      this.api.post({ type: 'state', state: s });
    }, SAVE_DELAY_MS);
  }
}
