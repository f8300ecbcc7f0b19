import {
  provideVSCodeDesignSystem,
  vsCodeButton,
  vsCodeCheckbox,
  vsCodeDropdown,
  vsCodeOption,
  vsCodeTextField,
} from '@vscode/webview-ui-toolkit';

/**
 * The only module that knows which component library draws the controls: @vscode/webview-ui-toolkit today (archived
 * upstream). Views build their controls through these functions, so moving to another library (e.g.
 * @vscode-elements/elements) means rewriting this file, not the views.
 */

let registered = false;
function register(): void {
  if (registered) return;
  provideVSCodeDesignSystem().register(vsCodeButton(), vsCodeCheckbox(), vsCodeDropdown(), vsCodeOption(), vsCodeTextField());
  registered = true;
}

export function button(label: string, onClick: () => void, opts: { title?: string; secondary?: boolean } = {}): HTMLElement {
  register();
  const b = document.createElement('vscode-button');
  b.textContent = label;
  if (opts.title) b.title = opts.title;
  if (opts.secondary) b.setAttribute('appearance', 'secondary');
  b.addEventListener('click', onClick);
  return b;
}

export function textField(placeholder: string, onInput: (value: string) => void, value = ''): HTMLElement & { value: string } {
  register();
  const t = document.createElement('vscode-text-field') as HTMLElement & { value: string };
  t.setAttribute('placeholder', placeholder);
  t.setAttribute('aria-label', placeholder);
  t.value = value;
  t.addEventListener('input', () => onInput(t.value));
  return t;
}

export function dropdown(label: string, options: Array<{ value: string; text: string }>, selected: string, onChange: (value: string) => void): HTMLElement & { value: string } {
  register();
  const d = document.createElement('vscode-dropdown') as HTMLElement & { value: string };
  d.setAttribute('aria-label', label);
  for (const o of options) {
    const opt = document.createElement('vscode-option') as HTMLElement & { value: string };
    opt.setAttribute('value', o.value);
    opt.textContent = o.text;
    if (o.value === selected) opt.setAttribute('selected', '');
    d.appendChild(opt);
  }
  d.addEventListener('change', () => onChange(d.value));
  return d;
}

export function checkbox(label: string, checked: boolean, onChange: (checked: boolean) => void): HTMLElement {
  register();
  const c = document.createElement('vscode-checkbox') as HTMLElement & { checked: boolean };
  c.textContent = label;
  c.checked = checked;
  c.addEventListener('change', () => onChange(c.checked));
  return c;
}
