import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DisclosureHost } from './disclosure.js';

/** The text of the "Show all" button, by the state it offers. */
export type DisclosureGroupTerm = 'showAll' | 'hideAll';

export interface DisclosureGroupOptions<Item extends DisclosureHost> {
  /** The class of the group's disclosures: the host's children of this class, in order. */
  item: abstract new (...args: never[]) => Item;
  /** The event a disclosure fires after it opened or closed; it must bubble to the host. */
  toggleEvent: string;
  /** Opens or closes one disclosure for "Show all", so that it reports the change as `all`. */
  setOpen: (item: Item, open: boolean) => void;
  /**
   * Called with the disclosures whenever they change or one opens or closes, before the button
   * follows them (the step-by-step numbers its steps here).
   */
  onSync?: (items: Item[]) => void;
}

/** The element around the disclosures (a Lit element: `hasUpdated` tells its first render). */
export interface DisclosureGroupHost extends ReactiveControllerHost, HTMLElement {
  readonly hasUpdated: boolean;
}

/** What `render()` needs from the host for the button. */
export interface DisclosureGroupRenderOptions {
  /** The button's text: "Show all sections" or "Hide all sections". */
  term: (key: DisclosureGroupTerm) => string;
  /** The `lang` of that text, when it differs from the page's. */
  lang?: string | undefined;
  /** The drawing before the text, turned upside down while every disclosure is open. */
  icon: unknown;
}

/**
 * Disclosures under one "Show all" / "Hide all" button (the accordion's sections, the
 * step-by-step's steps). The button follows the disclosures: it offers to hide them all once
 * every one is open, however they were opened. The host renders `render()` where the button goes
 * and `<slot @slotchange=${group.sync}>` for the disclosures, and adds `disclosureGroupStyles`.
 */
export class DisclosureGroupController<Item extends DisclosureHost> implements ReactiveController {
  readonly #host: DisclosureGroupHost;
  readonly #options: DisclosureGroupOptions<Item>;
  #allOpen = false;

  constructor(host: DisclosureGroupHost, options: DisclosureGroupOptions<Item>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    host.addEventListener(options.toggleEvent, this.sync);
  }

  /** Whether every disclosure is open: the button then offers to hide them all. */
  get allOpen(): boolean {
    return this.#allOpen;
  }

  /** The disclosures, in order. */
  get items(): Item[] {
    const { item } = this.#options;
    return [...this.#host.children].filter((child): child is Item => child instanceof item);
  }

  /** Opens every disclosure. */
  showAll(): void {
    for (const item of this.items) this.#options.setOpen(item, true);
  }

  /** Closes every disclosure. */
  hideAll(): void {
    for (const item of this.items) this.#options.setOpen(item, false);
  }

  /** Reads the disclosures again: the slot's `slotchange` listener. */
  readonly sync = (): void => {
    const items = this.items;
    this.#options.onSync?.(items);
    const allOpen = items.length > 0 && items.every((item) => item.open);
    if (allOpen === this.#allOpen) return;
    this.#allOpen = allOpen;
    this.#host.requestUpdate();
  };

  hostUpdated(): void {
    // Disclosures written with `open` are open from the start, before any toggle event. Read
    // after the first render, which must repeat a server's (it cannot see them) to hydrate.
    if (!this.#host.hasUpdated) this.sync();
  }

  /** The row with the "Show all" / "Hide all" button. */
  render({ term, lang, icon }: DisclosureGroupRenderOptions) {
    const allOpen = this.#allOpen;
    return html`<div part="controls" class="controls">
      <button
        part="toggle-all"
        class="toggle-all focus-ring"
        type="button"
        aria-expanded=${allOpen ? 'true' : 'false'}
        lang=${lang ?? nothing}
        @click=${() => (this.#allOpen ? this.hideAll() : this.showAll())}
      >
        ${icon}<span>${term(allOpen ? 'hideAll' : 'showAll')}</span>
      </button>
    </div>`;
  }
}
