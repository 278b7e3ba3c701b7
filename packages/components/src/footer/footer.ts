import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import {
  adoptLightStyles,
  BelfryElement,
  devMode,
  enclosingLandmark,
  headingLevel,
  LocalizeController,
  renderHeading,
  safeUrl,
} from '@belfry/core';
import { lightStyles, styles } from './footer.styles.js';
import { footerStrings, type FooterStrings } from './footer.strings.js';

/** The mandatory links, in the order they are shown, with the attribute that gives each. */
const mandatoryLinks = [
  ['accessibility', 'accessibilityHref', 'accessibility-href'],
  ['privacy', 'privacyHref', 'privacy-href'],
  ['cookies', 'cookiesHref', 'cookies-href'],
  ['contact', 'contactHref', 'contact-href'],
] as const satisfies readonly (readonly [keyof FooterStrings, string, string])[];

/**
 * @summary The federal frame at the bottom of every page: the other ways to reach the agency,
 * the agency's details, the links every federal site must have (accessibility statement,
 * privacy, cookies, contact) in the page's language, and the belgium.be line.
 *
 * @tag bf-footer
 *
 * @slot alternatives - How to do this without going online: phone, post, a counter, e.g. a
 * `<bf-alternative-channels>`. Shown first, under the heading "Prefer not to go online?" in the
 * page's language; the heading is only there when the slot is used.
 * @slot agency - The agency's details: its name, address, enterprise number, as text and links
 * (`<div slot="agency"><p>FPS Finance</p><address>…</address></div>`).
 * @slot links - More links of your own, written as a list: `<ul slot="links"><li><a href="/sitemap">Sitemap</a></li></ul>`.
 * They follow the built-in ones. Links written here work before and without JavaScript.
 *
 * @csspart base - The `<footer>` element (the contentinfo landmark).
 * @csspart alternatives - The section with the other ways to reach the agency.
 * @csspart heading - Its heading.
 * @csspart links - The list of mandatory links.
 * @csspart link - Each mandatory link.
 * @csspart identity - The belgium.be line.
 *
 * @cssprop --bf-footer-bg - Background of the footer.
 * @cssprop --bf-footer-fg - Text colour.
 * @cssprop --bf-footer-muted-fg - Colour of the belgium.be line.
 * @cssprop --bf-footer-link-fg - Colour of the links.
 * @cssprop --bf-footer-border - Colour of the rule above the footer (the brand colour).
 * @cssprop --bf-footer-border-width - Thickness of that rule.
 * @cssprop --bf-footer-padding-block - Space above and below the content.
 * @cssprop --bf-footer-padding-inline - Space on both sides.
 * @cssprop --bf-footer-gap - Space between the footer's sections.
 * @cssprop --bf-footer-heading-size - Text size of the heading.
 */
export class BfFooter extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, styles];
  static override properties: PropertyDeclarations = {
    accessibilityHref: { attribute: 'accessibility-href' },
    privacyHref: { attribute: 'privacy-href' },
    cookiesHref: { attribute: 'cookies-href' },
    contactHref: { attribute: 'contact-href' },
    headingLevel: { attribute: 'heading-level' },
  };

  private readonly t = new LocalizeController(this, footerStrings);
  private readonly internals = this.attachInternals();

  /** The address of the accessibility statement, which every federal site must publish. */
  accessibilityHref = '';

  /** The address of the privacy statement. */
  privacyHref = '';

  /** The address of the page about cookies. */
  cookiesHref = '';

  /** The address of the contact page. */
  contactHref = '';

  /**
   * The level of the heading above the alternatives, 2 to 6 (default 2): usually 2, as the
   * footer's sections sit beside the page's main content.
   */
  headingLevel?: number | string;

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, lightStyles);
    this.syncAlternatives();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!devMode) return;
    for (const [, property, attribute] of mandatoryLinks) {
      const value = this[property];
      if (changed.has(property) && value && !safeUrl(value)) {
        this.warn(
          attribute,
          `${attribute} is not a safe URL (only http, https, mailto, tel, sms and relative URLs are allowed); the link is left out.`,
        );
      }
    }
  }

  protected override firstUpdated(): void {
    if (!devMode) return;
    if (!safeUrl(this.accessibilityHref) && !this.querySelector('[slot="links"]')) {
      this.warn(
        'accessibility',
        'has no link to the accessibility statement, which every federal site must have: set accessibility-href.',
      );
    }
    const landmark = enclosingLandmark(this);
    if (landmark) {
      this.warn(
        'placement',
        `is inside <${landmark.localName}>, so it is not the page's contentinfo landmark. Put it at the end of <body>, outside <main> and other landmarks.`,
      );
    }
  }

  protected override render() {
    const lang = this.t.textLang ?? nothing;
    const links = mandatoryLinks.flatMap(([key, property]) => {
      const href = safeUrl(this[property]);
      return href === undefined ? [] : [[key, href] as const];
    });
    const level = headingLevel(this.headingLevel, 2, this.localName);
    return html`<footer part="base" class="footer">
      <div part="alternatives" class="alternatives">
        ${renderHeading(
          level,
          html`<span lang=${lang}>${this.t.term('alternativesHeading')}</span>`,
          { part: 'heading', className: 'heading' },
        )}<slot name="alternatives" @slotchange=${this.syncAlternatives}></slot>
      </div>
      <div class="agency"><slot name="agency"></slot></div>
      <div class="links-row">
        ${
          links.length > 0
            ? html`<ul part="links" class="links">
                ${links.map(
                  ([key, href]) =>
                    html`<li>
                      <a part="link" class="link focus-ring" href=${href} lang=${lang}
                        >${this.t.term(key)}</a
                      >
                    </li>`,
                )}
              </ul>`
            : nothing
        }
        <slot name="links"></slot>
      </div>
      <p part="identity" class="identity">
        <a class="focus-ring" href=${`https://www.belgium.be/${this.t.locale}`}>belgium.be</a>
        <span lang=${lang}>${this.t.term('federalTagline')}</span>
      </p>
    </footer>`;
  }

  /**
   * Hides the alternatives' heading while nothing is under it (`:state(no-alternatives)`): a
   * custom state, not a change to the DOM, so that hydration finds what the server sent (a
   * server cannot see the slot's content, so it always draws the heading; undefined.css hides
   * it until the script runs).
   */
  private readonly syncAlternatives = (): void => {
    const used = this.querySelector(':scope > [slot="alternatives"]') !== null;
    try {
      if (used) this.internals.states.delete('no-alternatives');
      else this.internals.states.add('no-alternatives');
    } catch {
      // A browser without custom states shows the heading in any case.
    }
  };
}
