import { isFormAnswers, type FormAnswer, type FormAnswers } from '@belfry/core';

// How a draft is kept in the browser's storage, versioned so that a later Belfry never misreads
// an older draft: docs/decisions/0025-drafts.md.

/** The version of the stored format; a draft of any other version is thrown away. */
export const draftVersion = 1;

/** A draft as kept in storage (JSON), under `belfry-draft:<key>`. */
export interface StoredDraft {
  /** Always `belfry-draft`: anything else under the name is not ours. */
  format: 'belfry-draft';
  version: typeof draftVersion;
  /** The `key` of the `bf-draft` that saved it. */
  key: string;
  /** When it was saved, in milliseconds since 1970 (`Date.now()`). */
  savedAt: number;
  /** When it must be thrown away, in milliseconds since 1970; `null`: with the tab. */
  expiresAt: number | null;
  answers: FormAnswer[];
}

export type DraftStorage = 'session' | 'local';

const storageName = (key: string) => `belfry-draft:${key}`;

/**
 * The browser's storage, or `undefined` where there is none or it refuses to be used (private
 * modes, a sandboxed frame, storage switched off: merely reading `sessionStorage` throws there).
 */
function storageOf(kind: DraftStorage): Storage | undefined {
  try {
    return kind === 'local' ? localStorage : sessionStorage;
  } catch {
    return undefined;
  }
}

/** Whether `value` is a draft this version wrote for `key`, not expired at `now`. */
function isCurrent(value: unknown, key: string, now: number): value is StoredDraft {
  const draft = value as Partial<StoredDraft> | null;
  return (
    typeof draft === 'object' &&
    draft !== null &&
    draft.format === 'belfry-draft' &&
    draft.version === draftVersion &&
    draft.key === key &&
    typeof draft.savedAt === 'number' &&
    Number.isFinite(draft.savedAt) &&
    (draft.expiresAt === null || (typeof draft.expiresAt === 'number' && draft.expiresAt > now)) &&
    isFormAnswers(draft.answers)
  );
}

/**
 * The draft kept for `key`, or `undefined`. Anything else kept under its name (not JSON, another
 * format or version, another key, expired, a draft in local storage without an expiry) is
 * removed, and never throws.
 */
export function readDraft(kind: DraftStorage, key: string): StoredDraft | undefined {
  const storage = storageOf(kind);
  try {
    const text = storage?.getItem(storageName(key));
    if (!storage || text == null) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    const now = Date.now();
    if (isCurrent(value, key, now) && (kind === 'session' || value.expiresAt !== null)) {
      return value;
    }
    storage.removeItem(storageName(key));
  } catch {
    // Storage that refuses to be read: no draft.
  }
  return undefined;
}

/**
 * Keeps `answers` for `key` (removes the draft when there are none). Returns whether they are
 * kept: `false` when storage is blocked or full, which is no error for the citizen.
 */
export function writeDraft(
  kind: DraftStorage,
  key: string,
  answers: FormAnswers,
  expiresAt: number | null,
): boolean {
  const storage = storageOf(kind);
  if (!storage) return false;
  try {
    if (!answers.length) {
      storage.removeItem(storageName(key));
      return true;
    }
    const draft: StoredDraft = {
      format: 'belfry-draft',
      version: draftVersion,
      key,
      savedAt: Date.now(),
      expiresAt,
      answers: [...answers],
    };
    storage.setItem(storageName(key), JSON.stringify(draft));
    return true;
  } catch {
    // QuotaExceededError, SecurityError: an older copy must not come back later.
    removeDraft(kind, key);
    return false;
  }
}

/** Removes the draft kept for `key`; never throws. */
export function removeDraft(kind: DraftStorage, key: string): void {
  try {
    storageOf(kind)?.removeItem(storageName(key));
  } catch {
    // Nothing to remove where storage is blocked.
  }
}

const units: Readonly<Record<string, number>> = { m: 60_000, h: 3_600_000, d: 86_400_000 };
/** The longest expiry allowed: a draft on a shared device must not linger for months. */
export const longestExpiry = 30 * units['d']!;

/**
 * An `expires` attribute in milliseconds: a whole number and a unit, `m` (minutes), `h` (hours)
 * or `d` (days): `30m`, `12h`, `7d`. `undefined` when it is not one; longer than 30 days is
 * shortened to 30 days.
 */
export function parseExpiry(text: string | null | undefined): number | undefined {
  const match = /^\s*(\d+)\s*([mhd])\s*$/i.exec(text ?? '');
  if (!match) return undefined;
  const duration = Number(match[1]) * units[match[2]!.toLowerCase()]!;
  return duration > 0 ? Math.min(duration, longestExpiry) : undefined;
}
