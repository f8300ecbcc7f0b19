import './diff.css';
import { DiffToHost, DiffViewState, HostToDiff, isHostToDiff, TensorPairData } from '../../src/shared/protocol';
import { connect } from '../shared/host';
import { createControls, Controls } from './controls';
import { pageHeader } from './header';
import { createHeatmapPanels, drawGrid, drawSingle, HeatmapPanels, markElement, markTile } from './heatmap-view';
import { GridGeometry, tileAt } from './heatmap';
import { drawCharts } from './charts';
import { PlaneLayout, planeLayout, formatIndex, fullIndex } from './planes';
import { tensorStats, TensorStats } from './stats';
import { metricsTable, worstTable } from './tables';

/**
 * The tensor diff panel. Protocol: it posts `ready` once loaded; the host answers with `init` (the pair, and the view
 * state it kept, or null); every change of channel or mode is saved with setState and posted as `state`. A new
 * `init` replaces the pair. The root element carries data-* attributes that say what is drawn (tests read them):
 * data-inits, data-draws, data-mode, data-channel, data-planes, data-heatmap-ms.
 */

const app = document.getElementById('app')!;
app.classList.add('diff');
app.dataset.inits = '0';
app.dataset.draws = '0';

interface View {
  pair: TensorPairData;
  layout: PlaneLayout;
  stats: TensorStats;
  state: DiffViewState;
  panels: HeatmapPanels;
  controls: Controls;
  readout: HTMLElement;
  grid: GridGeometry | null;
}

let view: View | null = null;

const api = connect<HostToDiff, DiffToHost, DiffViewState>(isHostToDiff, (m) => init(m));

function clampState(s: DiffViewState | null | undefined, l: PlaneLayout): DiffViewState {
  const channel = s && Number.isInteger(s.channel) ? Math.min(Math.max(0, s.channel), l.planes - 1) : 0;
  return { channel: Math.max(0, channel), mode: s?.mode === 'grid' && l.planes > 1 ? 'grid' : 'single' };
}

function init(m: HostToDiff): void {
  const pair = m.pair;
  const layout = planeLayout(pair.dims);
  if (pair.reference.length === 0) {
    view = null;
    const empty = document.createElement('p');
    empty.className = 'muted';
    empty.textContent = `The tensor is empty (dims [${pair.dims.join(', ')}]): nothing to draw.`;
    app.replaceChildren(pageHeader(pair, layout), empty);
    app.dataset.planes = '0';
    app.dataset.inits = String(Number(app.dataset.inits) + 1);
    return;
  }
  const stats = tensorStats(layout, pair.reference, pair.actual);
  const state = clampState(m.state ?? api.getState(), layout);
  const panels = createHeatmapPanels(pick);
  const readout = document.createElement('div');
  readout.className = 'readout';
  readout.setAttribute('role', 'status');
  const controls = createControls(layout, stats, state, { channel: (c) => setChannel(c), mode: (md) => setMode(md) });
  view = { pair, layout, stats, state, panels, controls, readout, grid: null };

  const charts = document.createElement('section');
  charts.className = 'charts';
  const tables = document.createElement('section');
  tables.className = 'tables';
  const metrics = document.createElement('div');
  metrics.append(heading('Metrics'), metricsTable(pair.metrics, stats.nonFinite));
  const worst = document.createElement('div');
  worst.append(heading('Worst elements'), worstTable(stats.worst, pair.dims, layout.axes, pair.quant, (w) => openElement(w.flat)));
  tables.append(metrics, worst);
  app.replaceChildren(pageHeader(pair, layout), controls.root, panels.root, readout, charts, tables);
  drawCharts(charts, pair, stats);
  draw();
  app.dataset.planes = String(layout.planes);
  app.dataset.inits = String(Number(app.dataset.inits) + 1);
}

function heading(text: string): HTMLElement {
  const h = document.createElement('h2');
  h.textContent = text;
  return h;
}

