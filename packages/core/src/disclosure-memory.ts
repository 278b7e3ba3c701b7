// Which disclosures a citizen opened, kept for the browser tab's session (sessionStorage), so
// that a page they come back to in the same tab shows the steps or sections they had open.
// Session only: nothing stays behind on a shared computer at a counter or library once the tab
// is closed. Storage that is blocked, full or holds something else is ignored: the page then
// simply forgets, as it would without this.

/** Where one disclosure's state is kept: a group (one per page component) and its own name. */
export interface DisclosureMemoryKey {
  /** The group, e.g. the `remember` attribute of a `<bf-step-by-step>`: "moving-house". */
  group: string;
  /** The disclosure within the group: its `id`, else its position. */
  id: string;
}

/** The version of the stored format; anything else under the name is thrown away. */
const memoryVersion = 1;

interface StoredMemory {
  format: 'belfry-open';
  version: typeof memoryVersion;
  /** Disclosure id → whether it was open. */
  open: Record<string, boolean>;
}

const storageName = (group: string) => `belfry-open:${group}`;

/** sessionStorage, or `undefined` where reading it throws (storage switched off, sandboxes). */
function session(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function isStoredMemory(value: unknown): value is StoredMemory {
  const memory = value as Partial<StoredMemory> | null;
  return (
    typeof memory === 'object' &&
    memory !== null &&
    memory.format === 'belfry-open' &&
    memory.version === memoryVersion &&
    typeof memory.open === 'object' &&
    memory.open !== null &&
    !Array.isArray(memory.open) &&
    Object.values(memory.open).every((open) => typeof open === 'boolean')
  );
}

function read(group: string): Record<string, boolean> {
  try {
    const text = session()?.getItem(storageName(group));
    if (text == null) return {};
    const value: unknown = JSON.parse(text);
    return isStoredMemory(value) ? value.open : {};
  } catch {
    // Not JSON, or storage refused: as if nothing had been kept.
    return {};
  }
}

/**
 * Whether the disclosure was open when the citizen last left it in this tab: `true` or `false`,
 * or `undefined` when nothing usable is kept (never opened or closed, storage blocked, corrupt).
 */
export function recallOpen({ group, id }: DisclosureMemoryKey): boolean | undefined {
  if (!group || !id) return undefined;
  const memory = read(group);
  return Object.hasOwn(memory, id) ? memory[id] : undefined;
}

/** Keeps whether the disclosure is open, for this tab's session. Fails silently. */
export function rememberOpen({ group, id }: DisclosureMemoryKey, open: boolean): void {
  if (!group || !id) return;
  const memory: StoredMemory = {
    format: 'belfry-open',
    version: memoryVersion,
    open: { ...read(group), [id]: open },
  };
  try {
    session()?.setItem(storageName(group), JSON.stringify(memory));
  } catch {
    // Full or blocked: the page forgets, which is what it did before this existed.
  }
}

/** Forgets every disclosure of a group. Fails silently. */
export function forgetOpen(group: string): void {
  try {
    session()?.removeItem(storageName(group));
  } catch {
    // Blocked: there is nothing kept to forget.
  }
}
