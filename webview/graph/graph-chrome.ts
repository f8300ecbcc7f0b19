/**
 * The graph page's parts around the graph: the note above it, the failure panel that takes its place, the details
 * panel, the legend and the status line. The controller says what they show; this knows how.
 */

function div(cls: string, role?: string): HTMLDivElement {
  const e = document.createElement('div');
  e.className = cls;
  if (role) e.setAttribute('role', role);
  return e;
}

export class GraphChrome {
  readonly note = div('graph-note', 'note');
  /** Where the renderer draws. */
  readonly area = div('graph-area');
  readonly failure = div('graph-failure', 'alert');
  readonly details = document.createElement('aside');
  readonly legend = div('legend');
  readonly status = div('status muted', 'status');

  /** Appends toolbar, note, main (area, failure, details) and foot (legend, status) to `root`. */
  constructor(private readonly root: HTMLElement, toolbar: HTMLElement) {
    this.failure.hidden = true;
    this.details.className = 'details';
    this.details.hidden = true;
    this.details.setAttribute('aria-label', 'Selected node');
    this.note.hidden = true;
    const main = div('graph-main');
    main.append(this.area, this.failure, this.details);
    const foot = div('graph-foot');
    foot.append(this.legend, this.status);
    root.append(toolbar, this.note, main, foot);
  }

  setStatus(text: string, error = false): void {
    this.status.textContent = text;
    this.status.classList.toggle('error', error);
  }

  /** The note above the graph (why the model is shown as written), or none. */
  setNote(text: string | null): void {
    this.note.textContent = text ?? '';
    this.note.hidden = !text;
  }

  /** A model did not compile: say so in place of the graph, with nothing of the previous model left around it. */
  showFailure(file: string, message: string): void {
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
    this.details.hidden = true;
    this.legend.replaceChildren();
    this.setNote(null);
    this.root.dataset.failure = 'shown';
    this.setStatus('');
  }

  hideFailure(): void {
    this.failure.hidden = true;
    this.area.hidden = false;
    delete this.root.dataset.failure;
  }
}
