import {
  html,
  LitElement,
  nothing,
  svg,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import {
  announce,
  devMode,
  BelfryElement,
  LocalizeController,
  opensInNewTab,
  safeUrl,
  SlotController,
  submitButton,
  submitForm,
  watchForm,
} from '@belfry/core';
import { styles } from './button.styles.js';
import { buttonStrings } from './button.strings.js';
import { externalLinkIcon } from '../icon/icons.js';

// The optional icon slots, rendered only when the page uses them (see SlotController).
const startSlot = html`<slot name="start"></slot>`;
const endSlot = html`<slot name="end"></slot>`;
// The text slot is a box of its own only when there is text (an icon-only button has none).
const textSlot = html`<slot class="text"></slot>`;
const emptySlot = html`<slot></slot>`;
// The new-tab sign of a link that opens a new tab: Belfry's external-link drawing, drawn here
// rather than through <bf-icon>, which would add the icon element to every button's download.
// Decorative: the name says "opens in a new tab".
const newTabIcon = html`<svg
  class="new-tab"
  part="new-tab-icon"
  viewBox=${externalLinkIcon.viewBox}
  aria-hidden="true"
>
  ${externalLinkIcon.paths.map((d) => svg`<path d=${d}></path>`)}
</svg>`;

/** `aria-expanded`/`aria-pressed` from an attribute: absent is "not this kind of button". */
const tristate = {
  fromAttribute: (value: string | null) => (value === null ? undefined : value !== 'false'),
};

export const buttonVariants = ['primary', 'secondary', 'tertiary', 'danger'] as const;
export type ButtonVariant = (typeof buttonVariants)[number];
export const buttonTypes = ['button', 'submit', 'reset'] as const;
export type ButtonType = (typeof buttonTypes)[number];

/**
 * @summary A button for actions and form submission, or a link styled as a button.
 *
 * @tag bf-button
 *
 * @slot - The button's text. Keep it short and say what happens: "Send application".
 * @slot start - An icon before the text: a `<bf-icon>` (hidden from screen readers unless it has a `label`), or an SVG with `aria-hidden="true"`.
 * @slot end - An icon after the text, as for `start`.
 *
 * @csspart base - The native `<button>` or `<a>` element.
 * @csspart spinner - The busy indicator shown while `loading`.
 * @csspart new-tab-icon - The decorative sign after the text of a link that opens a new tab.
 *
 * @cssprop --bf-button-primary-bg - Background of the primary button.
 * @cssprop --bf-button-primary-bg-hover - Background of the primary button on hover.
 * @cssprop --bf-button-primary-bg-active - Background of the primary button while pressed.
 * @cssprop --bf-button-primary-fg - Text colour of the primary button.
 * @cssprop --bf-button-primary-border - Border colour of the primary button.
 * @cssprop --bf-button-secondary-bg - Background of the secondary button (the same `-hover`, `-active`, `-fg` and `-border` tokens exist for each variant).
 * @cssprop --bf-button-tertiary-fg - Text colour of the tertiary button.
 * @cssprop --bf-button-danger-bg - Background of the danger button.
 * @cssprop --bf-button-disabled-bg - Background of a disabled button.
 * @cssprop --bf-button-disabled-fg - Text colour of a disabled button.
 * @cssprop --bf-button-radius - Corner radius.
 * @cssprop --bf-button-padding-block - Padding above and below the text.
 * @cssprop --bf-button-padding-inline - Padding before and after the text.
 * @cssprop --bf-button-gap - Space between an icon and the text.
 * @cssprop --bf-button-font-size - Text size.
 * @cssprop --bf-button-font-weight - Text weight.
 * @cssprop --bf-button-min-size - Minimum width and height; never set it below 2.75rem (44 px).
 * @cssprop --bf-button-border-width - Border width.
 */
export class BfButton extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, styles];
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };
  /** Takes part in forms like a native button: submits, resets, follows `disabled` fieldsets. */
  static formAssociated = true;
  static override properties: PropertyDeclarations = {
    variant: {},
    type: {},
    // Reflected so that page CSS can select them, but never written for the default value.
    disabled: { type: Boolean, reflect: true, useDefault: true },
    loading: { type: Boolean, reflect: true, useDefault: true },
    href: {},
    target: {},
    rel: {},
    download: {},
    name: {},
    value: {},
    label: {},
    fullWidth: { type: Boolean, reflect: true, useDefault: true, attribute: 'full-width' },
    formAction: { attribute: 'formaction' },
    formEnctype: { attribute: 'formenctype' },
    formMethod: { attribute: 'formmethod' },
    formNoValidate: { type: Boolean, attribute: 'formnovalidate' },
    formTarget: { attribute: 'formtarget' },
    expanded: { converter: tristate },
    pressed: { converter: tristate },
    controls: {},
    formDisabled: { state: true },
  };

  private readonly internals: ElementInternals;
  private readonly t = new LocalizeController(this, buttonStrings);
  // The icon slots are rendered only when used: most buttons have none.
  private readonly slots = new SlotController(this, 'start', 'end', '');
  /** `href` when it is safe to use, else `undefined` (see `safeUrl`). */
  private safeHref: string | undefined;

  /** The visual weight: `primary` for the main action, `secondary`, `tertiary`, or `danger` for destructive actions. */
  variant: ButtonVariant = 'primary';

  /** What the button does in a form: `button` (nothing), `submit` or `reset`. */
  type: ButtonType = 'button';

  /** Disables the button. Prefer explaining why an action is unavailable over disabling it. */
  disabled = false;

  /**
   * Shows that the action is in progress: a spinner replaces the text (the width stays the
   * same), "Loading" joins the button's name and is announced through the page's announcer when
   * it turns on (not for a button busy from the start), and further clicks are ignored. The
   * button stays focusable.
   */
  loading = false;

  /** Turns the button into a link to this URL. Only http(s), mailto, tel, sms and relative URLs are used. */
  href = '';

  /** Where a link opens (`_blank` for a new tab, which is announced to screen readers). Links only. */
  target = '';

  /** The link's `rel`; `noopener noreferrer` is added for `target="_blank"` unless set. Links only. */
  rel = '';

  /** Downloads the link's target instead of opening it; the value is the suggested file name. Links only. */
  download?: string;

  /** The name submitted with the form when this button submits it. */
  name = '';

  /** The value submitted with `name` when this button submits the form. */
  value = '';

  /**
   * The accessible name, for a button that shows only an icon. When set it replaces the text for
   * screen readers, so it must contain the visible text, if any (WCAG 2.5.3).
   */
  label = '';

  /** Makes the button fill the width of its container, as on small screens. */
  fullWidth = false;

  /** Overrides the form's `action` when this button submits it. */
  formAction = '';

  /** Overrides the form's `enctype` when this button submits it. */
  formEnctype = '';

  /** Overrides the form's `method` when this button submits it. */
  formMethod = '';

  /** Submits without validating the form (e.g. "Save draft"). */
  formNoValidate = false;

  /** Overrides the form's `target` when this button submits it. */
  formTarget = '';

  /**
   * For a button that shows and hides something (a menu, a disclosure): whether that is shown
   * now, announced as "expanded" or "collapsed". Leave it unset on other buttons. The page sets
   * it when it opens or closes what the button controls. `expanded="false"` is collapsed.
   */
  expanded?: boolean;

  /**
   * Makes the button a toggle button, announced as "pressed" or "not pressed": `true` or
   * `false` (`pressed="false"` as an attribute). It toggles itself when activated, before the
   * page's `click` listeners run; leave it unset on other buttons. Buttons only, not links.
   */
  pressed?: boolean;

  /**
   * The id of the element the button shows and hides, with `expanded`. Forwarded to the inner
   * native control with `ariaControlsElements` where the browser supports it (the id cannot
   * cross into the shadow root); elsewhere it is ignored, which costs a screen reader user only
   * the "controls" shortcut, as the element usually follows the button.
   */
  controls = '';

  /** Set when a surrounding `<fieldset disabled>` disables the button. */
  private formDisabled = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // A capturing listener on the host sees every click: real ones from the inner control and
    // `element.click()` from scripts alike.
    this.addEventListener('click', this.handleClick, { capture: true });
  }

  /** The form this button belongs to, or `null`. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /**
   * @internal Whether Enter in a field of its form may submit through this button (core's
   * `watchForm` uses the form's first submit button, native or Belfry, as a browser would).
   */
  get [submitButton](): boolean {
    return this.effectiveType === 'submit' && !this.href;
  }

  /** @internal Called by the browser when the button joins or leaves a form. */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    // Enter in a field of the form submits through its first submit button (see core).
    if (form) watchForm(form);
  }

  /** @internal Called by the browser when a surrounding fieldset is (un)disabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Say "Loading" when an action starts, through the page's one announcer; a button that is
    // already busy when the page loads says nothing (its name says it).
    if (this.hasUpdated && changed.has('loading') && this.loading) {
      void announce(this.t.term('loading'), {
        lang: this.t.textLang ?? (this.t.lang || undefined),
      });
    }
    if (devMode && changed.has('variant') && !buttonVariants.includes(this.variant)) {
      this.warn('variant', `variant="${String(this.variant)}" is unknown; "primary" is used.`);
    }
    if (devMode && changed.has('type') && !buttonTypes.includes(this.type)) {
      this.warn('type', `type="${String(this.type)}" is unknown; "button" is used.`);
    }
    if (devMode && this.href && this.pressed !== undefined) {
      this.warn('pressed', 'pressed is for buttons; a link cannot be pressed, so it is ignored.');
    }
    if (changed.has('href')) {
      // Checked once per change of href, not on every render.
      this.safeHref = safeUrl(this.href);
      if (devMode && this.href && !this.safeHref) {
        this.warn(
          'href',
          'href is not a safe URL (only http, https, mailto, tel, sms and relative URLs are allowed); the link was disabled.',
        );
      }
    }
  }

  protected override render() {
    const variant = buttonVariants.includes(this.variant) ? this.variant : 'primary';
    const disabled = this.isDisabled;
    const classes = `button button--${variant} focus-ring${this.loading ? ' button--loading' : ''}`;
    const start = this.slots.has('start') ? startSlot : nothing;
    const end = this.slots.has('end') ? endSlot : nothing;
    const text = this.slots.has('') ? textSlot : emptySlot;
    // A label replaces the whole accessible name, so it carries "Loading" itself while busy.
    const name =
      this.label && this.loading ? `${this.label} ${this.t.term('loading')}` : this.label;
    // While busy the content stays (it keeps the width) but is hidden behind a spinner, and
    // "Loading" joins the name.
    const busy = this.loading
      ? html`<span part="spinner" class="spinner" aria-hidden="true"></span
          ><span class="visually-hidden" lang=${this.t.textLang ?? nothing}
            >${this.t.term('loading')}</span
          >`
      : nothing;

    if (this.href) {
      const href = this.safeHref;
      const active = href !== undefined && !disabled && !this.loading;
      // A busy link stays in the tab order (focus must not jump away); a disabled one or one
      // whose URL was refused leaves it, like a disabled button.
      const inTabOrder = href !== undefined && !disabled && this.loading;
      const newTab = active && opensInNewTab(this.target);
      const rel = this.rel || (newTab ? 'noopener noreferrer' : '');
      // A label replaces the whole name, so it carries the new-tab hint itself.
      const label = this.label && newTab ? `${name} (${this.t.term('opensInNewTab')})` : name;
      return html`<a
        part="base"
        class=${classes}
        href=${active ? href : nothing}
        role=${active ? nothing : 'link'}
        aria-disabled=${active ? nothing : 'true'}
        tabindex=${active ? nothing : inTabOrder ? '0' : '-1'}
        target=${active && this.target ? this.target : nothing}
        rel=${active && rel ? rel : nothing}
        download=${active ? (this.download ?? nothing) : nothing}
        aria-expanded=${this.ariaState(this.expanded)}
        aria-label=${label || nothing}
        >${start}${text}${end}${busy}${
          newTab
            ? html`${newTabIcon}<span class="visually-hidden" lang=${this.t.textLang ?? nothing}
                  >${` (${this.t.term('opensInNewTab')})`}</span
                >`
            : nothing
        }</a
      >`;
    }

    // No white space inside the control: a flex container may count it as content beside the
    // spinner, and the button would grow while busy.
    // prettier-ignore
    return html`<button part="base" class=${classes} type="button" ?disabled=${disabled} aria-disabled=${this.loading && !disabled ? 'true' : nothing} aria-expanded=${this.ariaState(this.expanded)} aria-pressed=${this.ariaState(this.pressed)} aria-label=${name || nothing}>${start}${text}${end}${busy}</button>`;
  }

  protected override updated(): void {
    // `aria-controls` takes an id, which cannot reach from the shadow root into the page: the
    // element itself is handed over where the browser supports it (element reflection).
    const base = this.renderRoot.querySelector('[part="base"]');
    if (base && 'ariaControlsElements' in base) {
      const id = this.controls.trim();
      const root = this.getRootNode() as Document | ShadowRoot;
      const controlled = id ? root.getElementById(id) : null;
      base.ariaControlsElements = controlled ? [controlled] : null;
      if (devMode && id && !controlled) {
        this.warn('controls', `controls="${id}": no element has this id.`);
      }
    }
  }

  /** An ARIA state from an optional boolean: nothing when unset. */
  private ariaState(value: boolean | undefined) {
    return value === undefined || value === null ? nothing : String(Boolean(value));
  }

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  private get effectiveType(): ButtonType {
    return buttonTypes.includes(this.type) ? this.type : 'button';
  }

  private readonly handleClick = (event: MouseEvent): void => {
    if (this.isDisabled || this.loading) {
      // Native disabled buttons swallow clicks; so do we, also while loading, so that a
      // double-click never submits a form twice.
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (this.href) return;
    // A toggle button changes state before the page's own click listeners read it.
    if (typeof this.pressed === 'boolean') this.pressed = !this.pressed;
    const form = this.internals.form;
    if (!form) return;
    if (this.effectiveType === 'submit') this.submit(form);
    else if (this.effectiveType === 'reset') form.reset();
  };

  private submit(form: HTMLFormElement): void {
    submitForm(form, {
      name: this.name,
      value: this.value,
      formAction: this.formAction,
      formEnctype: this.formEnctype,
      formMethod: this.formMethod,
      formNoValidate: this.formNoValidate,
      formTarget: this.formTarget,
    });
  }
}
