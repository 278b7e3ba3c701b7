import {
  html,
  isServer,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {
  announce,
  BelfryElement,
  devMode,
  formatPhoneNumber,
  headingLevel,
  LocalizeController,
  OpeningHoursController,
  renderHeading,
  safeUrl,
  validatePhoneNumber,
  validatePostalCode,
  validationMessage,
  type FieldValidator,
  type HeadingLevel,
  type Locale,
  phoneLink,
} from '@belfry/core';
import { BfAlert } from '../alert/alert.js';
import { BfButton } from '../button/button.js';
import { BfErrorSummary } from '../error-summary/error-summary.js';
import { BfIcon } from '../icon/icon.js';
import { calendarIcon, locationIcon, personIcon, phoneIcon } from '../icon/icons.js';
import { BfLink } from '../link/link.js';
import { BfRadio } from '../radio/radio.js';
import { BfRadioGroup } from '../radio-group/radio-group.js';
import { BfSelect } from '../select/select.js';
import { BfTextField } from '../text-field/text-field.js';
import { BfTextarea } from '../textarea/textarea.js';
import {
  nearestLocations,
  usableCallbackKnown,
  type CallbackHandler,
  type CallbackKnown,
  type CallbackRequest,
  type CallbackTimeSlot,
  type HelpCloseness,
  type HelpLocation,
  type HelpMatch,
} from './model.js';
import { helpStrings, type HelpStrings } from './help.strings.js';
import { optionStyles } from './help.styles.js';

/** The kinds of help an option offers. */
export const helpOptionKinds = [
  'call',
  'callback',
  'assistant',
  'finder',
  'appointment',
  'channels',
] as const;
export type HelpOptionKind = (typeof helpOptionKinds)[number];

/** The detail of `bf-help-assistant`. */
export interface HelpAssistantDetail {
  /** The page's language: start the assistant in it. */
  language: Locale;
}

declare global {
  interface BelfryEventDetails {
    'bf-help-assistant': HelpAssistantDetail;
  }
}

/** Where the call-back form is: being filled in, being sent, refused, or sent. */
export type CallbackState = 'editing' | 'sending' | 'failed' | 'offline' | 'sent';

/** The languages a call can be in, each named in itself. */
const languageNames: Readonly<Record<Locale, string>> = {
  nl: 'Nederlands',
  fr: 'Français',
  de: 'Deutsch',
  en: 'English',
};

const closenessKeys: Readonly<Record<HelpCloseness, keyof HelpStrings & string>> = {
  'postal-code': 'closenessPostalCode',
  municipality: 'closenessMunicipality',
  area: 'closenessArea',
  region: 'closenessRegion',
};

/**
 * Core's Belgian checks, given to the fields directly: the field presets are an import of their
 * own (docs/decisions/0024) that a page with a help widget should not need.
 */
const check =
  (validate: (value: string) => ReturnType<typeof validatePhoneNumber>): FieldValidator =>
  (value, { locale }) =>
    value.trim() ? validationMessage(validate(value), locale) || undefined : undefined;
const phoneCheck: readonly FieldValidator[] = [check(validatePhoneNumber)];
const postalCodeCheck: readonly FieldValidator[] = [check(validatePostalCode)];

/** The `tel:` link of a phone number (core's `phoneLink`, as the alternative channels use). */
export function telHref(phone: string): string | undefined {
  return phoneLink(phone).href;
}

/**
 * @summary One way to get help inside a `<bf-help>`: call us, ask to be called back, the digital
 * assistant, a digital helper or counter nearby, an appointment, or the other channels. Options
 * show in the order they are written.
 *
 * @tag bf-help-option
 *
 * @slot - More about this option, written in the page (a paragraph, a link); shown after the
 *   option's own content, readable without the script. For `kind="channels"`: the
 *   `<bf-alternative-channels>` block.
 *
 * @csspart heading - The option's heading.
 * @csspart body - The box under the heading.
 * @csspart phone - The phone number link (`call`).
 * @csspart form - The call-back form or the postal-code search.
 * @csspart confirmation - The confirmation with the reference number, once a call back is asked.
 * @csspart results - The list of places found (`finder`).
 *
 * @cssprop --bf-help-option-border - Colour of the line between options.
 * @cssprop --bf-help-option-gap - Space between options.
 * @cssprop --bf-help-heading-size - Text size of an option's heading.
 * @cssprop --bf-help-icon-fg - Colour of an option's icon.
 * @cssprop --bf-help-muted-fg - Colour of secondary text (a place's kind and closeness).
 * @cssprop --bf-help-open-fg - Colour of "Open now" beside the phone number.
 * @cssprop --bf-help-confirmation-border - Border colour of the call-back confirmation.
 * @cssprop --bf-help-confirmation-bg - Background of the call-back confirmation.
 *
 * @fires bf-help-assistant - The citizen starts the digital assistant, with `{ language }`. Open your assistant on it; the option shows a hand-over message and the other options stay.
 */
export class BfHelpOption extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, optionStyles];
  static override dependencies = {
    'bf-alert': BfAlert,
    'bf-button': BfButton,
    'bf-error-summary': BfErrorSummary,
    'bf-icon': BfIcon,
    'bf-link': BfLink,
    'bf-radio': BfRadio,
    'bf-radio-group': BfRadioGroup,
    'bf-select': BfSelect,
    'bf-text-field': BfTextField,
    'bf-textarea': BfTextarea,
  };
  static override properties: PropertyDeclarations = {
    kind: { reflect: true },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    phone: {},
    hours: {},
    closures: {},
    now: { attribute: false },
    href: {},
    requestCallback: { attribute: false },
    locations: { attribute: false },
    timeSlots: { attribute: false },
    known: { attribute: false },
    callbackState: { state: true },
    reference: { state: true },
    handedOver: { state: true },
    found: { state: true },
    searchedCode: { state: true },
  };

  private readonly t = new LocalizeController(this, helpStrings);
  // Core's opening hours: parsed, in Brussels time, updated while the page stays open.
  private readonly openingHours = new OpeningHoursController(this, {
    hours: () => (this.effectiveKind === 'call' ? this.effectiveHours : ''),
    closures: () => this.closures || this.help?.closures || undefined,
    now: () => this.now ?? this.help?.now,
  });

  /** Which help this option offers: `call`, `callback`, `assistant`, `finder`, `appointment` or `channels`. */
  kind: HelpOptionKind = 'call';

  /** Replaces the option's built-in heading. Plain text. */
  heading = '';

  /** The level of the option's heading, 2 to 6: one below the `<bf-help>`'s heading unless set. */
  headingLevel?: string | number | undefined;

  /** `call`: the phone number (`02 222 22 22` or `+3222222222`), shown and dialled. Default: the `<bf-help>`'s. */
  phone = '';

  /** `call`: the opening hours, e.g. `Mo-Fr 08:30-16:30`. Default: the `<bf-help>`'s. */
  hours = '';

  /**
   * `call`: days the line is closed on top of its hours and the public holidays: ISO dates or
   * ranges (`2026-12-24/2027-01-01`), separated by commas. Default: the `<bf-help>`'s.
   */
  closures = '';

  /** The time the open-now state is shown for, for previews and tests; the real clock when unset. */
  now: Date | number | undefined;

  /** `appointment`: the page where citizens book an appointment. Default: the `<bf-help>`'s `appointment-href`. */
  href = '';

  /** `callback`: sends the request and resolves with its reference. Default: the `<bf-help>`'s. */
  requestCallback: CallbackHandler | undefined;

  /** `finder`: the digital helpers and counters to search. Default: the `<bf-help>`'s `locations`. */
  locations: readonly HelpLocation[] | undefined;

  /** `callback`: the time slots offered. Default: any time, morning, afternoon. */
  timeSlots: readonly CallbackTimeSlot[] | undefined;

  /**
   * `callback`: what the service already knows about the signed-in citizen, so that they need
   * not type it again: `{ name, phone, language }`, each detail as text or as
   * `{ value, source }`. Name and phone are the fields' known values with their `source` (a
   * `knownSources` keyword or text), shown as text when `@belfry/components/known-values` is
   * loaded; the language is proposed over the page's. The citizen can change each, and what they
   * change is kept. A part that cannot be used is left out, with a warning in development. A
   * property only (a JavaScript object, never HTML). Default: the `<bf-help>`'s.
   */
  known: CallbackKnown | undefined;

  /** Where the call-back form is. */
  callbackState: CallbackState = 'editing';

  /** The reference number of the call back asked for, once sent. */
  reference = '';

  private handedOver = false;
  private found: HelpMatch[] = [];
  private searchedCode = '';
  /** The page's language when the call-back form first showed. */
  private pageLanguage: Locale | undefined;
  /**
   * The language the call-back form proposes: the citizen's known one, else the page's. Fixed
   * once they choose: a radio checked by default would take their choice away.
   */
  private proposedLanguage: Locale | undefined;
  private languageChosen = false;
  /** The level a server rendered, kept while hydrating: see `level`. */
  private serverLevel: HeadingLevel | undefined;
  /** The phone number the citizen gave, for the confirmation. */
  private sentPhone = '';

  /** The `<bf-help>` this option belongs to, when it is written inside one. */
  private get help(): (HTMLElement & Partial<HelpDefaults>) | null {
    return isServer ? null : this.closest('bf-help');
  }

  private get effectivePhone(): string {
    return (this.phone || this.help?.phone || '').trim();
  }

  private get effectiveHours(): string {
    return (this.hours || this.help?.hours || '').trim();
  }

  private get effectiveHref(): string {
    return (this.href || this.help?.appointmentHref || '').trim();
  }

  private get handler(): CallbackHandler | undefined {
    const handler = this.requestCallback ?? this.help?.requestCallback;
    return typeof handler === 'function' ? handler : undefined;
  }

  private get effectiveLocations(): readonly HelpLocation[] {
    const locations = this.locations ?? this.help?.locations;
    return Array.isArray(locations) ? locations : [];
  }

  private get effectiveKind(): HelpOptionKind {
    return (helpOptionKinds as readonly string[]).includes(this.kind) ? this.kind : 'call';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && !isServer) {
      const served = this.shadowRoot?.querySelector('h2, h3, h4, h5, h6')?.localName;
      if (served) this.serverLevel = Number(served.slice(1)) as HeadingLevel;
    }
  }

  /**
   * The heading's level: its own `heading-level`, else one below its help's, else 3. A server
   * cannot see the help around an option and renders 3; the browser keeps what the server
   * rendered rather than break the page's hydration.
   */
  private get level(): HeadingLevel {
    const own = this.headingLevel;
    if (own !== undefined && own !== null && own !== '') {
      return headingLevel(own, 3, this.localName);
    }
    if (this.serverLevel) return this.serverLevel;
    const helpLevel = Number(this.help?.getAttribute('heading-level') ?? 2);
    const below = Number.isInteger(helpLevel) && helpLevel >= 2 && helpLevel <= 5 ? helpLevel : 2;
    return (below + 1) as HeadingLevel;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!devMode || !(changed.has('kind') || !this.hasUpdated)) return;
    if (!(helpOptionKinds as readonly string[]).includes(this.kind)) {
      this.warn(
        'kind',
        `kind="${String(this.kind)}" is not one of ${helpOptionKinds.join(', ')}; "call" is used.`,
      );
    }
  }

  protected override render() {
    switch (this.effectiveKind) {
      case 'callback':
        return this.renderCallback();
      case 'assistant':
        return this.renderAssistant();
      case 'finder':
        return this.renderFinder();
      case 'appointment':
        return this.renderAppointment();
      case 'channels':
        return html`${this.heading.trim() ? this.renderTitle(this.heading) : nothing}<slot></slot>`;
      default:
        return this.renderCall();
    }
  }

  private renderTitle(text: string, icon?: typeof phoneIcon): TemplateResult {
    const content = html`${icon ? html`<bf-icon class="icon" .icon=${icon}></bf-icon>` : nothing}<span
        lang=${this.heading.trim() ? nothing : (this.t.textLang ?? nothing)}
        >${text}</span
      >`;
    return renderHeading(this.level, content, { part: 'heading', className: 'heading' });
  }

  private renderCall(): TemplateResult {
    const phone = this.effectivePhone;
    const href = phone ? telHref(phone) : undefined;
    if (devMode && !phone) this.warn('phone', 'kind="call" has no phone number to show.');
    else if (devMode && !href)
      this.warn(
        'tel',
        `phone="${phone}" is not a number that can be dialled; it is shown as text.`,
      );
    return html`${this.renderTitle(this.heading.trim() || this.t.term('callHeading'), phoneIcon)}
      <div part="body" class="body">
        ${
          phone
            ? html`<p class="phone">
                <span class="visually-hidden">${this.t.term('callNumber')} </span>${
                  href
                    ? html`<bf-link part="phone"
                        ><a href=${href}>${formatPhoneNumber(phone)}</a></bf-link
                      >`
                    : html`<span part="phone">${phone}</span>`
                }
              </p>`
            : nothing
        }
        ${this.openingHours.renderStatus()} ${this.openingHours.renderWeek()}
        <slot></slot>
      </div>`;
  }

  private renderAppointment(): TemplateResult {
    const given = this.effectiveHref;
    const href = given ? safeUrl(given) : undefined;
    if (devMode && !href) {
      this.warn(
        'href',
        given
          ? `href="${given}" is not a safe URL; no link is shown.`
          : 'kind="appointment" has no href.',
      );
    }
    return html`${this.renderTitle(this.heading.trim() || this.t.term('appointmentHeading'), calendarIcon)}
      <div part="body" class="body">
        ${
          href
            ? html`<p>
                <bf-link><a href=${href}>${this.t.term('appointmentLink')}</a></bf-link>
              </p>`
            : nothing
        }
        <slot></slot>
      </div>`;
  }

  private renderAssistant(): TemplateResult {
    return html`${this.renderTitle(this.heading.trim() || this.t.term('assistantHeading'))}
      <div part="body" class="body">
        <p>${this.t.term('assistantText')}</p>
        <slot></slot>
        <bf-button variant="secondary" @click=${this.startAssistant}
          >${this.t.term('assistantStart')}</bf-button
        >
        ${this.handedOver ? html`<p class="handover">${this.t.term('assistantHandover')}</p>` : nothing}
      </div>`;
  }

  private readonly startAssistant = (): void => {
    this.emit('bf-help-assistant', { language: this.t.locale });
    this.handedOver = true;
    void announce(this.t.term('assistantHandover'), { lang: this.t.textLang });
  };

  private renderFinder(): TemplateResult {
    const code = this.searchedCode;
    return html`${this.renderTitle(this.heading.trim() || this.t.term('finderHeading'), locationIcon)}
      <div part="body" class="body">
        <p>${this.t.term('finderText')}</p>
        <slot></slot>
        <form part="form" class="search" novalidate @submit=${this.search}>
          <bf-text-field
            label=${this.t.term('postalCodeLabel')}
            name="postal-code"
            width="postcode"
            inputmode="numeric"
            .validators=${postalCodeCheck}
            autocomplete="postal-code"
            required
          ></bf-text-field>
          <bf-button type="submit" variant="secondary">${this.t.term('search')}</bf-button>
        </form>
        ${
          code
            ? html`<p class="count" id="count">
                  ${
                    this.found.length
                      ? this.t.term('results', { count: this.found.length, postalCode: code })
                      : this.t.term('noResults', { postalCode: code })
                  }
                </p>
                ${
                  this.found.length
                    ? html`<ul part="results" class="results" aria-labelledby="count">
                        ${this.found.map((match) => this.renderPlace(match))}
                      </ul>`
                    : nothing
                }`
            : nothing
        }
      </div>`;
  }

  private renderPlace({ location, closeness }: HelpMatch): TemplateResult {
    const name = String(location.name ?? '');
    const phone = typeof location.phone === 'string' ? location.phone.trim() : '';
    const tel = phone ? telHref(phone) : undefined;
    const page = typeof location.href === 'string' ? safeUrl(location.href) : undefined;
    const town = [location.postalCode, location.municipality].filter(Boolean).join(' ');
    return html`<li class="place">
      <p class="place-name"><strong>${name}</strong></p>
      <p class="muted">
        ${this.t.term(location.kind === 'counter' ? 'kindCounter' : 'kindHelper')} ·
        ${this.t.term(closenessKeys[closeness])}
      </p>
      <p>${location.address ? html`${location.address}<br />` : nothing}${town}</p>
      ${location.hours ? html`<p>${location.hours}</p>` : nothing}
      ${
        tel
          ? html`<p>
              <span class="visually-hidden">${this.t.term('callNumber')} </span
              ><bf-link><a href=${tel}>${formatPhoneNumber(phone)}</a></bf-link>
            </p>`
          : nothing
      }
      ${
        page
          ? html`<p>
              <bf-link><a href=${page}>${this.t.term('moreAbout', { name })}</a></bf-link>
            </p>`
          : nothing
      }
    </li>`;
  }

  private readonly search = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const field = form.querySelector('bf-text-field');
    if (!field?.reportValidity()) return;
    const result = validatePostalCode(field.value);
    if (!result.valid) return;
    this.searchedCode = result.value;
    this.found = nearestLocations(this.effectiveLocations, result.value);
    const message = this.found.length
      ? this.t.term('results', { count: this.found.length, postalCode: result.value })
      : this.t.term('noResults', { postalCode: result.value });
    void announce(message, { lang: this.t.textLang });
  };

  private renderCallback(): TemplateResult {
    const title = this.renderTitle(
      this.heading.trim() || this.t.term('callbackHeading'),
      personIcon,
    );
    if (!this.handler) {
      if (devMode)
        this.warn(
          'handler',
          'kind="callback" has no requestCallback handler: the form is not shown.',
        );
      return html`${title}
        <div part="body" class="body">
          <p>${this.t.term('callbackUnavailable')}</p>
          <slot></slot>
        </div>`;
    }
    if (this.callbackState === 'sent') {
      return html`${title}
        <div part="body" class="body">
          <section part="confirmation" class="confirmation" tabindex="-1" aria-labelledby="sent">
            ${renderHeading(
              Math.min(this.level + 1, 6) as HeadingLevel,
              this.t.term('sentHeading'),
              { className: 'confirmation-heading', id: 'sent' },
            )}
            <p>
              ${this.t.term('sentReference')} <strong class="reference">${this.reference}</strong>
            </p>
            <p>${this.t.term('sentText', { phone: this.sentPhone })}</p>
          </section>
        </div>`;
    }
    const known = usableCallbackKnown(this.known ?? this.help?.known, (message) =>
      this.warn(message, message),
    );
    this.pageLanguage ??= this.t.locale;
    if (!this.languageChosen) this.proposedLanguage = known.language ?? this.pageLanguage;
    const slots = this.slotChoices;
    const problem = this.callbackState === 'failed' || this.callbackState === 'offline';
    return html`${title}
      <div part="body" class="body">
        <p>${this.t.term('callbackIntro')}</p>
        <slot></slot>
        <form part="form" class="callback" @submit=${this.submitCallback}>
          <bf-error-summary heading-level=${Math.min(this.level + 1, 6)}></bf-error-summary>
          <bf-text-field
            label=${this.t.term('nameLabel')}
            name="name"
            autocomplete="name"
            value=${known.name?.value ?? nothing}
            source=${known.name?.source || nothing}
            required
          ></bf-text-field>
          <bf-text-field
            label=${this.t.term('phoneLabel')}
            hint=${this.t.term('phoneHint')}
            name="phone"
            type="tel"
            width="20"
            .validators=${phoneCheck}
            autocomplete="tel"
            value=${known.phone?.value ?? nothing}
            source=${known.phone?.source || nothing}
            required
          ></bf-text-field>
          <bf-radio-group
            label=${this.t.term('languageLabel')}
            name="language"
            required
            @change=${() => (this.languageChosen = true)}
          >
            ${(Object.keys(languageNames) as Locale[]).map(
              (language) =>
                html`<bf-radio value=${language} ?checked=${language === this.proposedLanguage}
                  ><span lang=${language}>${languageNames[language]}</span></bf-radio
                >`,
            )}
          </bf-radio-group>
          <bf-select label=${this.t.term('slotLabel')} name="time-slot" required>
            ${slots.map(
              (slot, index) =>
                html`<option value=${slot.value} ?selected=${index === 0}>${slot.label}</option>`,
            )}
          </bf-select>
          <bf-textarea
            label=${this.t.term('topicLabel')}
            hint=${this.t.term('topicHint')}
            name="topic"
            maxlength="200"
            rows="3"
          ></bf-textarea>
          ${
            problem
              ? html`<bf-alert
                  variant="error"
                  heading=${this.t.term('failedHeading')}
                  announce="off"
                  ><p>
                    ${this.t.term(this.callbackState === 'offline' ? 'offlineText' : 'failedText')}
                  </p></bf-alert
                >`
              : nothing
          }
          <bf-button type="submit" ?loading=${this.callbackState === 'sending'}
            >${this.t.term(problem ? 'retry' : 'send')}</bf-button
          >
        </form>
      </div>`;
  }

  /** The host's time slots when it gives usable ones, else any time, morning and afternoon. */
  private get slotChoices(): CallbackTimeSlot[] {
    const given = Array.isArray(this.timeSlots)
      ? this.timeSlots.filter(
          (slot) =>
            typeof slot?.value === 'string' &&
            slot.value !== '' &&
            typeof slot.label === 'string' &&
            slot.label.trim() !== '',
        )
      : [];
    if (given.length) return given;
    return [
      { value: 'any', label: this.t.term('slotAny') },
      { value: 'morning', label: this.t.term('slotMorning') },
      { value: 'afternoon', label: this.t.term('slotAfternoon') },
    ];
  }

  private readonly submitCallback = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    // One request at a time: a second Enter or click while sending does nothing.
    if (this.callbackState === 'sending' || this.callbackState === 'sent') return;
    const handler = this.handler;
    if (!handler) return;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const phone = validatePhoneNumber(text('phone'));
    const language = text('language');
    const request: CallbackRequest = {
      name: text('name'),
      phone: phone.valid ? phone.value : text('phone'),
      language: language in languageNames ? (language as Locale) : this.t.locale,
      timeSlot: text('time-slot'),
      topic: text('topic'),
    };
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      this.fail('offline');
      return;
    }
    this.callbackState = 'sending';
    try {
      const result = await handler(request);
      const reference = typeof result?.reference === 'string' ? result.reference.trim() : '';
      if (!reference) {
        if (devMode)
          this.warn(
            'reference',
            'requestCallback resolved without a reference; shown as a failure.',
          );
        throw new Error('no reference');
      }
      this.reference = reference;
      this.sentPhone = phone.valid ? phone.formatted : request.phone;
      this.callbackState = 'sent';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="confirmation"]')?.focus();
    } catch {
      this.fail(
        typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'failed',
      );
    }
  };

  /** The request did not go: say so, keep every answer, and offer to try again. */
  private fail(state: 'failed' | 'offline'): void {
    this.callbackState = state;
    const message = `${this.t.term('failedHeading')}. ${this.t.term(state === 'offline' ? 'offlineText' : 'failedText')}`;
    void announce(message, { politeness: 'assertive', lang: this.t.textLang });
  }
}

/** What an option takes from the `<bf-help>` around it when it sets none of its own. */
export interface HelpDefaults {
  phone: string;
  hours: string;
  closures: string;
  now: Date | number | undefined;
  appointmentHref: string;
  requestCallback: CallbackHandler | undefined;
  locations: readonly HelpLocation[] | undefined;
  known: CallbackKnown | undefined;
}
