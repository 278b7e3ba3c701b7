import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import {
  BelfryElement,
  clipboardStrings,
  copyText,
  devMode,
  formatCurrency,
  formatIban,
  formatNumber,
  formatStructuredReference,
  headingLevel,
  isStructuredReference,
  LocalizeController,
  phoneLink,
  renderHeading,
  safeUrl,
  validateIban,
  warnOnce,
  type HeadingLevel,
} from '@belfry/core';
import { BfAlert } from '../alert/alert.js';
import { BfButton } from '../button/button.js';
import { BfLink } from '../link/link.js';
import { BfTag } from '../tag/tag.js';
import {
  eboxExpiry,
  expiryPhrase,
  formatEboxDate,
  messageSubject,
  pickText,
  senderName,
  type EboxAttachment,
  type EboxMessage,
  type EboxPayment,
  type PickedText,
} from '../ebox/model.js';
import { styles } from './ebox-message.styles.js';
import { eboxMessageStrings } from './ebox-message.strings.js';

/** The detail of `bf-ebox-reply`: the citizen wants to answer this message. */
export interface EboxReplyDetail {
  readonly id: string;
  readonly message: EboxMessage;
}

/** The detail of `bf-ebox-back`: the citizen goes back to the list from this message. */
export interface EboxBackDetail {
  readonly id: string;
}

declare global {
  interface BelfryEventDetails {
    'bf-ebox-reply': EboxReplyDetail;
    'bf-ebox-back': EboxBackDetail;
  }
}

/**
 * Where a host serves an attachment: a function given the attachment and its message, returning
 * a URL (or nothing when it cannot be downloaded here).
 */
export type EboxAttachmentUrl = (
  attachment: EboxAttachment,
  message: EboxMessage,
) => string | null | undefined;

/** The payment fields a citizen copies into a banking app. */
type CopyField = 'amount' | 'iban' | 'reference';

/** One row of the payment block: what it is, what is shown, what a copy puts on the clipboard. */
interface PaymentRow {
  label: string;
  shown: string;
  /** A code read character by character (account, BIC, reference): shown in a monospace font. */
  code?: boolean;
  copy?: { field: CopyField; value: string; name: string };
}

/** The `message` attribute: JSON of an e-Box message; anything else is no message. */
function parseMessage(value: string | null): EboxMessage | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return parsed as EboxMessage;
    }
  } catch {
    // Reported below.
  }
  if (devMode) {
    warnOnce(
      'ebox-message-json',
      '<bf-ebox-message>: the "message" attribute must be a JSON object; it was ignored.',
    );
  }
  return undefined;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

// Paragraphs are separated by a blank line (spaces on it allowed); single line breaks stay, as
// in an address.
const paragraphBreak = /\r?\n[ \t]*\r?\n/;

// A plausible e-mail address for a mailto: link; anything else is shown as text.
const emailAddress = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/;

/**
 * @summary One e-Box message, in full: who sent it and how to reach them, its subject and
 * dates, what a registered letter means, its text, its documents to download, the payment to
 * make with buttons that copy the amount, account number and reference, and a reply button.
 *
 * @tag bf-ebox-message
 *
 * @csspart base - The `<article>` holding the message.
 * @csspart subject - The subject heading.
 * @csspart details - The list of the sender, type and dates.
 * @csspart body - The message's text.
 * @csspart attachments - The documents section.
 * @csspart payment - The payment section.
 * @csspart contact - The sender's helpdesk section.
 * @csspart actions - The reply button and back link.
 *
 * @cssprop --bf-ebox-message-gap - Space between the sections.
 * @cssprop --bf-ebox-message-label-fg - Colour of the labels (Received on, Pay by…).
 * @cssprop --bf-ebox-message-border - Colour of the rules between sections and rows.
 * @cssprop --bf-ebox-message-border-width - Width of those rules.
 * @cssprop --bf-ebox-message-payment-bg - Background of the payment block.
 * @cssprop --bf-ebox-message-payment-fg - Text colour of the payment block.
 * @cssprop --bf-ebox-message-payment-border - Border colour of the payment block.
 * @cssprop --bf-ebox-message-payment-padding - Space inside the payment block.
 * @cssprop --bf-ebox-message-payment-radius - Corner radius of the payment block.
 * @cssprop --bf-ebox-message-value-font - Font of the amount, account number and reference.
 * @cssprop --bf-ebox-message-status-fg - Colour of the "Copied" confirmation.
 *
 * @fires bf-ebox-reply - The citizen pressed Reply (only when `message.replyAllowed`). `detail.id` and `detail.message` name the message; the host opens its reply form.
 * @fires bf-ebox-back - The citizen followed the back link. Cancelable: `preventDefault()` keeps the page (a single-page app shows its list itself). `detail.id` is the message's id.
 */
