import { button, checkbox, dropdown, textField } from '../shared/ui';

/** The graph view's controls, all reachable with Tab (toolkit controls, through the shared ui module). */

export type ViewKind = 'compiled' | 'source';

export interface ToolbarActions {
  view(v: ViewKind): void;
  search(query: string): void;
  /** Jump to the next (1) or previous (-1) match. */
  jump(dir: 1 | -1): void;
  fit(): void;
  foldAll(): void;
  unfoldAll(): void;
  overlay(on: boolean): void;
}

export interface ToolbarSetup {
  title: string;
  views: ViewKind[];
  view: ViewKind;
  /** null: nothing to search (no graph: a failed compile); the toolbar shows the title only. */
  search: string | null;
  /** null: no comparison yet (no overlay control). */
  overlay: boolean | null;
}

const VIEW_TEXT: Record<ViewKind, string> = { compiled: 'Compiled graph', source: 'Source graph' };

/** Controls that belong together wrap as one: a narrow panel never leaves a lone ▶ on the next line. */
function cluster(cls: string, ...parts: HTMLElement[]): HTMLElement {
  const c = document.createElement('span');
  c.className = `tool-group ${cls}`;
  c.append(...parts);
  return c;
}

export class Toolbar {
  readonly el: HTMLElement;
  private count: HTMLElement;
  private searchField: (HTMLElement & { value: string }) | null = null;

  constructor(private readonly actions: ToolbarActions) {
    this.el = document.createElement('div');
    this.el.className = 'toolbar';
    this.el.setAttribute('role', 'toolbar');
    this.el.setAttribute('aria-label', 'Graph controls');
    this.count = document.createElement('span');
    this.count.className = 'search-count muted';
    this.count.setAttribute('aria-live', 'polite');
  }

  setup(o: ToolbarSetup): void {
    const a = this.actions;
    const title = document.createElement('span');
    title.className = 'graph-title';
    title.textContent = o.title;
    if (o.search === null) {
      this.el.replaceChildren(cluster('tool-title', title));
      return;
    }
    const head: HTMLElement[] = [title];
    if (o.views.length > 1) {
      const views = dropdown('Graph', o.views.map((v) => ({ value: v, text: VIEW_TEXT[v] })), o.view, (v) => a.view(v as ViewKind));
      views.classList.add('view-toggle');
      head.push(views);
    } else {
      const only = document.createElement('span');
      only.className = 'muted view-only';
      only.textContent = VIEW_TEXT[o.view];
      head.push(only);
    }
    const field = textField('Search nodes (name or op)', (q) => a.search(q), o.search);
    field.classList.add('search');
    field.addEventListener('keydown', (e: KeyboardEvent) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        a.jump(e.shiftKey ? -1 : 1);
      }
    });
    this.searchField = field;
    const parts = [
      cluster('tool-title', ...head),
      cluster('tool-search', field,
        button('◀', () => a.jump(-1), { title: 'Previous match (Shift+Enter)', secondary: true }),
        button('▶', () => a.jump(1), { title: 'Next match (Enter)', secondary: true }),
        this.count),
      cluster('tool-view',
        button('Fit', () => a.fit(), { title: 'Fit the graph to the view (0)', secondary: true }),
        button('Fold all', () => a.foldAll(), { title: 'Fold every group', secondary: true }),
        button('Unfold all', () => a.unfoldAll(), { title: 'Unfold every group (large graphs switch to an overview when zoomed out)', secondary: true })),
    ];
    if (o.overlay !== null) {
      const c = checkbox('Error overlay', o.overlay, (on) => a.overlay(on));
      c.classList.add('overlay-toggle');
      parts.push(cluster('tool-overlay', c));
    }
    this.el.replaceChildren(...parts);
  }

  setCount(text: string): void {
    this.count.textContent = text;
  }

  focusSearch(): void {
    this.searchField?.focus();
  }
}
