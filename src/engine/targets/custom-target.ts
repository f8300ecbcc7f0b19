import { badInput } from '../errors';
import { KERNEL_FAMILIES, KernelFamilyId } from './kernel-family';
import { LEVELS, OptLevel, Target } from './target';
import { ORT_CONFIG_KEYS } from './ort-config-keys';

const FIELDS = new Set(['id', 'title', 'description', 'provider', 'executionProvider', 'level', 'config', 'emulates']);

/**
 * A user-defined target from JSON: `{ "id", "title"?, "description"?, "provider"|"executionProvider"?, "level",
 * "config"?, "emulates"? }` (emulates: a kernel family, for a deployment CPU other than this one). Config keys are checked against the keys the bundled runtime knows, because the runtime silently
 * ignores the others (a typo would compile a different target than the user asked for).
 */
export function parseCustomTarget(json: unknown, source: string): Target {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw badInput(source, 'a target must be a JSON object');
  const o = json as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!FIELDS.has(k)) throw badInput(source, `unknown target field '${k}' (fields: ${[...FIELDS].join(', ')})`);
  const id = o.id;
  if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9._-]*$/i.test(id)) throw badInput(source, `target id must be a word of letters, digits, '.', '_' or '-' (got ${JSON.stringify(id)})`);
  const level = o.level ?? 'all';
  if (typeof level !== 'string' || !LEVELS.includes(level as OptLevel)) throw badInput(source, `target '${id}': level must be one of ${LEVELS.join(', ')} (got ${JSON.stringify(level)})`);
  const provider = o.provider ?? o.executionProvider ?? 'cpu';
  if (typeof provider !== 'string' || !provider) throw badInput(source, `target '${id}': provider must be a string such as "cpu"`);
  const config: Record<string, string> = {};
  const rawConfig = o.config ?? {};
  if (typeof rawConfig !== 'object' || rawConfig === null || Array.isArray(rawConfig)) throw badInput(source, `target '${id}': config must be an object of string values`);
  for (const [k, v] of Object.entries(rawConfig)) {
    if (!ORT_CONFIG_KEYS.has(k)) {
      const near = [...ORT_CONFIG_KEYS].filter((x) => x.endsWith(k.split('.').pop() ?? k)).slice(0, 3);
      throw badInput(source, `target '${id}': unknown config key '${k}': the runtime would silently ignore it${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}`);
    }
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') throw badInput(source, `target '${id}': config '${k}' must be a string`);
    const value = String(typeof v === 'boolean' ? (v ? 1 : 0) : v);
    if (k === 'optimization.disable_specified_optimizers' && value.includes(',')) {
      throw badInput(source, `target '${id}': optimizers in '${k}' are separated by ';' (a ',' silently disables nothing)`);
    }
    config[k] = value;
  }
  const families = KERNEL_FAMILIES.map((f) => f.id);
  if (o.emulates !== undefined && !families.includes(o.emulates as KernelFamilyId)) {
    throw badInput(source, `target '${id}': emulates must be one of ${families.join(', ')} (got ${JSON.stringify(o.emulates)})`);
  }
  const emulates = o.emulates as KernelFamilyId | undefined;
  const title = typeof o.title === 'string' ? o.title : id;
  const description = typeof o.description === 'string' ? o.description : `${provider}, level ${level}${Object.keys(config).length ? `, ${Object.entries(config).map(([k, v]) => `${k}=${v}`).join(', ')}` : ''}`;
  return { id, title, description, provider, level: level as OptLevel, config, builtin: false, ...(emulates ? { emulates } : {}) };
}
