import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import {
  BelfryElement,
  deepActiveElement,
  devMode,
  enterModal,
  headingLevel,
  isInside,
  leaveModal,
  LocalizeController,
  lockPageScroll,
  rememberFocus,
  renderHeading,
  SlotController,
  unlockPageScroll,
  wrapTabFocus,
  type ReturnFocus,
} from '@belfry/core';
import { BfIcon } from '../icon/icon.js';
import { closeIcon } from '../icon/icons.js';
import { styles } from './dialog.styles.js';
import { dialogStrings } from './dialog.strings.js';

/** Why the citizen asks to close the dialog. */
export type DialogCloseRequestReason = 'escape' | 'close-button' | 'backdrop';
/** Why the dialog closed: a request of the citizen, or `close()` (or `open = false`) from a script. */
export type DialogCloseReason = DialogCloseRequestReason | 'method';

/** The detail of `bf-dialog-request-close`. */
export interface DialogRequestCloseDetail {
  reason: DialogCloseRequestReason;
}

/** The detail of `bf-dialog-close`. */
export interface DialogCloseDetail {
  reason: DialogCloseReason;
  /** The value given to `close(returnValue)`; empty when the citizen closed the dialog. */
  returnValue: string;
}

declare global {
  interface BelfryEventDetails {
    'bf-dialog-open': Record<string, never>;
    'bf-dialog-request-close': DialogRequestCloseDetail;
    'bf-dialog-close': DialogCloseDetail;
  }
}

/**
 * @summary A modal dialog: a window over the page that asks for a decision or shows details
 * without leaving the page. The rest of the page cannot be used until it closes.
 *
 * @tag bf-dialog
 *
 * @slot - The dialog's content.
 * @slot heading - A heading of your own (e.g. `<h2 slot="heading">`), instead of the `heading` attribute.
 * @slot footer - The dialog's actions, usually `<bf-button>`s: the main one first. They wrap on narrow screens.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart heading - The heading made from the `heading` attribute.
 * @csspart close - The close button (×) in the top corner.
 * @csspart body - The box around the content; it scrolls when the content is long.
 * @csspart footer - The row of actions.
 *
 * @cssprop --bf-dialog-width - Width on large screens (it never exceeds the window).
 * @cssprop --bf-dialog-margin - Smallest space between the dialog and the window's edges.
 * @cssprop --bf-dialog-padding - Space inside the dialog's edges.
 * @cssprop --bf-dialog-gap - Space between the actions in the footer.
 * @cssprop --bf-dialog-bg - Background.
 * @cssprop --bf-dialog-fg - Text colour.
 * @cssprop --bf-dialog-border - Colour of the border.
 * @cssprop --bf-dialog-border-width - Width of the border.
 * @cssprop --bf-dialog-radius - Corner radius.
 * @cssprop --bf-dialog-shadow - Shadow.
 * @cssprop --bf-dialog-backdrop - The colour over the page behind the dialog.
 * @cssprop --bf-dialog-divider - The line above the footer.
 * @cssprop --bf-dialog-heading-size - Text size of the heading.
 * @cssprop --bf-dialog-close-fg - Colour of the close button.
 * @cssprop --bf-dialog-close-bg-hover - Background of the close button under the pointer.
 *
 * @fires bf-dialog-open - The dialog opened.
 * @fires bf-dialog-request-close - The citizen asks to close (Escape, the close button, or a click beside the dialog with `light-dismiss`), with `{ reason }`. Cancelable: `preventDefault()` keeps it open (say why, e.g. unsaved answers).
 * @fires bf-dialog-close - The dialog closed, with `{ reason, returnValue }`. Focus is back where it was before it opened.
 */
