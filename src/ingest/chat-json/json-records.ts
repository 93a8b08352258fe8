import { isRecord } from '../json/index.js';

/** Names under which JSON exports commonly keep their list of messages. */
const LIST_KEYS = ['messages', 'data', 'items', 'records', 'rows', 'results'];

/** The list of message records: the root array, or the first list under a common name. */
export function findRecords(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (!isRecord(data)) return null;
  for (const key of LIST_KEYS) {
    const list = data[key];
    if (Array.isArray(list)) return list;
  }
  return null;
}

/**
 * The field names seen in the first records, in order of appearance; fields holding an object
 * also contribute "field.inner" paths so that --columns can point into them.
 */
export function recordFields(records: readonly unknown[]): string[] {
  const names = new Set<string>();
  for (const record of records.slice(0, 50)) {
    if (!isRecord(record)) continue;
    for (const [key, value] of Object.entries(record)) {
      names.add(key);
      if (isRecord(value)) for (const inner of Object.keys(value)) names.add(`${key}.${inner}`);
    }
  }
  return [...names];
}

/** The value at a field name or a "field.inner" path, as text. Objects give their name, e-mail or id. */
export function fieldText(record: Record<string, unknown>, path: string): string {
  let value: unknown = path in record ? record[path] : undefined;
  if (value === undefined && path.includes('.')) {
    const [outer, inner] = [path.slice(0, path.indexOf('.')), path.slice(path.indexOf('.') + 1)];
    const container = record[outer];
    value = isRecord(container) ? container[inner] : undefined;
  }
  if (isRecord(value)) value = value['name'] ?? value['email'] ?? value['id'];
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}
