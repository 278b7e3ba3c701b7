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
  DisclosureController,
  headingLevel,
  LocalizeController,
  renderHeading,
  type DisclosureSource,
} from '@belfry/core';
import { BfIcon } from '../icon/icon.js';
import { chevronDownIcon } from '../icon/icons.js';
import { BfChannel } from './channel.js';
import { alternativeChannelsStyles, lightStyles } from './alternative-channels.styles.js';
import { alternativeChannelsStrings } from './alternative-channels.strings.js';

export const alternativeChannelsVariants = ['full', 'compact', 'footer'] as const;
export type AlternativeChannelsVariant = (typeof alternativeChannelsVariants)[number];

/** The detail of `bf-alternative-channels-toggle`. */
export interface AlternativeChannelsToggleDetail {
  /** Whether the channels are shown now. */
  open: boolean;
  /** What opened or closed them: `user`, `find` (find-in-page) or `script`. */
  source: DisclosureSource;
}

declare global {
  interface BelfryEventDetails {
    'bf-alternative-channels-toggle': AlternativeChannelsToggleDetail;
  }
}

/**
 * @summary "Prefer not to do this online?": the other ways to complete a procedure (by phone,
 * by post, at a counter), each a `<bf-channel>` with its details, hours and open-now state. The
 * law gives every citizen the right to a non-digital way.
 *
 * @tag bf-alternative-channels
 *
 * @slot - The channels: `<bf-channel>` elements, most helpful first (usually the phone).
 * @slot intro - A sentence under the heading: what the citizen can do this way.
 * @slot action - An action for the paper route, such as a "Request the paper form" link or
 * button.
 *
 * @csspart base - The section around the block.
 * @csspart heading - The heading (the full variant), or the heading around the button (compact).
 * @csspart button - The compact variant's button that shows and hides the channels.
 * @csspart channels - The box that holds the channels.
 * @csspart action - The box around the `action` slot.
 *
 * @cssprop --bf-alternative-channels-bg - Background of the full block.
 * @cssprop --bf-alternative-channels-fg - Text colour.
 * @cssprop --bf-alternative-channels-accent - Colour of the rule on the start edge.
 * @cssprop --bf-alternative-channels-accent-width - Width of that rule.
 * @cssprop --bf-alternative-channels-padding - Space inside the full block.
 * @cssprop --bf-alternative-channels-gap - Space between the channels.
 * @cssprop --bf-alternative-channels-heading-size - Text size of the heading.
 * @cssprop --bf-alternative-channels-button-fg - Colour of the compact variant's button.
 *
 * @fires bf-alternative-channels-toggle - The compact variant's channels were shown or hidden,
 * with `{ open, source }`.
 */
export class BfAlternativeChannels extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, alternativeChannelsStyles];
  static override dependencies = { 'bf-channel': BfChannel, 'bf-icon': BfIcon };
  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    heading: {},
    headingLevel: { attribute: 'heading-level', reflect: true },
    open: { type: Boolean, reflect: true, useDefault: true },
  };

  /**
   * `full`: a block with a heading, for a procedure's start page. `compact`: one line whose
   * button shows the channels, inside a form. `footer`: a short summary for the `alternatives`
   * slot of `<bf-footer>`, which gives the heading; it shows no weekly hours nor details.
   */
  variant: AlternativeChannelsVariant | string = 'full';

  /** A heading of your own instead of "Prefer not to do this online?". Plain text. */
  heading = '';

  /**
   * The level of the heading, 2 to 6 (default 2); the channels' titles are one level below.
   * Reflected, because the channels read it from the attribute.
   */
  headingLevel?: string | number | undefined;

  /** In the compact variant: whether the channels are shown. */
  open = false;

  private readonly t = new LocalizeController(this, alternativeChannelsStrings);
  private readonly disclosure = new DisclosureController(this, {
    onChange: (open, source) => this.emit('bf-alternative-channels-toggle', { open, source }),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, lightStyles);
  }

  private get currentVariant(): AlternativeChannelsVariant {
    return (alternativeChannelsVariants as readonly string[]).includes(this.variant)
      ? (this.variant as AlternativeChannelsVariant)
      : 'full';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const first = !this.hasUpdated;
    if (devMode && (first || changed.has('variant')) && this.currentVariant !== this.variant) {
      this.warn(
        'variant',
        `variant="${this.variant}" is not full, compact or footer; full is used.`,
      );
    }
    if (this.headingLevel !== undefined) headingLevel(this.headingLevel, 2, this.localName);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The channels' titles sit one level below the heading: they read it from the attribute.
    if (changed.has('headingLevel') && changed.get('headingLevel') !== undefined) {
      for (const channel of this.querySelectorAll('bf-channel')) channel.requestUpdate();
    }
  }

  protected override render() {
    const variant = this.currentVariant;
    const lang = this.t.textLang ?? nothing;
    const level = headingLevel(this.headingLevel, 2, this.localName);
    const text = this.heading.trim()
      ? html`${this.heading}`
      : html`<span lang=${lang}>${this.t.term('heading')}</span>`;
    const channels = html`<div part="channels" class="channels"><slot></slot></div>
      <div part="action" class="action"><slot name="action"></slot></div>`;
    if (variant === 'footer') {
      return html`<div part="base" class="base footer">${channels}</div>`;
    }
    if (variant === 'compact') {
      const button = html`<button
        part="button"
        class="button focus-ring"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${() => this.disclosure.toggle()}
      >
        <span class="button-text">${text}</span
        ><bf-icon class="chevron" .icon=${chevronDownIcon}></bf-icon>
      </button>`;
      return html`<div part="base" class="base compact">
        ${renderHeading(level, button, { part: 'heading', className: 'heading' })}
        <div
          class="panel"
          id="panel"
          hidden=${this.disclosure.hidden}
          @beforematch=${this.disclosure.reveal}
        >
          <slot name="intro"></slot>
          ${channels}
        </div>
      </div>`;
    }
    return html`<section part="base" class="base full" aria-labelledby="heading">
      ${renderHeading(level, text, { part: 'heading', className: 'heading', id: 'heading' })}
      <slot name="intro"></slot>
      ${channels}
    </section>`;
  }
}
