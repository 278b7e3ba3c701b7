import { html, nothing, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { BelfryElement, devMode, LocalizeController, onServer } from '@belfry/core';
import { styles } from './skip-link.styles.js';
import { skipLinkStrings } from './skip-link.strings.js';

/** The main landmark, when no target is named: a `<main>`, or an element with `role="main"`. */
const mainLandmark = 'main, [role="main"]';

/**
 * @summary The first link on the page, shown when it gets focus: it takes keyboard and screen
 * reader users past the header and menus, straight to the page's main content.
 *
 * @tag bf-skip-link
 *
 * @slot - Optional: your own `<a href="#main">` with your own text, which works before the script
 * has run and without JavaScript. Leave the element empty to get "Skip to main content" in the
 * page's language.
 *
 * @csspart link - The element's own link in a server render, before the script runs (in the
 * browser the element's own link is a light-DOM `<a class="bf-skip-link">`, styled as yours).
 *
 * @cssprop --bf-skip-link-fg - Text colour of the link.
 * @cssprop --bf-skip-link-bg - Background of the link.
 * @cssprop --bf-skip-link-border - Border colour of the link.
 * @cssprop --bf-skip-link-offset - Distance from the top and start edges of the page while shown.
 * @cssprop --bf-skip-link-padding-block - Padding above and below the text.
 * @cssprop --bf-skip-link-padding-inline - Padding before and after the text.
 */
export class BfSkipLink extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, styles];
  static override properties: PropertyDeclarations = {
    target: {},
  };

  /**
   * The id of the element to move to (with or without `#`). Without it: the element the author's
   * `<a href="#…">` points to, else the page's `<main>` (or `role="main"`).
   */
  target = '';

  private readonly t = new LocalizeController(this, skipLinkStrings);
  /** The element's own link, in light DOM, when the author wrote none (see connectedCallback). */
  private ownLink: HTMLAnchorElement | undefined;

  constructor() {
    super();
    // One listener for both links: the element's own and the author's slotted one.
    this.addEventListener('click', this.handleClick);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (onServer) return;
    // White space between the tags would fill the slot and hide the element's own link.
    for (const node of [...this.childNodes]) {
      if (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() === '') node.remove();
    }
    // With no link of the author's, the element's own goes into light DOM, where the document
    // holds it before the page's content: checkers (axe's "region" rule among them) and some
    // assistive technology look for a page's skip link there, not inside a shadow root. The
    // shadow fallback below stays for the server render, which cannot add light DOM.
    if (!this.firstChild) {
      this.ownLink ??= Object.assign(document.createElement('a'), { className: 'bf-skip-link' });
      this.append(this.ownLink);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Taken out again, so that moving the element keeps the author's content as it was.
    this.ownLink?.remove();
  }

  protected override render() {
    const id = this.targetId || 'main';
    // The element's own link is the slot's fallback: it shows only when the author wrote none,
    // also in a server render, which cannot see the author's content.
    return html`<slot
      ><a part="link" class="link" href=${`#${id}`} lang=${this.t.textLang ?? nothing}
        >${this.t.term('skipToMain')}</a
      ></slot
    >`;
  }

  protected override updated(): void {
    const own = this.ownLink;
    if (own?.parentNode === this) {
      own.href = `#${this.targetId || 'main'}`;
      own.textContent = this.t.term('skipToMain');
      if (this.t.textLang) own.lang = this.t.textLang;
      else own.removeAttribute('lang');
    }
    if (devMode && this.childElementCount > 0 && !this.querySelector(':scope > a[href^="#"]')) {
      this.warn(
        'content',
        '<bf-skip-link> takes an <a href="#main"> of your own, or nothing at all; other content is shown as it is.',
      );
    }
  }

  /** `target` without its `#`. */
  private get targetId(): string {
    return this.target.trim().replace(/^#/, '');
  }

  /** Where the link leads: the named target, the author's fragment, or the main landmark. */
  private findTarget(link: HTMLAnchorElement): HTMLElement | null {
    const root = this.getRootNode() as Document | ShadowRoot;
    const byId = (id: string) =>
      id ? (root.getElementById?.(id) ?? document.getElementById(id)) : null;
    const named = this.targetId;
    if (named) return byId(named);
    const fragment = link.getAttribute('href')?.match(/^#(.+)$/)?.[1];
    const own = link === this.ownLink || link.getRootNode() === this.shadowRoot;
    const fromLink = !own && fragment ? byId(decodeURIComponent(fragment)) : null;
    return (fromLink || root.querySelector<HTMLElement>(mainLandmark)) ?? null;
  }

  private readonly handleClick = (event: MouseEvent): void => {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link || event.defaultPrevented) return;
    const target = this.findTarget(link);
    if (!target) {
      // The browser follows the link's own #fragment, if the page has it.
      if (devMode) {
        this.warn(
          'target',
          this.targetId
            ? `No element with id="${this.targetId}" to skip to.`
            : 'No <main> or role="main" to skip to: give the page a <main>, or the link a target.',
        );
      }
      return;
    }
    // Moved by script rather than by the #fragment: browsers differ in where the next Tab goes
    // after a fragment jump, and screen readers follow focus. The address does not change, so a
    // single-page app's hash routing is not disturbed.
    event.preventDefault();
    if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) {
      // Focusable by script only, and only until focus leaves it, so that clicking in the main
      // content later does not outline it.
      target.setAttribute('tabindex', '-1');
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  };
}
