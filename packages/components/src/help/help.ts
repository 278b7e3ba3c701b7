import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {
  BelfryElement,
  DisclosureController,
  devMode,
  headingLevel,
  LocalizeController,
  renderHeading,
  disclosureStyles,
} from '@belfry/core';
import { BfDialog } from '../dialog/dialog.js';
import { BfIcon } from '../icon/icon.js';
import { chevronDownIcon } from '../icon/icons.js';
import { BfHelpOption, type HelpDefaults } from './help-option.js';
import type { CallbackHandler, CallbackKnown, CallbackTimeSlot, HelpLocation } from './model.js';
import { helpStrings } from './help.strings.js';
import { helpStyles } from './help.styles.js';

/** How the help opens: in the page under its heading, or in a modal dialog. */
export const helpPanels = ['inline', 'dialog'] as const;
export type HelpPanel = (typeof helpPanels)[number];

/**
 * @summary The help entry a site shows in the same place on every page ("Need help?"): it opens
 * the ways to get help from a person or the digital assistant, in the order the agency chooses.
 *
 * @tag bf-help
 *
 * @slot - The options: `<bf-help-option>` elements, in the order they are shown, and any text
 *   before them. Without options, the element shows those its attributes and properties give
 *   (call, call back, assistant, finder, appointment).
 * @slot channels - Without `<bf-help-option>` children: a `<bf-alternative-channels>` block,
 *   shown last.
 *
 * @csspart base - The box around the entry and the panel.
 * @csspart heading - The heading that holds the entry button (inline panel).
 * @csspart entry - The button that opens the help.
 * @csspart panel - The box with the options.
 * @csspart dialog - The `<bf-dialog>` (dialog panel).
 *
 * @cssprop --bf-help-bg - Background of the help box.
 * @cssprop --bf-help-fg - Text colour.
 * @cssprop --bf-help-border - Colour of the box's border.
 * @cssprop --bf-help-border-width - Width of the box's border.
 * @cssprop --bf-help-entry-fg - Colour of the entry button's text.
 * @cssprop --bf-help-entry-bg-hover - Background of the entry button under the pointer.
 * @cssprop --bf-help-entry-size - Text size of the entry.
 * @cssprop --bf-help-padding - Space inside the box.
 */