export class BfDialog extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, styles];
  static override dependencies = { 'bf-icon': BfIcon };
  static override properties: PropertyDeclarations = {
    open: { type: Boolean, reflect: true, useDefault: true },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    lightDismiss: { type: Boolean, attribute: 'light-dismiss' },
    bodyScrolls: { state: true },
  };

  private readonly t = new LocalizeController(this, dialogStrings);
  private readonly slots = new SlotController(this, 'heading', 'footer');

  /** Whether the dialog is open. Set it, or call `show()` and `close()`. Reflected. */
  open = false;

  /** The dialog's heading, which also names it for screen readers. Plain text. */
  heading = '';

  /** The level of the heading, 2 to 6 (default 2). */
  headingLevel?: string | number | undefined;

  /**
   * Lets a click beside the dialog (on the backdrop) close it. Off by default: a citizen who
   * clicks beside a form by mistake would lose their answers.
   */
  lightDismiss = false;

  /** The value the dialog closed with (`close(returnValue)`); empty when the citizen closed it. */
  returnValue = '';

  /**
   * Whether the content scrolls inside the dialog: it is then a Tab stop of its own, so that
   * keyboard users can scroll text that holds nothing else to focus.
   */
  private bodyScrolls = false;
  private resizeObserver: ResizeObserver | undefined;
  private returnFocus: ReturnFocus | undefined;
  private closeReason: DialogCloseReason = 'method';

  /** Opens the dialog as a modal; focus moves into it. */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog with an optional value (e.g. the action chosen); focus returns to the opener. */
  close(returnValue = ''): void {
    this.returnValue = String(returnValue);
    this.closeReason = 'method';
    this.open = false;
  }

  /**
   * Asks to close, as the citizen does: fires the cancelable `bf-dialog-request-close`, and
   * closes unless a listener prevents it. Returns whether it closed.
   */
  requestClose(reason: DialogCloseRequestReason = 'close-button'): boolean {
    if (!this.open) return false;
    if (!this.emit('bf-dialog-request-close', { reason }, { cancelable: true })) return false;
    this.returnValue = '';
    this.closeReason = reason;
    this.open = false;
    return true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed dialog leaves the top layer without a close event: give the page back, and
    // close it for good (put back in the page, it stays closed until it is opened again).
    this.release();
    if (this.open) this.open = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      devMode &&
      !this.hasUpdated &&
      !this.heading.trim() &&
      !this.querySelector('[slot="heading"]')
    ) {
      this.warn(
        'heading',
        'has no heading: give it a heading attribute or a slot="heading" element, so that screen readers can name it.',
      );
    }
    if (changed.has('headingLevel') && this.headingLevel !== undefined) {
      headingLevel(this.headingLevel, 2, this.localName);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open')) {
      if (this.open) this.openModal();
      else this.closeModal();
    }
  }

  protected override render() {
    const level = headingLevel(this.headingLevel, 2);
    const title = this.heading
      ? renderHeading(level, this.heading, { part: 'heading', className: 'heading' })
      : this.slots.has('heading')
        ? html`<slot name="heading"></slot>`
        : nothing;
    return html`<dialog
      part="dialog"
      class="dialog"
      aria-labelledby="title"
      @keydown=${this.handleKeydown}
      @cancel=${this.handleCancel}
      @close=${this.handleClose}
      @click=${this.handleClick}
    >
      <div class="header">
        <div class="title focus-ring" id="title" tabindex="-1">${title}</div>
        <button
          part="close"
          class="close focus-ring"
          type="button"
          aria-label=${this.t.term('close')}
          lang=${this.t.textLang ?? nothing}
          @click=${() => this.requestClose('close-button')}
        >
          <bf-icon .icon=${closeIcon}></bf-icon>
        </button>
      </div>
      <div part="body" class="body" tabindex=${this.bodyScrolls ? '0' : nothing}>
        <slot @slotchange=${this.measureBody}></slot>
      </div>
      ${
        this.slots.has('footer')
          ? html`<div part="footer" class="footer"><slot name="footer"></slot></div>`
          : nothing
      }
      <div class="announcements"></div>
    </dialog>`;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private openModal(): void {
    const dialog = this.dialog;
    if (!dialog || dialog.open || !this.isConnected) return;
    this.returnFocus = rememberFocus();
    dialog.showModal();
    lockPageScroll(this);
    enterModal(this, this.renderRoot.querySelector('.announcements')!);
    this.resizeObserver ??= new ResizeObserver(this.measureBody);
    this.resizeObserver.observe(this.renderRoot.querySelector('.body')!);
    this.closeReason = 'method';
    // Focus goes to an element of the content marked `autofocus`, else to the heading: a screen
    // reader then reads the dialog's name and starts reading from its top.
    const initial = this.querySelector<HTMLElement>('[autofocus]');
    (initial ?? this.renderRoot.querySelector<HTMLElement>('#title'))?.focus();
    this.emit('bf-dialog-open', {});
  }

  private closeModal(): void {
    const dialog = this.dialog;
    if (!dialog?.open) return;
    dialog.close(this.returnValue);
    this.finishClosing(this.closeReason);
  }

  private finishClosing(reason: DialogCloseReason): void {
    this.release();
    this.closeReason = 'method';
    this.emit('bf-dialog-close', { reason, returnValue: this.returnValue });
  }

  /** Gives back the page's scrolling and announcer, and focus to where it was. */
  private release(): void {
    this.resizeObserver?.disconnect();
    unlockPageScroll(this);
    leaveModal(this);
    const returnFocus = this.returnFocus;
    this.returnFocus = undefined;
    if (!returnFocus) return;
    returnFocus({ from: this });
    // The opener is gone: focus must not stay in the closed dialog, where nobody can see it.
    const stuck = deepActiveElement();
    if (stuck && isInside(stuck, this)) stuck.blur();
  }

  private readonly measureBody = (): void => {
    const body = this.renderRoot.querySelector<HTMLElement>('.body');
    this.bodyScrolls = body !== null && body.scrollHeight > body.clientHeight + 1;
  };

  /** The browser closed the dialog itself (a close request it would not let us cancel). */
  private readonly handleClose = (): void => {
    if (!this.open) return;
    this.open = false;
    this.finishClosing('escape');
  };

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      // Handled here rather than by the browser, so that a listener may keep the dialog open.
      event.preventDefault();
      this.requestClose('escape');
      return;
    }
    wrapTabFocus(event, this.dialog!, deepActiveElement());
  };

  /** A close request that was not a key press (e.g. the back gesture on Android). */
  private readonly handleCancel = (event: Event): void => {
    if (!event.cancelable) return;
    event.preventDefault();
    this.requestClose('escape');
  };

  private readonly handleClick = (event: MouseEvent): void => {
    const dialog = this.dialog;
    if (!this.lightDismiss || !dialog || event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    // A keyboard "click" has no position: it is never a click beside the dialog.
    if (!inside && event.detail > 0) this.requestClose('backdrop');
  };
}
