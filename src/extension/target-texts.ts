import type { TargetRow } from '../shared/cli-contract';

/** About what a quick pick's detail line shows at its default width; longer text is cut with an ellipsis. */
const DETAIL_CHARS = 90;

/** The text up to the last clause end that fits, or cut at a word with an ellipsis; the whole text is one button away. */
function firstClause(text: string): string {
  if (text.length <= DETAIL_CHARS) return text;
  const ends = [...text.matchAll(/[.;:](?=\s)/g)].map((m) => m.index!).filter((i) => i >= DETAIL_CHARS / 2 && i < DETAIL_CHARS);
  if (ends.length) return text.slice(0, ends[ends.length - 1]);
  return `${text.slice(0, text.lastIndexOf(' ', DETAIL_CHARS - 1))} …`;
}

/**
 * A target's lines in the picker: its title as the description (it fits beside the id, with "same as cpu" or "not
 * available" when so), the most telling clause as the detail line (a quick pick wraps neither line), and the whole
 * text for the (i) button. A target that computes what `cpu` computes on this machine (the runtime probe says so)
 * says that first.
 */
export function targetTexts(t: TargetRow): { description: string; detail: string; full: string } {
  const kernels = `Integer kernels: ${t.kernels}.`;
  if (!t.available) {
    const why = `Not available here: ${t.reason ?? 'unknown reason'}`;
    return { description: `${t.title} — not available`, detail: firstClause(why), full: `${why}\n\n${t.description}` };
  }
  if (t.sameAsCpu) {
    const same = `Same as cpu here: ${t.sameAsCpu.replace(/^no difference on this CPU: /, '')}.`;
    return { description: `${t.title} — same as cpu on this CPU`, detail: firstClause(same), full: `${same}\n\n${t.description} ${kernels}` };
  }
  return { description: t.title, detail: firstClause(t.description), full: `${t.description} ${kernels}` };
}
