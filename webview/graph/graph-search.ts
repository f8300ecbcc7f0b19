import type { ViewModel } from './view-model';

/** The search box's state: its text, the nodes whose name or op contains it, and which hit is current. */
export class GraphSearch {
  text = '';
  matches: number[] = [];
  /** Index into `matches`; -1 before the first jump. */
  current = -1;

  /** Find the hits of the current text in `vm` (lower-case names and ops, made once per graph). */
  compute(vm: ViewModel | null): void {
    const q = this.text.trim().toLowerCase();
    this.current = -1;
    this.matches = [];
    if (!vm || !q) return;
    vm.haystack ??= vm.graph.nodes.map((n) => `${n.name}\n${n.op}`.toLowerCase());
    vm.haystack.forEach((h, i) => {
      if (h.includes(q)) this.matches.push(i);
    });
  }

  /** "2 / 7", "no match", or '' with no search. */
  countText(): string {
    if (!this.text.trim()) return '';
    if (!this.matches.length) return 'no match';
    return `${this.current >= 0 ? this.current + 1 : '–'} / ${this.matches.length}`;
  }

  /** Move to the next (1) or previous (-1) hit, wrapping; returns its node, or -1 with no hit. */
  step(dir: 1 | -1): number {
    const n = this.matches.length;
    if (!n) return -1;
    this.current = this.current < 0 ? (dir > 0 ? 0 : n - 1) : (this.current + dir + n) % n;
    return this.matches[this.current];
  }
}