export class BfHelp extends BelfryElement implements HelpDefaults {
  static override styles: CSSResultGroup = [BelfryElement.styles, disclosureStyles, helpStyles];
  static override dependencies = {
    'bf-dialog': BfDialog,
    'bf-help-option': BfHelpOption,
    'bf-icon': BfIcon,
  };
  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { attribute: 'heading-level', reflect: true },
    panel: { reflect: true, useDefault: true },
    open: { type: Boolean, reflect: true, useDefault: true },
    phone: {},
    hours: {},
    closures: {},
    now: { attribute: false },
    appointmentHref: { attribute: 'appointment-href' },
    assistant: { type: Boolean },
    requestCallback: { attribute: false },
    locations: { attribute: false },
    timeSlots: { attribute: false },
    known: { attribute: false },
    hasOptions: { state: true },
  };

  private readonly t = new LocalizeController(this, helpStrings);
  private readonly disclosure = new DisclosureController(this);

  /** Replaces the built-in heading, "Need help?" in the page's language. Plain text. */
  heading = '';

  /** The level of the heading, 2 to 6 (default 2); options get the level below. Reflected. */
  headingLevel?: string | number | undefined;

  /** `inline` (default): the help opens in the page under its heading. `dialog`: in a modal dialog. */
  panel: HelpPanel = 'inline';

  /** Whether the help is open. Reflected. */
  open = false;

  /** The phone number to call: shown as a "Call us" option with a `tel:` link. */
  phone = '';

  /** The opening hours of the phone line, e.g. `Mo-Fr 08:30-16:30`. */
  hours = '';

  /** Days the phone line is closed besides public holidays: ISO dates or ranges, comma-separated. */
  closures = '';

  /** The time the open-now state is shown for, for previews and tests; the real clock when unset. */
  now: Date | number | undefined;

  /** The page where citizens book an appointment: shown as a "Make an appointment" option. */
  appointmentHref = '';

  /** Shows the digital assistant option; listen to `bf-help-assistant` to open your assistant. */
  assistant = false;

  /**
   * Sends a call-back request, e.g. with `fetch`, and resolves with `{ reference }`; rejects when
   * it fails. Setting it shows the "Ask us to call you back" option.
   */
  requestCallback: CallbackHandler | undefined;

  /** The digital helpers and counters to search by postal code. Setting it shows the finder. */
  locations: readonly HelpLocation[] | undefined;

  /** The time slots the call-back form offers. Default: any time, morning, afternoon. */
  timeSlots: readonly CallbackTimeSlot[] | undefined;

  /**
   * What the service already knows about the signed-in citizen, so that the call-back form starts
   * with it: `{ name, phone, language }`, each detail as text or as `{ value, source }`, e.g.
   * `{ name: { value: 'An Peeters', source: 'national-register' }, phone: '0470 12 34 56',
   * language: 'fr' }`. The citizen can change every detail. A part that cannot be used is left
   * out, with a warning in development. A property only (a JavaScript object, never HTML);
   * `<bf-help-option kind="callback">` children use it unless they have their own.
   */
  known: CallbackKnown | undefined;

  /** Whether `<bf-help-option>` children give the options (else the attributes do). */
  private hasOptions = false;

  /** Opens the help. */
  show(): void {
    this.disclosure.toggle(true, 'script');
  }

  /** Closes the help. */
  hide(): void {
    this.disclosure.toggle(false, 'script');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A server-rendered help first hydrates what the server drew (it could not see the
    // children); the slot's first `slotchange` then brings the children in.
    if (!this.shadowRoot) this.syncOptions();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      devMode &&
      changed.has('panel') &&
      !(helpPanels as readonly string[]).includes(this.panel)
    ) {
      this.warn('panel', `panel="${String(this.panel)}" is not inline or dialog; inline is used.`);
    }
    if (changed.has('headingLevel') && this.headingLevel !== undefined) {
      headingLevel(this.headingLevel, 2, this.localName);
    }
  }

  protected override firstUpdated(): void {
    this.syncOptions();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Options written as children read the shared settings from here: tell them.
    const shared = [
      'phone',
      'hours',
      'appointmentHref',
      'requestCallback',
      'locations',
      'known',
      'headingLevel',
    ];
    if (this.hasOptions && shared.some((name) => changed.has(name as keyof BfHelp))) {
      for (const option of this.querySelectorAll('bf-help-option')) option.requestUpdate();
    }
  }

  private get level() {
    return headingLevel(this.headingLevel, 2);
  }

  protected override render() {
    const own = this.heading.trim();
    const title = own || this.t.term('heading');
    const titleLang = own ? nothing : (this.t.textLang ?? nothing);
    if (this.panel === 'dialog') {
      return html`<div part="base" class="help help--dialog">
        <button
          part="entry"
          class="button focus-ring"
          type="button"
          aria-haspopup="dialog"
          aria-expanded=${this.open ? 'true' : 'false'}
          lang=${titleLang}
          @click=${() => this.disclosure.toggle(true)}
        >
          <span class="text">${title}</span>
        </button>
        <bf-dialog
          part="dialog"
          heading=${title}
          heading-level=${this.level}
          ?open=${this.open}
          @bf-dialog-close=${this.dialogClosed}
        >
          <div class="options">${this.renderChoices()}</div>
        </bf-dialog>
      </div>`;
    }
    const entry = html`<button
      part="entry"
      class="button focus-ring"
      type="button"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-controls="panel"
      @click=${() => this.disclosure.toggle()}
    >
      <span class="text" lang=${titleLang}>${title}</span
      ><bf-icon class="icon" .icon=${chevronDownIcon}></bf-icon>
    </button>`;
    return html`<div part="base" class="help">
      ${renderHeading(this.level, entry, { part: 'heading', className: 'heading' })}
      <div
        part="panel"
        class="panel options"
        id="panel"
        hidden=${this.disclosure.hidden}
        @beforematch=${this.disclosure.reveal}
      >
        ${this.renderChoices()}
      </div>
    </div>`;
  }

  private readonly dialogClosed = (event: Event): void => {
    // Only the dialog's own event; one from a dialog inside an option bubbles through too.
    if (event.target === event.currentTarget) this.open = false;
  };

  private renderChoices(): TemplateResult {
    // One template whatever the options, so that a server's render (which cannot see the
    // children, and draws the options the attributes give) hydrates as it is.
    const implicit = !this.hasOptions;
    const level = Math.min(this.level + 1, 6);
    return html`<slot @slotchange=${this.syncOptions}></slot>
      ${
        implicit && this.phone
          ? html`<bf-help-option
              kind="call"
              heading-level=${level}
              phone=${this.phone}
              hours=${this.hours}
              closures=${this.closures}
              .now=${this.now}
            ></bf-help-option>`
          : nothing
      }
      ${
        implicit && this.requestCallback
          ? html`<bf-help-option
              kind="callback"
              heading-level=${level}
              .requestCallback=${this.requestCallback}
              .timeSlots=${this.timeSlots}
              .known=${this.known}
            ></bf-help-option>`
          : nothing
      }
      ${
        implicit && this.assistant
          ? html`<bf-help-option kind="assistant" heading-level=${level}></bf-help-option>`
          : nothing
      }
      ${
        implicit && Array.isArray(this.locations) && this.locations.length
          ? html`<bf-help-option
              kind="finder"
              heading-level=${level}
              .locations=${this.locations}
            ></bf-help-option>`
          : nothing
      }
      ${
        implicit && this.appointmentHref
          ? html`<bf-help-option
              kind="appointment"
              heading-level=${level}
              href=${this.appointmentHref}
            ></bf-help-option>`
          : nothing
      }
      <slot name="channels"></slot>`;
  }

  private readonly syncOptions = (): void => {
    this.hasOptions = this.querySelector(':scope > bf-help-option') !== null;
  };
}
