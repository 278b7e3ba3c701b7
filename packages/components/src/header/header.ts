import { html, nothing, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import {
  adoptLightStyles,
  BelfryElement,
  devMode,
  enclosingLandmark,
  LocalizeController,
} from '@belfry/core';
import { BfIcon } from '../icon/icon.js';
import { BfLanguageSwitcher } from '../language-switcher/language-switcher.js';
import { chevronDownIcon, closeIcon, menuIcon } from '../icon/icons.js';
import { lightStyles, styles } from './header.styles.js';
import { headerStrings } from './header.strings.js';

/**
 * @summary The federal frame at the top of every page: the identity bar that says the site is an
 * official federal one (with "How do you know?"), the agency, the language switcher, sign-in,
 * and the main navigation, which collapses behind a Menu button on small screens.
 *
 * @tag bf-header
 *
 * @slot agency - The agency's name or logo, as a link to the site's home page:
 * `<a slot="agency" href="/">FPS Finance</a>`, or a link around an `<img alt="FPS Finance">`.
 * @slot navigation - The main navigation, written as a list of links:
 * `<ul slot="navigation"><li><a href="/taxes" aria-current="page">Taxes</a></li>…</ul>`. The
 * header puts it in a `<nav>` named "Main menu" in the page's language; mark the current page
 * with `aria-current="page"`.
 * @slot language - Your language switcher: a `<bf-language-switcher slot="language">` with
 * the links to this page's translations (or `href-template`). When the slot is empty the header
 * shows a `<bf-language-switcher>` of its own, with nl, fr, de and en as buttons that change the
 * page's `lang` and fire `bf-language-change` (for single-page apps); `no-language-switcher`
 * leaves it out.
 * @slot account - Sign-in, or the signed-in person's name and a link to their profile.
 *
 * @csspart base - The `<header>` element (the banner landmark).
 * @csspart identity - The federal identity bar.
 * @csspart identity-toggle - The "How do you know?" toggle.
 * @csspart identity-explanation - The explanation it opens.
 * @csspart bar - The row with the agency and the tools.
 * @csspart menu-button - The Menu button, shown on small screens.
 * @csspart navigation - The `<nav>` around the navigation list.
 *
 * @cssprop --bf-header-bg - Background of the header.
 * @cssprop --bf-header-fg - Text colour, and the colour of the agency's name.
 * @cssprop --bf-header-border - Colour of the rule under the header (the brand colour).
 * @cssprop --bf-header-border-width - Thickness of that rule.
 * @cssprop --bf-header-identity-bg - Background of the identity bar.
 * @cssprop --bf-header-identity-fg - Text colour of the identity bar.
 * @cssprop --bf-header-identity-toggle-fg - Colour of the "How do you know?" toggle.
 * @cssprop --bf-header-identity-font-size - Text size of the identity bar.
 * @cssprop --bf-header-agency-font-size - Text size of the agency's name.
 * @cssprop --bf-header-padding-inline - Space on both sides of each row.
 * @cssprop --bf-header-gap - Space between the agency, the tools and the navigation links.
 * @cssprop --bf-header-link-fg - Colour of the navigation links.
 * @cssprop --bf-header-current-border - Colour of the rule that marks the current page's link.
 * @cssprop --bf-header-menu-button-fg - Text and border colour of the Menu button.
 * @cssprop --bf-header-menu-button-bg - Background of the Menu button.
 * @cssprop --bf-header-menu-button-bg-hover - Background of the Menu button under the pointer.
 * @cssprop --bf-header-menu-button-border - Border colour of the Menu button.
 */
export class BfHeader extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, styles];
  static override dependencies = { 'bf-icon': BfIcon, 'bf-language-switcher': BfLanguageSwitcher };
  static override properties: PropertyDeclarations = {
    menuOpen: { type: Boolean, reflect: true, useDefault: true, attribute: 'menu-open' },
    noLanguageSwitcher: { type: Boolean, attribute: 'no-language-switcher' },
    authorNav: { state: true },
  };

  private readonly t = new LocalizeController(this, headerStrings);

  /**
   * Whether the navigation is shown on a small screen, where it collapses behind the Menu
   * button. The button sets it; set it to `false` yourself after a single-page app changed
   * page. It has no effect on a wide header, whose navigation is always shown.
   */
  menuOpen = false;

  /**
   * Leaves out the language switcher the header shows when nothing is in its `language` slot,
   * for a page that has one elsewhere. Citizens look for it at the top: prefer slotting your own.
   */
  noLanguageSwitcher = false;

  private readonly internals = this.attachInternals();

  /** The author slotted a `<nav>` of their own: the header's wrapper is then not a second one. */
  private authorNav = false;

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, lightStyles);
    // The navigation collapses only once the script runs (`:state(enhanced)`): a server-rendered
    // page without JavaScript would have no way to open it. A custom state, not an attribute or
    // a class, so that hydration finds the DOM the server sent.
    try {
      this.internals.states.add('enhanced');
    } catch {
      // A browser without custom states: the navigation stays shown, as without JavaScript.
    }
    this.addEventListener('keydown', this.handleKeydown);
    this.addEventListener('click', this.handleLinkClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.handleKeydown);
    this.removeEventListener('click', this.handleLinkClick);
  }

  protected override firstUpdated(): void {
    if (devMode) this.checkPlacement();
  }

  protected override render() {
    const open = this.menuOpen;
    const navContent = html`<slot
      name="navigation"
      @slotchange=${this.handleNavigationChange}
    ></slot>`;
    const navClass = `row navigation${open ? ' navigation--open' : ''}`;
    return html`<header part="base" class="header">
      <div part="identity" class="identity row">
        <p class="official" lang=${this.t.textLang ?? nothing}>${this.t.term('official')}</p>
        <details class="how">
          <summary
            part="identity-toggle"
            class="how-toggle focus-ring"
            lang=${this.t.textLang ?? nothing}
          >
            ${this.t.term('howToKnow')}<bf-icon
              class="chevron"
              size="small"
              .icon=${chevronDownIcon}
            ></bf-icon>
          </summary>
          <div part="identity-explanation" class="how-body" lang=${this.t.textLang ?? nothing}>
            <p><strong>${this.t.term('domainLead')}</strong> ${this.t.term('domainText')}</p>
            <p><strong>${this.t.term('secureLead')}</strong> ${this.t.term('secureText')}</p>
          </div>
        </details>
      </div>
      <div part="bar" class="bar row">
        <div class="agency">
          <slot name="agency" @slotchange=${this.handleAgencyChange}></slot>
        </div>
        <div class="tools">
          <slot name="language"
            >${
              this.noLanguageSwitcher
                ? nothing
                : // Its language written out: on a server, an element inside a shadow root
                  // cannot see the header's.
                  html`<bf-language-switcher lang=${this.t.lang || nothing}></bf-language-switcher>`
            }</slot
          >
          <slot name="account"></slot>
          <button
            part="menu-button"
            class="menu-button focus-ring"
            type="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="navigation"
            @click=${this.toggleMenu}
          >
            <bf-icon .icon=${open ? closeIcon : menuIcon}></bf-icon
            ><span lang=${this.t.textLang ?? nothing}>${this.t.term('menu')}</span>
          </button>
        </div>
      </div>
      ${
        this.authorNav
          ? html`<div id="navigation" part="navigation" class=${navClass}>${navContent}</div>`
          : html`<nav
              id="navigation"
              part="navigation"
              class=${navClass}
              aria-label=${this.t.term('navigation')}
            >
              ${navContent}
            </nav>`
      }
    </header>`;
  }

  /** The Menu button, in the shadow root. */
  private get menuButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('.menu-button');
  }

  private readonly toggleMenu = (): void => {
    this.menuOpen = !this.menuOpen;
  };

  /**
   * Escape closes the open menu from anywhere in the header, and focus goes back to the Menu
   * button, so that it is not left on a link that has just been hidden.
   */
  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.menuOpen || event.defaultPrevented) return;
    this.menuOpen = false;
    event.preventDefault();
    const button = this.menuButton;
    // Only when the button is shown: on a wide header the navigation never collapses.
    if (button && button.getClientRects().length > 0) button.focus();
  };

  /** Following a link of the menu (in a single-page app the header stays): the menu closes. */
  private readonly handleLinkClick = (event: MouseEvent): void => {
    if (!this.menuOpen) return;
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (link?.closest('[slot="navigation"]')) this.menuOpen = false;
  };

  private readonly handleNavigationChange = (event: Event): void => {
    const assigned = (event.target as HTMLSlotElement).assignedElements();
    const nav = assigned.find((element) => element.localName === 'nav');
    this.authorNav = nav !== undefined;
    if (devMode && nav && !nav.hasAttribute('aria-label') && !nav.hasAttribute('aria-labelledby')) {
      this.warn(
        'nav',
        'the navigation slot holds a <nav> without a name. Slot a list of links instead (<ul slot="navigation">): the header puts it in a <nav> named in the page\'s language.',
      );
    }
  };

  private readonly handleAgencyChange = (event: Event): void => {
    if (!devMode) return;
    const assigned = (event.target as HTMLSlotElement).assignedElements();
    const linked = assigned.some(
      (element) => element.matches('a[href]') || element.querySelector('a[href]') !== null,
    );
    if (assigned.length > 0 && !linked) {
      this.warn(
        'agency',
        'the agency slot holds no link. Make the agency\'s name or logo a link to the home page: <a slot="agency" href="/">…</a>.',
      );
    }
  };

  /** Development warnings for a header that cannot be the page's banner landmark. */
  private checkPlacement(): void {
    const container = enclosingLandmark(this);
    if (container) {
      this.warn(
        'placement',
        `is inside <${container.localName}>, so it is not the page's banner landmark. Put it at the top of <body>, outside <main> and other landmarks.`,
      );
    }
    const root = this.getRootNode() as Document | ShadowRoot;
    if (root.querySelectorAll(this.localName).length > 1) {
      this.warn('twice', 'is on the page more than once; a page has one header.');
    }
  }
}
