// Copy to the clipboard, for any element with a "Copy" button (an IBAN, a structured reference,
// a file number). The async Clipboard API first; where it is missing (an insecure page, an older
// browser) or refused (no permission, the document not focused), the older selection command.
// The outcome is spoken through the page-wide announcer, as a copy changes nothing on screen.
import { announce } from './announce.js';
import { clipboardStrings } from './clipboard.strings.js';
import { deepActiveElement } from './focus-return.js';
import { translate, type Locale } from './localize.js';
import { topModalContainer } from './modal.js';

export { clipboardStrings } from './clipboard.strings.js';
export type { ClipboardStrings } from './clipboard.strings.js';

/** Options for {@link copyText}. */
export interface CopyTextOptions {
  /** The language of the announcement: a `LocalizeController`'s `locale`. Default English. */
  locale?: Locale | undefined;
  /**
   * The language tag to mark the announcement with when it differs from the page's (a
   * `LocalizeController`'s `textLang`), so it is pronounced right.
   */
  lang?: string | undefined;
  /** Say "Copied" or "Could not copy" through the page's announcer. Default `true`. */
  announce?: boolean | undefined;
}

/**
 * Puts `text` on the clipboard and tells screen-reader users how it went ("Copied", or "Could not
 * copy. Select the text and copy it yourself."), in `options.locale`. Resolves to whether the
 * text was copied; it never throws and never rejects. Does nothing on the server.
 *
 * ```ts
 * await copyText('BE68 5390 0754 7034', { locale: this.t.locale });
 * ```
 */
export async function copyText(text: string, options: CopyTextOptions = {}): Promise<boolean> {
  if (typeof document === 'undefined') return false;
  const value = typeof text === 'string' ? text : '';
  const copied = value !== '' && ((await writeWithApi(value)) || writeWithSelection(value));
  if (options.announce !== false) {
    const locale = options.locale ?? 'en';
    // The failure interrupts: the citizen would otherwise paste something else, unaware.
    await announce(translate(clipboardStrings, locale, copied ? 'copied' : 'notCopied'), {
      politeness: copied ? 'polite' : 'assertive',
      lang: options.lang,
    });
  }
  return copied;
}

async function writeWithApi(text: string): Promise<boolean> {
  try {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (typeof clipboard?.writeText !== 'function') return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    // Refused: not allowed, or the document does not have focus.
    return false;
  }
}

/**
 * The selection command, where the Clipboard API is missing or refused: a hidden text area
 * holds the text while it is selected and copied; focus and selection go back where they were.
 */
function writeWithSelection(text: string): boolean {
  if (typeof document.execCommand !== 'function') return false;
  const focused = deepActiveElement();
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  // Off screen through the CSSOM, which a strict style-src policy allows.
  area.style.cssText = 'position:fixed;inset-block-start:0;inset-inline-start:-9999px;opacity:0';
  // Inside an open modal dialog, as everything outside it is inert and cannot be selected.
  modalContainer().append(area);
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
  }
}

function modalContainer(): Element {
  const belfryModal = topModalContainer();
  if (belfryModal) return belfryModal;
  try {
    const modals = document.querySelectorAll('dialog:modal');
    return modals[modals.length - 1] ?? document.body;
  } catch {
    // A browser without `:modal`.
    return document.body;
  }
}
