import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { recallOpen, rememberOpen, type DisclosureMemoryKey } from './disclosure-memory.js';
import { onServer } from './environment.js';

/** What opened or closed a disclosure. */
export type DisclosureSource =
  /** The citizen, with its button (click, Enter or Space). */
  | 'user'
  /** The browser's find-in-page, which found text in the hidden content. */
  | 'find'
  /** A control that opens or closes several at once ("Show all sections"). */
  | 'all'
  /** A script, or the `open` attribute changing. */
  | 'script'
  /** The state the citizen left it in earlier in this tab (the `remember` option). */
  | 'memory';

/** An element with an `open` state that shows or hides content (an accordion section, a details). */
export interface DisclosureHost extends ReactiveControllerHost, HTMLElement {
  open: boolean;
}

export interface DisclosureOptions {
  /** Called after every change of `open` once the host has rendered, with what caused it. */
  onChange?: (open: boolean, source: DisclosureSource) => void;
  /**
   * Where to keep the state for the tab's session (sessionStorage), or `undefined` not to keep
   * it. Read once the host has first rendered (so a server's HTML hydrates as it was sent); the
   * kept state then replaces the written one. Every later change is kept, whatever caused it.
   * Storage that is blocked, full or corrupt is ignored silently.
   */
  remember?: () => DisclosureMemoryKey | undefined;
}

/**
 * The state of a disclosure: a button that shows and hides a panel. The host renders
 *
 * ```ts
 * html`<button aria-expanded=${String(this.open)} aria-controls="panel"
 *     @click=${() => this.disclosure.toggle()}>…</button>
 *   <div id="panel" hidden=${this.disclosure.hidden} @beforematch=${this.disclosure.reveal}>…</div>`
 * ```
 *
 * A closed panel is `hidden="until-found"`: the browser's find-in-page still searches it and, on
 * a match, opens it (`beforematch`), as it does for a closed `<details>`. Browsers without
 * `until-found` hide the panel as with plain `hidden`.
 */
export class DisclosureController implements ReactiveController {
  readonly #host: DisclosureHost;
  readonly #options: DisclosureOptions;
  #shown: boolean | undefined;
  #source: DisclosureSource = 'script';

  constructor(host: DisclosureHost, options: DisclosureOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The panel's `hidden` value: none when open, `until-found` when closed. */
  get hidden(): 'until-found' | typeof nothing {
    return this.#host.open ? nothing : 'until-found';
  }

  /** Opens (`true`), closes (`false`) or toggles the disclosure, saying what caused it. */
  toggle(open = !this.#host.open, source: DisclosureSource = 'user'): void {
    if (open === this.#host.open) return;
    this.#source = source;
    this.#host.open = open;
  }

  /** The panel's `beforematch` listener: find-in-page matched text inside it. */
  readonly reveal = (): void => this.toggle(true, 'find');

  hostConnected(): void {
    if (onServer || !this.#options.remember) return;
    // After the first render: restoring before it would change what a server rendered while
    // the page hydrates it.
    void this.#host.updateComplete.then(() => {
      const key = this.#options.remember?.();
      const kept = key && this.#host.isConnected ? recallOpen(key) : undefined;
      if (kept !== undefined) this.toggle(kept, 'memory');
    });
  }

  hostUpdated(): void {
    const open = this.#host.open;
    if (this.#shown !== undefined && open !== this.#shown) {
      this.#options.onChange?.(open, this.#source);
      const key = this.#source === 'memory' ? undefined : this.#options.remember?.();
      if (key) rememberOpen(key, open);
    }
    this.#shown = open;
    this.#source = 'script';
  }
}
