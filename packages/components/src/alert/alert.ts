import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import {
  announce,
  AppearanceController,
  BelfryElement,
  devMode,
  headingLevel,
  LocalizeController,
  moveFocusFrom,
  renderHeading,
  type HeadingLevel,
  type Politeness,
} from '@belfry/core';
import { closeIcon, errorIcon, infoIcon, successIcon, warningIcon } from '../icon/icons.js';
import { inlineIcon } from '../icon/inline-icon.js';
import { styles } from './alert.styles.js';
import { alertStrings } from './alert.strings.js';

export const alertVariants = ['info', 'success', 'warning', 'error'] as const;
export type AlertVariant = (typeof alertVariants)[number];
export const alertAnnounceModes = ['auto', 'polite', 'assertive', 'off'] as const;
export type AlertAnnounceMode = (typeof alertAnnounceModes)[number];

/** What `bf-alert-dismiss` tells its listeners. */
export interface AlertDismissDetail {
  /** The kind of the message that is being closed. */
  variant: AlertVariant;
}

declare global {
  interface BelfryEventDetails {
    'bf-alert-dismiss': AlertDismissDetail;
  }
}

// Built once: every alert of a kind shares its drawing's template.
const icons: Record<AlertVariant, ReturnType<typeof inlineIcon>> = {
  info: inlineIcon(infoIcon),
  success: inlineIcon(successIcon),
  warning: inlineIcon(warningIcon),
  error: inlineIcon(errorIcon),
};
const closeDrawing = inlineIcon(closeIcon, 'close-icon');

/** How each kind is announced when it appears, unless `announce` says otherwise. */
const automatic: Record<AlertVariant, Politeness | undefined> = {
  error: 'assertive',
  success: 'polite',
  warning: undefined,
  info: undefined,
};

/**
 * @summary A message about the page or the citizen's task: information, success, a warning or an
 * error, with an icon and a heading, so its kind never depends on colour alone.
 *
 * @tag bf-alert
 *
 * @slot - The message, in the light DOM (a `<p>`, a list, links): readable before and without
 * JavaScript.
 *
 * @csspart base - The box.
 * @csspart icon - The icon of the kind of message (hidden from screen readers: the kind is said in words).
 * @csspart heading - The heading (`<h2>` by default).
 * @csspart body - The box around the message.
 * @csspart close - The close button of a `dismissible` alert.
 * @csspart close-icon - The cross in the close button.
 *
 * @cssprop --bf-alert-info-bg - Background of an information message (the same `-fg`, `-border` and `-icon` tokens exist for each kind: info, success, warning, error).
 * @cssprop --bf-alert-info-fg - Text colour of an information message.
 * @cssprop --bf-alert-info-border - Border colour of an information message.
 * @cssprop --bf-alert-info-icon - Icon colour of an information message.
 * @cssprop --bf-alert-error-bg - Background of an error message.
 * @cssprop --bf-alert-padding - Space inside the box.
 * @cssprop --bf-alert-gap - Space between the icon and the message.
 * @cssprop --bf-alert-radius - Corner radius.
 * @cssprop --bf-alert-border-width - Width of the border.
 * @cssprop --bf-alert-accent-width - Width of the thick rule on the start edge.
 * @cssprop --bf-alert-icon-size - Width and height of the icon.
 *
 * @fires bf-alert-dismiss - The citizen closes a `dismissible` alert. Cancelable: `preventDefault()` keeps it open. `detail.variant` is its kind.
 */
