/**
 * Adds or removes a custom state of an element, for `:host(:state(<name>))` in its styles.
 * Without `internals` (on a server) or custom states (an older browser) it does nothing: the
 * styles then fall back to what they can see without it.
 */
export function setCustomState(
  internals: ElementInternals | undefined,
  name: string,
  on: boolean,
): void {
  // (`states` is typed loosely: older TypeScript DOM libraries, which users may have, lack it.)
  const states = (internals as { states?: Set<string> } | undefined)?.states;
  try {
    if (on) states?.add(name);
    else states?.delete(name);
  } catch {
    // A browser that knows only the older `--name` form of custom states.
  }
}
