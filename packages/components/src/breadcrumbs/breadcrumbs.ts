import { html, nothing, type CSSResultGroup } from 'lit';
import { BelfryElement, devMode, LocalizeController, onServer } from '@belfry/core';
import { styles } from './breadcrumbs.styles.js';
import { breadcrumbsStrings } from './breadcrumbs.strings.js';

/** The slot names the trail gives your links, one each, in order. */
const crumbSlot = (index: number) => `crumb-${index}`;
const isCrumbSlot = (name: string) => /^crumb-\d+$/.test(name);

/**
 * @summary Shows where this page sits in the site, as a trail of links from the home page to the
 * page itself, so that citizens can go back up a level.
 *
 * @tag bf-breadcrumbs
 *
 * @slot - Your links, in order from the home page, as direct children, then the current page as
 * text: `<a href="/">Home</a><a href="/taxes">Taxes</a><span>Tax return</span>`. They are readable
 * and work without JavaScript; once it runs, each goes into an item of an ordered list.
 *
 * @csspart base - The `<nav>` landmark.
 * @csspart list - The ordered list.
 * @csspart item - Each item of the list; items after the first have a separator before them.
 *
 * @cssprop --bf-breadcrumbs-fg - Colour of the links.
 * @cssprop --bf-breadcrumbs-fg-hover - Colour of a link under the pointer.
 * @cssprop --bf-breadcrumbs-current-fg - Colour of the current page.
 * @cssprop --bf-breadcrumbs-separator - Colour of the separators.
 * @cssprop --bf-breadcrumbs-separator-size - Size of the separators.
 * @cssprop --bf-breadcrumbs-gap - Space around each separator.
 * @cssprop --bf-breadcrumbs-font-size - Text size.
 * @cssprop --bf-breadcrumbs-min-size - Minimum height of each link; never below 2.75rem (44 px).
 */
export class BfBreadcrumbs extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, styles];

  private readonly t = new LocalizeController(this, breadcrumbsStrings);
  /** The crumbs of this render. */
  private shown: readonly Element[] = [];
  /** Set while the first render must repeat the server's, so that hydration matches it. */
  private matchServer = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (onServer) return;
    // Server-rendered content still in the shadow root means that Lit will hydrate it: the
    // server could not see the links, so its list was empty.
    if (!this.hasUpdated && this.shadowRoot?.firstChild) this.matchServer = true;
  }

  /** Your links and the current page, in order: each direct child element. */
  private get crumbs(): Element[] {
    // A server's DOM shim gives the element no children (and `onServer` is left out of the
    // browser build that some servers load).
    if (onServer || this.matchServer || !this.children) return [];
    return [...this.children].filter((child) => !child.slot || isCrumbSlot(child.slot));
  }

  protected override willUpdate(): void {
    this.shown = this.crumbs;
    this.assignSlots(this.shown);
  }

  protected override render() {
    const crumbs = this.shown;
    // Links added or removed later (by a framework, say) change a slot: the list follows.
    return html`<nav
      part="base"
      class="breadcrumbs"
      aria-label=${this.t.term('label')}
      lang=${this.t.textLang ?? nothing}
    >
      <ol part="list" class="list" ?hidden=${crumbs.length === 0}>
        ${crumbs.map(
          (_, index) =>
            html`<li part="item" class="item">
              <slot name=${crumbSlot(index)} @slotchange=${this.handleSlotChange}></slot>
            </li>`,
        )}
      </ol>
      <slot class="loose" @slotchange=${this.handleSlotChange}></slot>
    </nav>`;
  }

  protected override updated(): void {
    if (this.matchServer) {
      this.matchServer = false;
      this.requestUpdate();
    }
  }

  /**
   * Puts each crumb in its own list item, and marks the current page: the last crumb, when it is
   * not a link (a link there leads elsewhere, so the page itself is not in the trail).
   */
  private assignSlots(crumbs: readonly Element[]): void {
    if (crumbs.length === 0) return;
    crumbs.forEach((crumb, index) => {
      const name = crumbSlot(index);
      if (crumb.slot !== name) crumb.slot = name;
    });
    const last = crumbs[crumbs.length - 1]!;
    const isLink = last instanceof HTMLAnchorElement && last.hasAttribute('href');
    if (!isLink && last.getAttribute('aria-current') !== 'page') {
      last.setAttribute('aria-current', 'page');
    }
    if (devMode) {
      crumbs.slice(0, -1).forEach((crumb) => {
        if (!(crumb instanceof HTMLAnchorElement && crumb.hasAttribute('href'))) {
          this.warn(
            'not-a-link',
            'every crumb but the last must be a link with href; the others are shown as text.',
          );
        }
      });
      if (crumbs.filter((crumb) => crumb.getAttribute('aria-current') === 'page').length > 1) {
        this.warn('current', 'only the last crumb can be the current page (aria-current="page").');
      }
    }
  }

  private readonly handleSlotChange = (): void => {
    this.requestUpdate();
  };
}
