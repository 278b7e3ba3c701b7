import {
  html,
  isServer,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import {
  BelfryElement,
  devMode,
  headingLevel,
  intlLocales,
  LocalizeController,
  OpeningHoursController,
  renderHeading,
  safeUrl,
  type HeadingLevel,
  phoneLink,
  type PhoneLink,
} from '@belfry/core';
import {
  atIcon,
  clockIcon,
  hearingLoopIcon,
  locationIcon,
  mailIcon,
  phoneIcon,
  stepFreeIcon,
} from '../icon/icons.js';
import { inlineIcon } from '../icon/inline-icon.js';
import { channelStyles } from './alternative-channels.styles.js';
import { channelStrings } from './alternative-channels.strings.js';

export const channelKinds = ['phone', 'post', 'office', 'email'] as const;
export type ChannelKind = (typeof channelKinds)[number];
export const channelCosts = ['free', 'normal'] as const;
export type ChannelCost = (typeof channelCosts)[number];

const kindIcons: Record<ChannelKind, ReturnType<typeof inlineIcon>> = {
  phone: inlineIcon(phoneIcon),
  post: inlineIcon(mailIcon),
  office: inlineIcon(locationIcon),
  email: inlineIcon(atIcon),
};
const clockDrawing = inlineIcon(clockIcon);
const stepFreeDrawing = inlineIcon(stepFreeIcon);
const hearingLoopDrawing = inlineIcon(hearingLoopIcon);

const emailAddress = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;
const levels = /^[2-6]$/;

/** What a `value` becomes: the text shown and the link it makes, if any. */
/** A phone number as a `tel:` link: core's `phoneLink`, the one the help uses too. */
export const phoneValue = phoneLink;

/**
 * @summary One way to reach a service without going online: a phone number, a postal address,
 * a counter or an e-mail address, with its opening hours, in a `<bf-alternative-channels>`.
 *
 * @tag bf-channel
 *
 * @slot - What to know: what to send, what to bring, what the call is for. Paragraphs, lists and
 * links written in the page: readable before and without JavaScript, and printed.
 * @slot address - The postal or visiting address, written the Belgian way in an `<address>`:
 * name, street and number, postal code and municipality, each on its own line.
 * @slot appointment - A link to book an appointment (`<a slot="appointment" href="…">`).
 *
 * @csspart base - The box around the channel.
 * @csspart heading - The channel's title ("By phone"), a heading.
 * @csspart icon - The drawing beside the title (hidden from screen readers).
 * @csspart value - The phone number or e-mail address, a link.
 * @csspart facts - The cost, the languages spoken, "by appointment only".
 * @csspart opening-status - "Open now — closes at 16:30".
 * @csspart opening-hours - The weekly opening hours.
 * @csspart access - The list of physical access features of an office.
 * @csspart details - The box around the page's own details.
 *
 * @cssprop --bf-channel-fg - Text colour.
 * @cssprop --bf-channel-icon - Colour of the drawings.
 * @cssprop --bf-channel-value-fg - Colour of the phone number or e-mail link.
 * @cssprop --bf-channel-open-fg - Colour of "Open now".
 * @cssprop --bf-channel-gap - Space between the parts of a channel.
 * @cssprop --bf-channel-heading-size - Text size of the channel's title.
 */
export class BfChannel extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, channelStyles];
  static override properties: PropertyDeclarations = {
    kind: { reflect: true },
    value: {},
    label: {},
    hours: {},
    closures: {},
    openOnHolidays: { attribute: 'open-on-holidays' },
    cost: {},
    languages: {},
    byAppointment: { type: Boolean, attribute: 'by-appointment' },
    stepFree: { type: Boolean, attribute: 'step-free' },
    inductionLoop: { type: Boolean, attribute: 'induction-loop' },
    headingLevel: { attribute: 'heading-level' },
    now: { attribute: false },
  };

  /** The kind of channel: `phone`, `post`, `office` or `email`. */
  kind: ChannelKind | string = 'phone';

  /**
   * The phone number (`02 222 22 22`, `+32 2 222 22 22`) or e-mail address, shown as a link.
   * Not used by `post` and `office`: write their address in the `address` slot.
   */
  value = '';

  /** A title of your own instead of the kind's ("Contact centre" instead of "By phone"). */
  label = '';

  /**
   * When it is open, in compact form: `Mo-Fr 08:30-12:00,13:00-16:30; Sa 09:00-12:00`. Shown
   * as weekly hours in the page's language, with "Open now — closes at 16:30" computed in
   * Brussels time. Belgium's public holidays are closed unless `open-on-holidays` says
   * otherwise. Text that cannot be read is shown as written.
   */
  hours = '';

  /** Days closed on top of the hours: `2026-12-24, 2026-12-28/2026-12-31`. */
  closures = '';

  /**
   * Public holidays on which it opens as usual: `easter-monday whit-monday`, or `all`. Names:
   * new-year, easter-monday, labour-day, ascension, whit-monday, national-day, assumption,
   * all-saints, armistice, christmas.
   */
  openOnHolidays = '';

  /** For a phone number: `free` ("Free number") or `normal` ("Normal call rate"). */
  cost: ChannelCost | '' | string = '';

  /** The languages spoken, as language codes: `nl fr de en`. Named in the page's language. */
  languages = '';

  /** For an office: it sees people only by appointment (link in the `appointment` slot). */
  byAppointment = false;

  /** For an office: the entrance and the counter can be reached without steps. */
  stepFree = false;

  /** For an office: the counter has an induction loop for hearing aids. */
  inductionLoop = false;

  /**
   * The level of the title, 2 to 6. Without it, one below the heading of the surrounding
   * `<bf-alternative-channels>`, else 3.
   */
  headingLevel?: string | number | undefined;

  /**
   * The moment the open-now state is computed for: leave unset for the real time. For previews,
   * documentation and tests; with a fixed moment the state never changes.
   */
  now: Date | undefined;

  private readonly t = new LocalizeController(this, channelStrings);
  private readonly openingHours = new OpeningHoursController(this, {
    hours: () => this.hours,
    closures: () => this.closures,
    openOnHolidays: () => this.openOnHolidays,
    now: () => this.now,
  });

  /** The level a server rendered, kept while hydrating (a server cannot see the block around). */
  private serverLevel: HeadingLevel | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && !isServer) {
      const served = this.shadowRoot?.querySelector('h2, h3, h4, h5, h6')?.localName;
      if (served) this.serverLevel = Number(served.slice(1)) as HeadingLevel;
    }
  }

  private get channelKind(): ChannelKind {
    return (channelKinds as readonly string[]).includes(this.kind)
      ? (this.kind as ChannelKind)
      : 'phone';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!devMode) return;
    const first = !this.hasUpdated;
    if (
      (first || changed.has('kind')) &&
      !(channelKinds as readonly string[]).includes(this.kind)
    ) {
      this.warn('kind', `kind="${this.kind}" is not phone, post, office or email; phone is used.`);
    }
    if (first || changed.has('value') || changed.has('kind')) {
      const kind = this.channelKind;
      if ((kind === 'phone' || kind === 'email') && !this.channelValue()?.href) {
        this.warn(
          'value',
          this.value.trim()
            ? `value="${this.value}" is not a ${kind === 'phone' ? 'phone number' : 'e-mail address'}; it is shown as text, without a link.`
            : `has no value: set the ${kind === 'phone' ? 'phone number' : 'e-mail address'}.`,
        );
      }
    }
    if (
      (first || changed.has('cost')) &&
      this.cost &&
      !(channelCosts as readonly string[]).includes(this.cost)
    ) {
      this.warn('cost', `cost="${this.cost}" is not free or normal; it is left out.`);
    }
  }

  private channelValue(): PhoneLink | undefined {
    const text = this.value.trim();
    if (!text) return undefined;
    if (this.channelKind === 'phone') return phoneValue(text);
    if (this.channelKind === 'email') {
      return {
        text,
        href: emailAddress.test(text) ? safeUrl(`mailto:${text}`) : undefined,
      };
    }
    return undefined;
  }

  private get level(): HeadingLevel {
    const own = this.headingLevel;
    if (own !== undefined && own !== null && own !== '') {
      return headingLevel(own, this.inheritedLevel ?? 3, this.localName);
    }
    if (this.serverLevel) return this.serverLevel;
    return this.inheritedLevel ?? 3;
  }

  private get inheritedLevel(): HeadingLevel | undefined {
    if (isServer) return undefined;
    const block = this.closest('bf-alternative-channels');
    if (!block) return undefined;
    const value = (block.getAttribute('heading-level') ?? '2').trim();
    return levels.test(value) ? (Math.min(Number(value) + 1, 6) as HeadingLevel) : 3;
  }

  /** The languages spoken, named in the page's language: "Dutch, French and German". */
  private spokenLanguages(): string {
    const codes = this.languages
      .split(/[\s,]+/)
      .map((code) => code.trim())
      .filter(Boolean);
    if (codes.length === 0) return '';
    const locale = intlLocales[this.t.locale];
    let names: string[];
    try {
      const display = new Intl.DisplayNames(locale, { type: 'language' });
      names = codes.map((code) => display.of(code) ?? code);
    } catch {
      if (devMode)
        this.warn(
          'languages',
          `languages="${this.languages}" holds a code that is not a language code.`,
        );
      names = codes;
    }
    return this.t.term('languages', {
      languages: new Intl.ListFormat(locale, { type: 'conjunction' }).format(names),
    });
  }

  protected override render() {
    const kind = this.channelKind;
    const lang = this.t.textLang ?? nothing;
    const value = this.channelValue();
    const title = this.label.trim()
      ? html`${this.label}`
      : html`<span lang=${lang}>${this.t.term(kind)}</span>`;
    const facts = [
      kind === 'phone' && (this.cost === 'free' || this.cost === 'normal')
        ? this.t.term(this.cost === 'free' ? 'costFree' : 'costNormal')
        : '',
      this.spokenLanguages(),
      kind === 'office' && this.byAppointment ? this.t.term('byAppointment') : '',
    ].filter(Boolean);
    const access = kind === 'office' && (this.stepFree || this.inductionLoop);
    return html`<div part="base" class="channel">
      ${renderHeading(
        this.level,
        html`<span class="icon-box">${kindIcons[kind]}</span><span class="title">${title}</span>`,
        { part: 'heading', className: 'heading' },
      )}
      <div class="body">
        ${
          value
            ? value.href
              ? html`<p class="value-line">
                  <a part="value" class="value focus-ring" href=${value.href}>${value.text}</a>
                </p>`
              : html`<p part="value" class="value-line value-text">${value.text}</p>`
            : nothing
        }
        <slot name="address"></slot>
        ${
          facts.length > 0
            ? html`<ul part="facts" class="facts" lang=${lang}>
                ${facts.map((fact) => html`<li>${fact}</li>`)}
              </ul>`
            : nothing
        }
        <slot name="appointment"></slot>
        ${
          this.hours.trim()
            ? html`<div class="hours">
                <span class="hours-icon">${clockDrawing}</span>
                <div class="hours-text">
                  ${this.openingHours.renderStatus()} ${this.openingHours.renderWeek()}
                </div>
              </div>`
            : nothing
        }
        ${
          access
            ? html`<ul part="access" class="access" lang=${lang}>
                ${
                  this.stepFree
                    ? html`<li>${stepFreeDrawing}<span>${this.t.term('stepFree')}</span></li>`
                    : nothing
                }
                ${
                  this.inductionLoop
                    ? html`<li>
                        ${hearingLoopDrawing}<span>${this.t.term('inductionLoop')}</span>
                      </li>`
                    : nothing
                }
              </ul>`
            : nothing
        }
        <div part="details" class="details"><slot></slot></div>
      </div>
    </div>`;
  }
}
