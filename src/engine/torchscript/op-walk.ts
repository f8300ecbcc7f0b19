import { CodeMethod, ScriptCode } from './script-code';

/** A module instance of the saved model: its path, its class, and its submodules by attribute name. */
export interface ModuleInstance {
  path: string;
  cls: string;
  children: Map<string, ModuleInstance>;
}

/**
 * Count the op calls of one forward pass: start at the root's `forward`, follow calls into submodules and free
 * functions, and count each op once per time its method is reached. Counting every call site in the code instead
 * would report what observers do in methods inference never runs (calculate_qparams, extra_repr), and count a
 * class shared by fifty modules once. Both branches of an `if` count; a loop body counts once.
 */
export function countForwardOps(root: ModuleInstance, code: ScriptCode, maxDepth: number): Map<string, number> | null {
  const rootForward = code.classes.get(root.cls)?.methods.get('forward');
  if (!rootForward) return null;
  const counts = new Map<string, number>();
  const active = new Set<string>();

  const run = (method: CodeMethod, self: ModuleInstance | null, key: string, depth: number): void => {
    // TorchScript has no recursion, so a cycle here means a name QuantLens resolved wrongly: stop rather than loop.
    if (active.has(key) || depth > maxDepth) return;
    active.add(key);
    const locals = new Map<string, ModuleInstance | null>();
    if (self) locals.set('self', self);
    const resolve = (name: string): ModuleInstance | null => {
      const [head, ...rest] = name.split('.');
      let inst = locals.get(head) ?? null;
      for (const attr of rest) inst = inst?.children.get(attr) ?? null;
      return inst;
    };
    for (const ev of method.events) {
      if (ev.kind === 'op') counts.set(ev.op, (counts.get(ev.op) ?? 0) + 1);
      else if (ev.kind === 'bind') locals.set(ev.name, resolve(ev.base)?.children.get(ev.attr) ?? null);
      else if (ev.kind === 'call') {
        const target = resolve(ev.target);
        const callee = target && code.classes.get(target.cls)?.methods.get(ev.method);
        if (target && callee) run(callee, target, `${target.path}#${ev.method}`, depth + 1);
      } else {
        const fn = code.functions.get(ev.qualified);
        if (fn) run(fn, null, `fn:${ev.qualified}`, depth + 1);
      }
    }
    active.delete(key);
  };

  run(rootForward, root, `${root.path}#forward`, 0);
  return counts;
}
