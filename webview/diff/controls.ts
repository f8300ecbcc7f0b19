import { sqnrText } from '../../src/shared/sqnr-text';
import type { DiffViewState } from '../../src/shared/protocol';
import { button, checkbox, dropdown, textField } from '../shared/ui';
import { PlaneLayout, planeLabel } from './planes';
import type { TensorStats } from './stats';

/**
 * The toolbar: channel picker (previous, a dropdown of channels with each one's SQNR, next) and the grid toggle.
 * Past MAX_DROPDOWN channels the dropdown becomes a number field: thousands of options make a slow, useless list.
 */

export const MAX_DROPDOWN = 1024;

export interface Controls {
  root: HTMLElement;
  sync(state: DiffViewState): void;
}

export interface ControlHandlers {
  channel(c: number): void;
  mode(m: DiffViewState['mode']): void;
}

function channelText(l: PlaneLayout, stats: TensorStats, p: number): string {
  const db = stats.planes[p].sqnrDb;
  return `${planeLabel(l, p)} \u00b7 ${db === null ? (stats.planes[p].maxDiff === 0 ? 'identical' : 'no signal') : sqnrText(db)}`;
}

export function createControls(l: PlaneLayout, stats: TensorStats, state: DiffViewState, on: ControlHandlers): Controls {
  const root = document.createElement('div');
  root.className = 'toolbar';
  root.setAttribute('role', 'toolbar');
  root.setAttribute('aria-label', 'Channel');
  const position = document.createElement('span');
  position.className = 'position muted';
  if (l.planes <= 1) {
    position.textContent = l.leading.length ? '1 channel' : 'the whole tensor is one picture';
    root.append(position);
    return { root, sync: () => undefined };
  }
  const prev = button('\u2039', () => on.channel(current - 1), { title: 'Previous channel (Left arrow)', secondary: true });
  prev.setAttribute('aria-label', 'Previous channel');
  prev.dataset.action = 'prev';
  const next = button('\u203a', () => on.channel(current + 1), { title: 'Next channel (Right arrow)', secondary: true });
  next.setAttribute('aria-label', 'Next channel');
  next.dataset.action = 'next';
  let current = state.channel;
  let picker: HTMLElement & { value: string };
  if (l.planes <= MAX_DROPDOWN) {
    const options = Array.from({ length: l.planes }, (_, p) => ({ value: String(p), text: channelText(l, stats, p) }));
    picker = dropdown('Channel', options, String(state.channel), (v) => on.channel(Number(v)));
  } else {
    picker = textField(`Channel 0-${l.planes - 1}`, (v) => {
      const c = Number.parseInt(v, 10);
      if (Number.isInteger(c) && c >= 0 && c < l.planes) on.channel(c);
    }, String(state.channel));
  }
  picker.classList.add('channel-picker');
  const grid = checkbox('Grid of channels (G)', state.mode === 'grid', (checked) => on.mode(checked ? 'grid' : 'single')) as HTMLElement & { checked: boolean };
  grid.classList.add('grid-toggle');
  root.append(prev, picker, next, position, grid);
  const sync = (s: DiffViewState) => {
    current = s.channel;
    if (picker.value !== String(s.channel)) picker.value = String(s.channel);
    if (grid.checked !== (s.mode === 'grid')) grid.checked = s.mode === 'grid';
    position.textContent = `${s.channel + 1} of ${l.planes}: ${channelText(l, stats, s.channel)}`;
  };
  sync(state);
  return { root, sync };
}