export class BfAlert extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, styles];
  static override properties: PropertyDeclarations = {
    variant: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    dismissible: { type: Boolean, reflect: true, useDefault: true },
    focusTarget: { attribute: 'focus-target' },
    announce: {},
    // Reactive, so that showing a hidden alert again is noticed (and announced).
    hidden: { type: Boolean, reflect: true, useDefault: true },
  };

  private readonly t = new LocalizeController(this, alertStrings);

  /** The kind of message: `info` (the default), `success`, `warning` or `error`. */
  variant: AlertVariant = 'info';

  /** A short heading that says what the message is about. Strongly recommended. */
  heading = '';

  /**
   * The heading's level, 2 to 6 (default 2): the one that fits the page's outline where the
   * alert stands.
   */
  headingLevel?: number | string;

  /** Shows a close button. Only for messages the citizen no longer needs once read. */
  dismissible = false;

  /**
   * The `id` of the element that takes focus when the alert is closed with its button. Without
   * it, focus goes to the next control after the alert in its part of the page (the previous one
   * when there is none after it), never to the top of the page.
   */
  focusTarget = '';

  /**
   * Whether the alert is announced to screen readers when it **appears** after the page loaded
   * (added by a script, or its `hidden` removed). `auto`: errors interrupt (`assertive`),
   * successes wait their turn (`polite`), information and warnings are not announced. `polite`,
   * `assertive` or `off` choose for this alert. An alert that is in the page when it loads is
   * never announced: it is read with the page.
   */
  announce: AlertAnnounceMode = 'auto';

  override hidden = false;

  constructor() {
    super();
    new AppearanceController(this, () => this.announceMessage());
  }

  /**
   * Closes the alert as its close button does: fires the cancelable `bf-alert-dismiss`, then
   * hides the alert (`hidden`) and, if focus was in it, moves focus to `focus-target` or the
   * next control. Returns `false` when a listener kept it open.
   */
  dismiss(): boolean {
    return this.close(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!devMode) return;
    if (changed.has('variant') && !alertVariants.includes(this.variant)) {
      this.warn(
        `variant:${String(this.variant)}`,
        `variant="${String(this.variant)}" is unknown; "info" is used. Use info, success, warning or error.`,
      );
    }
    if (changed.has('announce') && !alertAnnounceModes.includes(this.announce)) {
      this.warn(
        `announce:${String(this.announce)}`,
        `announce="${String(this.announce)}" is unknown; "auto" is used. Use auto, polite, assertive or off.`,
      );
    }
  }

  protected override render() {
    const variant = this.kind;
    const level: HeadingLevel = headingLevel(this.headingLevel, 2, 'bf-alert');
    const heading = typeof this.heading === 'string' ? this.heading.trim() : '';
    const kindWord = this.t.term(variant);
    const lang = this.t.textLang ?? nothing;
    // The kind in words, for those who cannot see the icon or the colour; left out when the
    // heading says it already ("Fout in uw aanvraag").
    const saysKind = heading.toLocaleLowerCase().includes(kindWord.toLocaleLowerCase());
    const kindText = saysKind ? '' : this.t.term('kind', { kind: kindWord });
    let title: unknown = nothing;
    if (heading) {
      // One template for the kind and the heading's text: an alert may repeat a thousand times.
      const content = kindText
        ? html`<span class="visually-hidden" lang=${lang}>${kindText}</span>${heading}`
        : heading;
      title = renderHeading(level, content, { part: 'heading', className: 'heading' });
    } else if (kindText) {
      title = html`<span class="visually-hidden" lang=${lang}>${kindText}</span>`;
    }
    const close = this.dismissible
      ? html`<button
          part="close"
          class="close focus-ring"
          type="button"
          lang=${lang}
          aria-label=${this.t.term('close', { heading: heading || kindWord })}
          @click=${this.handleClose}
        >
          ${closeDrawing}
        </button>`
      : nothing;
    return html`<div part="base" class="alert alert--${variant}">
      ${icons[variant]}
      <div class="content">
        ${title}
        <div part="body" class="body"><slot></slot></div>
      </div>
      ${close}
    </div>`;
  }

  /** The variant in use: `info` for an unknown one. */
  private get kind(): AlertVariant {
    return alertVariants.includes(this.variant) ? this.variant : 'info';
  }

  /** Says the message through the page's announcer, as the alert's kind and settings ask. */
  private announceMessage(): void {
    const mode = alertAnnounceModes.includes(this.announce) ? this.announce : 'auto';
    const politeness = mode === 'auto' ? automatic[this.kind] : mode === 'off' ? undefined : mode;
    if (!politeness) return;
    const heading = typeof this.heading === 'string' ? this.heading.trim() : '';
    const body = (this.textContent ?? '').replace(/\s+/g, ' ').trim();
    // A full stop after the heading, so that it is read as a sentence of its own.
    const title = heading && !/[.!?:]$/.test(heading) ? `${heading}.` : heading;
    const text = [title, body].filter(Boolean).join(' ');
    void announce(`${this.t.term('kind', { kind: this.t.term(this.kind) })}${text}`, {
      politeness,
      lang: this.t.textLang ?? (this.t.lang || undefined),
    });
  }

  private readonly handleClose = (): void => {
    this.close(true);
  };

  /** Hides the alert unless a listener objects; `fromButton` always moves focus on. */
  private close(fromButton: boolean): boolean {
    const allowed = this.emit('bf-alert-dismiss', { variant: this.kind }, { cancelable: true });
    if (!allowed) return false;
    // Where focus goes is decided while the alert is still shown, so that "next" is known.
    const hadFocus = fromButton || this.matches(':focus-within');
    if (hadFocus) {
      const root = this.getRootNode() as Document | ShadowRoot;
      const target = this.focusTarget ? root.getElementById?.(this.focusTarget) : null;
      if (devMode && this.focusTarget && !target) {
        this.warn(
          `focus-target:${this.focusTarget}`,
          `focus-target="${this.focusTarget}" names no element on this page; focus moves to the next control.`,
        );
      }
      // Hidden at once, not at the next update: the alert's own controls can no longer take
      // focus back, and "next" is found from where it stood.
      this.setAttribute('hidden', '');
      moveFocusFrom(this, target);
    } else {
      this.setAttribute('hidden', '');
    }
    return true;
  }
}