export class BfEboxMessage extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, styles];
  static override dependencies = {
    'bf-alert': BfAlert,
    'bf-button': BfButton,
    'bf-link': BfLink,
    'bf-tag': BfTag,
  };
  static override properties: PropertyDeclarations = {
    message: { converter: { fromAttribute: parseMessage } },
    attachmentUrl: { attribute: false },
    headingLevel: { attribute: 'heading-level' },
    backHref: { attribute: 'back-href' },
    now: { attribute: false },
    copied: { state: true },
  };

  /**
   * The message to show, as the e-Box REST API gives it. Every text is shown as text, never as
   * HTML; missing or malformed fields are left out or replaced by a plain word ("No subject").
   * As an attribute it takes the message as JSON: what a server writes, so that the view it
   * rendered is the one the browser shows once the script runs (docs/components/ebox-message).
   */
  message?: EboxMessage | null;

  /**
   * Where each attachment is downloaded, when the data does not say (`attachment.url`): a
   * function of the attachment and the message. Every address goes through `safeUrl`.
   */
  attachmentUrl?: EboxAttachmentUrl;

  /** The subject's heading level, 2 to 6 (default 2); the sections' headings are one below. */
  headingLevel?: number | string;

  /**
   * The address of the message list. When set, a "Back to your messages" link leads there; it
   * fires the cancelable `bf-ebox-back` first.
   */
  backHref = '';

  /** The moment the expiry is measured from; the current time by default (set it in tests). */
  now?: Date;

  /** The payment field just copied (`ok`) or not (`failed`), shown beside its button. */
  private copied: { field: CopyField; ok: boolean } | undefined;

  private readonly t = new LocalizeController(this, eboxMessageStrings);
  private copiedTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Moves focus to the subject, e.g. after a single-page app opened the message, so that a
   * screen reader starts reading there.
   */
  focusSubject(): void {
    const subject = this.renderRoot.querySelector<HTMLElement>('.subject');
    if (!subject) return;
    // Focusable from a script only, never a Tab stop.
    subject.tabIndex = -1;
    subject.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copiedTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('message')) this.copied = undefined;
    // No message yet (null or undefined) is normal while a host loads one.
    if (devMode && changed.has('message') && this.message != null && !this.usable) {
      this.warn(
        'message',
        'message is not an e-Box message object (see EboxMessage); nothing is shown.',
      );
    }
  }

  protected override render() {
    const message = this.usable;
    if (!message) return nothing;
    const level: HeadingLevel = headingLevel(this.headingLevel, 2, 'bf-ebox-message');
    const sub = Math.min(level + 1, 6) as HeadingLevel;
    const subject = messageSubject(message, this.t);
    const lang = this.t.textLang ?? nothing;
    return html`<article part="base" class="message" aria-labelledby="subject" lang=${lang}>
      ${renderHeading(level, this.inLang(subject), {
        id: 'subject',
        part: 'subject',
        className: 'subject',
      })}
      ${this.renderDetails(message)}
      ${
        message.registeredMail === true
          ? html`<bf-alert
              class="section"
              heading=${this.t.term('registeredHeading')}
              heading-level=${sub}
              announce="off"
              ><p>${this.t.term('registeredText')}</p></bf-alert
            >`
          : nothing
      }
      ${this.renderBody(message)} ${this.renderPayment(message, sub)}
      ${this.renderAttachments(message, sub)} ${this.renderContact(message, sub)}
      ${this.renderActions(message)}
    </article>`;
  }

  /** The message when it is an object with something to show, else `undefined`. */
  private get usable(): EboxMessage | undefined {
    const message = this.message;
    return typeof message === 'object' && message !== null && !Array.isArray(message)
      ? message
      : undefined;
  }

  /** Text picked in another language than the page's is marked with its own. */
  private inLang(picked: PickedText) {
    return picked.lang ? html`<span lang=${picked.lang}>${picked.text}</span>` : picked.text;
  }

  private renderDetails(message: EboxMessage) {
    const t = this.t;
    const sender = senderName(message, t);
    const type = pickText(message.messageType?.name, t.locale);
    const forAttention = text(message.forAttentionOf);
    const received = formatEboxDate(message.receivedAt, t) || t.term('unknownDate');
    const expiry = eboxExpiry(message.expiresAt, this.now ?? new Date());
    const until = expiry.date ? formatEboxDate(expiry.date, t) : '';
    const urgent = expiry.state === 'urgent' || expiry.state === 'expired';
    return html`<dl part="details" class="details">
      <div class="detail">
        <dt>${t.term('from')}</dt>
        <dd>${this.inLang(sender)}</dd>
      </div>
      ${
        type.text
          ? html`<div class="detail">
              <dt>${t.term('messageType')}</dt>
              <dd>${this.inLang(type)}</dd>
            </div>`
          : nothing
      }
      ${
        forAttention
          ? html`<div class="detail">
              <dt>${t.term('forAttentionOf')}</dt>
              <dd>${forAttention}</dd>
            </div>`
          : nothing
      }
      <div class="detail">
        <dt>${t.term('received')}</dt>
        <dd>${received}</dd>
      </div>
      ${
        until
          ? html`<div class="detail">
              <dt>${t.term('availableUntil')}</dt>
              <dd>
                ${until}
                ${
                  urgent
                    ? html`<bf-tag variant=${expiry.state === 'expired' ? 'error' : 'warning'} icon
                        >${expiryPhrase(expiry, t)}</bf-tag
                      >`
                    : nothing
                }
              </dd>
            </div>`
          : nothing
      }
    </dl>`;
  }

  private renderBody(message: EboxMessage) {
    const body = pickText(message.body, this.t.locale);
    const paragraphs = body.text
      .split(paragraphBreak)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean);
    if (!paragraphs.length) {
      return this.attachments(message).length
        ? html`<div part="body" class="body">
            <p>${this.t.term('contentInAttachments')}</p>
          </div>`
        : nothing;
    }
    return html`<div part="body" class="body" lang=${body.lang ?? nothing}>
      ${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
    </div>`;
  }

  /** The attachments that are objects; the main documents first, in their order. */
  private attachments(message: EboxMessage): EboxAttachment[] {
    const list = Array.isArray(message.attachments) ? message.attachments : [];
    const usable = list.filter(
      (attachment): attachment is EboxAttachment =>
        typeof attachment === 'object' && attachment !== null,
    );
    return [...usable.filter((a) => a.main === true), ...usable.filter((a) => a.main !== true)];
  }

  private renderAttachments(message: EboxMessage, level: HeadingLevel) {
    const attachments = this.attachments(message);
    if (!attachments.length) return nothing;
    const t = this.t;
    return html`<section part="attachments" class="section" aria-labelledby="attachments">
      ${renderHeading(level, t.term('attachmentsHeading', { count: attachments.length }), {
        id: 'attachments',
        className: 'section-heading',
      })}
      <ul class="attachments">
        ${attachments.map((attachment) => this.renderAttachment(attachment, message))}
      </ul>
    </section>`;
  }

  private renderAttachment(attachment: EboxAttachment, message: EboxMessage) {
    const t = this.t;
    const kind = t.term(attachment.main === true ? 'mainDocument' : 'annex');
    const title = text(attachment.title) || text(attachment.fileName) || kind;
    const url = safeUrl(text(attachment.url) || this.hostUrl(attachment, message));
    const sizeKb = Number(attachment.sizeKb);
    // The API gives kilobytes; the link states sizes from bytes.
    const bytes = Number.isFinite(sizeKb) && sizeKb >= 0 ? String(Math.round(sizeKb * 1000)) : '';
    const type = text(attachment.mediaType) || text(attachment.fileName);
    const facts = [kind, t.term(attachment.signed === true ? 'signed' : 'notSigned')];
    if (!url) facts.push(t.term('notDownloadable'));
    return html`<li class="attachment">
      ${
        url
          ? html`<bf-link file-type=${type || nothing} file-size=${bytes || nothing}
              ><a href=${url} download=${text(attachment.fileName) || nothing}
                >${t.term('download', { title })}</a
              ></bf-link
            >`
          : html`<span class="attachment-title">${title}</span>`
      }
      <span class="facts">${facts.join(' · ')}</span>
    </li>`;
  }

  /** The host's address for an attachment; nothing when its function fails. */
  private hostUrl(attachment: EboxAttachment, message: EboxMessage): string {
    if (typeof this.attachmentUrl !== 'function') return '';
    try {
      return text(this.attachmentUrl(attachment, message));
    } catch (error) {
      if (devMode) this.warn('attachment-url', `attachmentUrl threw: ${String(error)}`);
      return '';
    }
  }

  private paymentRows(payment: EboxPayment): PaymentRow[] {
    const t = this.t;
    const rows: PaymentRow[] = [];
    const amount =
      typeof payment.amount === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(payment.amount)
        ? Number(payment.amount)
        : payment.amount;
    const currency = /^[A-Z]{3}$/i.test(text(payment.currency)) ? text(payment.currency) : 'EUR';
    const shownAmount =
      typeof amount === 'number' && Number.isFinite(amount)
        ? formatCurrency(t, amount, currency.toUpperCase())
        : '';
    if (shownAmount) {
      // Digits and the decimal sign a banking app in this language expects, no grouping.
      const plain = formatNumber(t, amount as number, {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
        useGrouping: false,
      });
      rows.push({
        label: t.term('amount'),
        shown: shownAmount,
        copy: { field: 'amount', value: plain, name: t.term('copyAmount') },
      });
    }
    const due = formatEboxDate(payment.dueDate, t);
    if (due) rows.push({ label: t.term('dueDate'), shown: due });
    const iban = text(payment.iban);
    if (iban) {
      const checked = validateIban(iban);
      rows.push({
        label: t.term('iban'),
        shown: formatIban(iban),
        code: true,
        // Without spaces: a banking app's field may be 16 characters long.
        copy: {
          field: 'iban',
          value: checked.valid ? checked.value : iban,
          name: t.term('copyIban'),
        },
      });
    }
    const bic = text(payment.bic);
    if (bic) rows.push({ label: t.term('bic'), shown: bic, code: true });
    const reference = text(payment.reference);
    if (reference) {
      const structured = isStructuredReference(reference);
      const shown = formatStructuredReference(reference);
      rows.push({
        label: t.term(structured ? 'structuredReference' : 'reference'),
        shown,
        code: true,
        // Its 12 digits: what every Belgian banking app accepts in its reference field.
        copy: {
          field: 'reference',
          value: structured ? shown.replace(/\D/g, '') : reference,
          name: t.term('copyReference'),
        },
      });
    }
    return rows;
  }

  private renderPayment(message: EboxMessage, level: HeadingLevel) {
    const payment = message.payment;
    if (typeof payment !== 'object' || payment === null) return nothing;
    const rows = this.paymentRows(payment);
    if (!rows.length) return nothing;
    const t = this.t;
    return html`<section part="payment" class="section payment" aria-labelledby="payment">
      ${renderHeading(level, t.term('paymentHeading'), {
        id: 'payment',
        className: 'section-heading',
      })}
      <dl class="payment-rows">
        ${rows.map(
          (row) =>
            html`<div class="payment-row">
              <dt>${row.label}</dt>
              <dd>
                <span class="value ${row.code ? 'value--code' : ''}">${row.shown}</span>
                ${row.copy ? this.renderCopy(row.copy) : nothing}
              </dd>
            </div>`,
        )}
      </dl>
    </section>`;
  }

  private renderCopy(copy: NonNullable<PaymentRow['copy']>) {
    const done = this.copied?.field === copy.field ? this.copied : undefined;
    return html`<span class="copy">
      <bf-button
        variant="secondary"
        label=${copy.name}
        data-copy=${copy.field}
        @click=${() => void this.copy(copy.field, copy.value)}
        >${this.t.term('copy')}</bf-button
      >${
        done
          ? html`<span
              class="copy-status ${done.ok ? '' : 'copy-status--failed'}"
              aria-hidden="true"
              >${this.t.termIn(clipboardStrings, done.ok ? 'copied' : 'notCopied')}</span
            >`
          : nothing
      }
    </span>`;
  }

  /** Copies a payment field; the announcer says how it went, the text beside the button shows it. */
  private async copy(field: CopyField, value: string): Promise<void> {
    const ok = await copyText(value, {
      locale: this.t.locale,
      lang: this.t.textLang ?? (this.t.lang || undefined),
    });
    this.copied = { field, ok };
    clearTimeout(this.copiedTimer);
    this.copiedTimer = setTimeout(() => (this.copied = undefined), 5000);
  }

  private renderContact(message: EboxMessage, level: HeadingLevel) {
    const sender = message.sender as Partial<EboxMessage['sender']> | undefined;
    const helpdesk = typeof sender?.helpdesk === 'object' ? sender.helpdesk : undefined;
    const phone = text(helpdesk?.phone);
    const email = text(helpdesk?.email);
    // Core's one tel: link, as the channels and the help make it: a Belgian number shown in its
    // national form and dialled in its international one (abroad too), text that is no number
    // shown unlinked.
    const call = phoneLink(phone);
    const emailUrl = emailAddress.test(email) ? safeUrl(`mailto:${email}`) : undefined;
    const site = safeUrl(text(helpdesk?.url) || text(sender?.website));
    if (!phone && !email && !site) return nothing;
    const t = this.t;
    // "Contact Unknown sender." says nothing: without a name, the contact details stand alone.
    const name = pickText(sender?.name, t.locale);
    const link = (href: string | undefined, label: string) =>
      href ? html`<bf-link><a href=${href}>${label}</a></bf-link>` : label;
    return html`<section part="contact" class="section" aria-labelledby="contact">
      ${renderHeading(level, t.term('contactHeading'), {
        id: 'contact',
        className: 'section-heading',
      })}
      ${name.text ? html`<p class="contact-intro">${this.contactIntro(name)}</p>` : nothing}
      <dl class="details">
        ${
          phone
            ? html`<div class="detail">
                <dt>${t.term('phone')}</dt>
                <dd>${link(call.href, call.text)}</dd>
              </div>`
            : nothing
        }
        ${
          email
            ? html`<div class="detail">
                <dt>${t.term('email')}</dt>
                <dd>${link(emailUrl, email)}</dd>
              </div>`
            : nothing
        }
        ${
          site
            ? html`<div class="detail">
                <dt>${t.term('website')}</dt>
                <dd>${link(site, site.replace(/^https?:\/\//i, '').replace(/\/$/, ''))}</dd>
              </div>`
            : nothing
        }
      </dl>
    </section>`;
  }

  /** "Contact FPS Finance.", with the name marked with its language when it is another. */
  private contactIntro(name: PickedText) {
    if (!name.lang) return this.t.term('contactIntro', { sender: name.text });
    const [before = '', after = ''] = this.t
      .term('contactIntro', { sender: '\u0000' })
      .split('\u0000');
    return html`${before}${this.inLang(name)}${after}`;
  }

  private renderActions(message: EboxMessage) {
    const back = safeUrl(this.backHref);
    const reply = message.replyAllowed === true;
    if (!back && !reply) return nothing;
    return html`<div part="actions" class="actions">
      ${
        reply
          ? html`<bf-button variant="primary" @click=${this.handleReply}
              >${this.t.term('reply')}</bf-button
            >`
          : nothing
      }
      ${
        back
          ? html`<bf-link class="back"
              ><a href=${back} @click=${this.handleBack}>${this.t.term('back')}</a></bf-link
            >`
          : nothing
      }
    </div>`;
  }

  private readonly handleReply = (): void => {
    const message = this.usable;
    if (message) this.emit('bf-ebox-reply', { id: String(message.id ?? ''), message });
  };

  private readonly handleBack = (event: MouseEvent): void => {
    const id = String(this.usable?.id ?? '');
    if (!this.emit('bf-ebox-back', { id }, { cancelable: true })) event.preventDefault();
  };
}
