import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onServer } from './environment.js';

// One observer for every host: it only re-renders a host whose own children changed.
let observer: MutationObserver | undefined;

/**
 * Lets a component render a named `<slot>` only when the page puts something in it. A slot
 * costs time on every element even when empty, and most buttons, alerts and rows use none of
 * their optional slots. The host re-renders when its children change, so content added later
 * (by a framework, say) still shows.
 *
 * A server render cannot see the host's children, so it renders every slot; the first render in
 * the browser, which hydrates that markup, renders them all too, and the next drops those unused.
 *
 * ```ts
 * private readonly slots = new SlotController(this, 'start', 'end');
 * render() { return html`${this.slots.has('start') ? html`<slot name="start"></slot>` : nothing}…`; }
 * ```
 */
export class SlotController implements ReactiveController {
  // `#` fields, whose names a minifier shortens (see LocalizeController).
  readonly #host: ReactiveControllerHost & Element;
  readonly #names: readonly string[];
  /** Whether the host has rendered in this browser yet. */
  #rendered = false;
  /** Set while the host's first render must repeat the server's, so that hydration matches. */
  #matchServer = false;

  constructor(host: ReactiveControllerHost & Element, ...names: string[]) {
    this.#host = host;
    this.#names = names;
    host.addController(this);
  }

  hostConnected(): void {
    if (onServer) return;
    // Server-rendered content still in the shadow root means that Lit will hydrate it.
    if (!this.#rendered && this.#host.shadowRoot?.firstChild) this.#matchServer = true;
    observer ??= new MutationObserver((records) => {
      for (const record of records) {
        (record.target as unknown as ReactiveControllerHost).requestUpdate();
      }
    });
    observer.observe(this.#host, { childList: true });
  }

  hostUpdated(): void {
    this.#rendered = true;
    if (this.#matchServer) {
      this.#matchServer = false;
      this.#host.requestUpdate();
    }
  }

  /**
   * Whether a child of the host is assigned to the slot `name` (one of the names given). The
   * empty name stands for the default slot: an element without `slot`, or text that is not only
   * white space.
   */
  has(name: string): boolean {
    if (!this.#names.includes(name)) return false;
    if (onServer || this.#matchServer) return true;
    if (name === '') {
      for (const node of this.#host.childNodes) {
        if (node instanceof Element ? !node.hasAttribute('slot') : node.textContent?.trim()) {
          return true;
        }
      }
      return false;
    }
    for (const child of this.#host.children) {
      if (child.getAttribute('slot') === name) return true;
    }
    return false;
  }
}
