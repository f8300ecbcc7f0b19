import { badInput } from '../errors';
import { BUILTIN_TARGETS, Target } from './target';

/** Built-in targets plus the user's own; a user target may not reuse a built-in id. */
export class TargetRegistry {
  private readonly targets = new Map<string, Target>();

  constructor(custom: Target[] = []) {
    for (const t of BUILTIN_TARGETS) this.targets.set(t.id, t);
    for (const t of custom) {
      if (this.targets.get(t.id)?.builtin) throw badInput(undefined, `custom target '${t.id}' has the id of a built-in target; choose another id`);
      this.targets.set(t.id, t);
    }
  }

  get(id: string): Target {
    const t = this.targets.get(id);
    if (!t) throw badInput(undefined, `unknown target '${id}' (known: ${[...this.targets.keys()].join(', ')})`);
    return t;
  }

  all(): Target[] {
    return [...this.targets.values()];
  }
}