function draw(): void {
  if (!view) return;
  const t0 = performance.now();
  const { panels, layout, pair, stats, state } = view;
  if (state.mode === 'grid') {
    view.grid = drawGrid(panels, layout, pair, stats);
    markTile(panels, view.grid, state.channel);
  } else {
    view.grid = null;
    drawSingle(panels, layout, pair, stats, state.channel);
  }
  app.dataset.heatmapMs = (performance.now() - t0).toFixed(2);
  app.dataset.mode = state.mode;
  app.dataset.channel = String(state.channel);
  app.dataset.draws = String(Number(app.dataset.draws) + 1);
  view.controls.sync(state);
}

function save(): void {
  if (!view) return;
  const s = { ...view.state };
  api.setState(s);
  api.post({ type: 'state', state: s });
}

function setChannel(c: number): void {
  if (!view) return;
  const ch = Math.min(Math.max(0, c), view.layout.planes - 1);
  if (!Number.isInteger(ch) || ch === view.state.channel) return;
  view.state.channel = ch;
  view.readout.textContent = '';
  // In the grid only the focus mark moves: every tile is already drawn.
  if (view.state.mode === 'grid' && view.grid) {
    markTile(view.panels, view.grid, ch);
    app.dataset.channel = String(ch);
    view.controls.sync(view.state);
  } else {
    draw();
  }
  save();
}

function setMode(mode: DiffViewState['mode']): void {
  if (!view || mode === view.state.mode || (mode === 'grid' && view.layout.planes <= 1)) return;
  view.state.mode = mode;
  view.readout.textContent = '';
  draw();
  save();
}

/** Show one element: its channel in single mode, the cell marked, its values in the readout. */
function openElement(flat: number): void {
  if (!view) return;
  const { layout, pair } = view;
  const plane = Math.floor(flat / layout.planeSize);
  const changed = view.state.mode !== 'single' || view.state.channel !== plane;
  view.state.mode = 'single';
  view.state.channel = plane;
  draw();
  if (changed) save();
  markElement(view.panels, layout, flat % layout.planeSize);
  const r = pair.reference[flat];
  const a = pair.actual[flat];
  view.readout.textContent = `(${layout.axes.join(', ')}) = ${formatIndex(fullIndex(pair.dims, flat))}: reference ${r}, actual ${a}, |difference| ${Math.abs(a - r)}`;
  view.readout.dataset.flat = String(flat);
}

/** A click on a heatmap: a tile in the grid opens that channel; in one channel, the element under it. */
function pick(x: number, y: number, canvas: HTMLCanvasElement): void {
  if (!view) return;
  if (view.state.mode === 'grid' && view.grid) {
    const tile = tileAt(view.grid, x, y);
    if (tile === null) return;
    view.state.channel = tile;
    view.state.mode = 'single';
    draw();
    save();
    return;
  }
  // On a reduced drawing a pixel is a block: the element shown is the block's first (the readout names it).
  const kr = Number(canvas.dataset.kr) || 1;
  const kc = Number(canvas.dataset.kc) || 1;
  const offset = Math.floor(y) * kr * view.layout.cols + Math.floor(x) * kc;
  if (offset < view.layout.planeSize) openElement(view.state.channel * view.layout.planeSize + offset);
}

const isField = (t: EventTarget | null) => t instanceof Element && t.closest('vscode-dropdown, vscode-text-field, input, textarea, select, .worst') !== null;

document.addEventListener('keydown', (e) => {
  if (!view || e.ctrlKey || e.metaKey || e.altKey || isField(e.target)) return;
  const { state, grid } = view;
  const inGrid = state.mode === 'grid' && grid !== null;
  const moves: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ...(inGrid ? { ArrowUp: -grid.gc, ArrowDown: grid.gc } : {}) };
  if (e.key in moves) setChannel(state.channel + moves[e.key]);
  else if (e.key === 'Home') setChannel(0);
  else if (e.key === 'End') setChannel(view.layout.planes - 1);
  else if (e.key === 'g' || e.key === 'G') setMode(state.mode === 'grid' ? 'single' : 'grid');
  else if (e.key === 'Enter' && inGrid) setMode('single');
  else return;
  e.preventDefault();
});

api.post({ type: 'ready' });
