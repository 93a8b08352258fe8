/** `{name}` in a message; names are word characters only, so literal braces elsewhere stay text. */
const PLACEHOLDER = /\{(\w+)\}/g;

export type MessageParams = Readonly<Record<string, unknown>>;

/**
 * Replaces each `{name}` with `format(params.name)`. A placeholder without a value is left
 * as written, so a forgotten parameter shows on the page instead of vanishing silently.
 */
export function interpolate(template: string, params: MessageParams, format: (value: unknown) => string): string {
  return template.replace(PLACEHOLDER, (placeholder, name: string) =>
    Object.hasOwn(params, name) && params[name] !== undefined && params[name] !== null ? format(params[name]) : placeholder,
  );
}

/** The placeholder names a message text uses, for checking that translations agree. */
export function placeholdersOf(template: string): Set<string> {
  return new Set(Array.from(template.matchAll(PLACEHOLDER), (match) => match[1]!));
}
