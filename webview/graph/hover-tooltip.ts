/** The graph's one tooltip: shown beside the pointer over a node, a group header or an edge, kept inside the view. */
export class HoverTooltip {
  private readonly tip: HTMLDivElement;

  constructor(private readonly root: HTMLElement) {
    this.tip = document.createElement('div');
    this.tip.className = 'tooltip';
    this.tip.hidden = true;
    root.appendChild(this.tip);
  }

  hide(): void {
    this.tip.hidden = true;
  }

  /** Show `text()` while the pointer is over `target` (computed on entry: tooltips of thousands of items cost nothing until then). */
  attach(target: SVGElement, text: () => string): void {
    target.addEventListener('mouseenter', (ev) => {
      this.tip.textContent = text();
      this.tip.hidden = false;
      this.place(ev);
    });
    target.addEventListener('mousemove', (ev) => this.place(ev));
    target.addEventListener('mouseleave', () => this.hide());
  }

  private place(ev: MouseEvent): void {
    const box = this.root.getBoundingClientRect();
    const x = Math.min(ev.clientX - box.left + 14, box.width - this.tip.offsetWidth - 4);
    const y = Math.min(ev.clientY - box.top + 14, box.height - this.tip.offsetHeight - 4);
    this.tip.style.left = `${Math.max(0, x)}px`;
    this.tip.style.top = `${Math.max(0, y)}px`;
  }
}
