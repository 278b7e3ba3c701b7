import {
  html,
  nothing,
  svg,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import {
  BelfryElement,
  devMode,
  linkInfo,
  LocalizeController,
  onServer,
  opensInNewTab,
  parseFileSize,
  safeUrl,
  type LinkInfo,
} from '@belfry/core';
import { downloadIcon, externalLinkIcon } from '../icon/icons.js';
import type { IconDefinition } from '../icon/registry.js';
import { styles } from './link.styles.js';
import { linkStrings } from './link.strings.js';

// One observer for every link on the page (a page may hold hundreds): it tells each <bf-link>
// when a script changes its <a>'s href, target, download or type.
let anchorObserver: MutationObserver | undefined;
const anchorOwners = new WeakMap<Element, BfLink>();
const watchedAttributes = ['href', 'target', 'download', 'type'];
// Ids for the phrase each link adds and, when the author's <a> has none, for the <a>.
let nextId = 0;

/**
 * Belfry's icon drawing, drawn in the link's own shadow root rather than by a <bf-icon>: a page
 * repeats links by the hundred, and a nested element with a shadow root of its own would double
 * what each costs to render (bench/cases/link.mjs). Decorative: the name says what it means.
 */
const drawIcon = (icon: IconDefinition) =>
  html`<svg class="icon" part="icon" viewBox=${icon.viewBox} aria-hidden="true">
    ${icon.paths.map((d) => svg`<path d=${d}></path>`)}
  </svg>`;

/** What a link added to the author's `<a>` to give it its full name, so it can be undone. */
interface AddedName {
  anchor: HTMLAnchorElement;
  phrase: HTMLSpanElement;
  /** The `aria-labelledby` the author wrote, or `null`. */
  authorLabelledby: string | null;
  /** Whether the `<a>`'s id is ours. */
  ownId: boolean;
}

/**
 * @summary A link in running text that tells everyone where it goes: that it opens in a new tab,
 * leads to another website, or downloads a file ("PDF, 240 kB").
 *
 * @tag bf-link
 *
 * @slot - The author's `<a href>`, with its text. It stays in the page (it works without
 * JavaScript, before the script has run, and in print); the element adds what it says.
 *
 * @csspart icon - The decorative new-tab, external or download icon after the text.
 * @csspart file - The file's type and size after a download link, e.g. "(PDF, 240 kB)".
 *
 * @cssprop --bf-link-fg - Link colour.
 * @cssprop --bf-link-hover-fg - Link colour under the pointer.
 * @cssprop --bf-link-visited-fg - Colour of a visited link.
 * @cssprop --bf-link-file-fg - Colour of the file's type and size.
 * @cssprop --bf-link-underline-thickness - Thickness of the underline.
 * @cssprop --bf-link-underline-thickness-hover - Thickness of the underline under the pointer and with focus.
 * @cssprop --bf-link-icon-gap - Space between the text and the icon.
 */
export class BfLink extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, styles];
  static override properties: PropertyDeclarations = {
    external: { type: Boolean, reflect: true, useDefault: true },
    fileType: { attribute: 'file-type' },
    fileSize: { attribute: 'file-size' },
    target: { state: true },
    download: { state: true },
    type: { state: true },
    href: { state: true },
  };

  /**
   * The link leads to a website that is not the government's own: screen readers hear
   * "external website" and an icon shows it. Belfry does not guess it from the address, as
   * another federal site is not "external" to a citizen.
   */
  external = false;

  /**
   * The file's type, for a download: a media type (`application/pdf`) or an extension (`pdf`).
   * Without it the `<a>`'s own `type`, then its URL's extension, is used.
   */
  fileType = '';

  /** The file's size in bytes, e.g. `245760`, shown as "240 kB" in the page's number format. */
  fileSize = '';

  // What the author's <a> says, read from it (so the first render of a server-rendered link
  // matches the server's, which cannot see the light DOM).
  private target = '';
  private download = false;
  private type = '';
  private href = '';

  private readonly t = new LocalizeController(this, linkStrings);
  /** The author's `<a>` this element describes, or `null`. */
  private anchor: HTMLAnchorElement | null = null;
  private added: AddedName | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // A link created with its content reads its <a> before the first render (one render, not
    // two); a server-rendered one waits, so that hydration meets the server's markup.
    if (!this.shadowRoot) this.readAnchor();
  }

  protected override firstUpdated(): void {
    this.readAnchor();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (devMode && changed.has('fileSize') && this.fileSize && this.size === undefined) {
      this.warn(
        'file-size',
        `file-size="${String(this.fileSize)}" is not a number of bytes (e.g. 245760); the size is not shown.`,
      );
    }
  }

  protected override render() {
    const info = this.info;
    const file = this.isDownload;
    const icon = file
      ? downloadIcon
      : this.external || opensInNewTab(this.target)
        ? externalLinkIcon
        : undefined;
    // The file's type and size are shown after the link; screen readers get them in its name.
    return html`<slot @slotchange=${this.readAnchor}></slot>${icon ? drawIcon(icon) : nothing}${
        info.file
          ? html`<span
              class="file"
              part="file"
              aria-hidden="true"
              lang=${this.t.textLang ?? nothing}
              >${` (${info.file})`}</span
            >`
          : nothing
      }`;
  }

  protected override updated(): void {
    const anchor = this.anchor;
    const phrase = this.info.all;
    if (anchor?.hasAttribute('href') && phrase) this.describe(anchor, phrase);
    else this.undescribe();
    if (devMode && !anchor && this.hasContent) {
      this.warn(
        'anchor',
        '<bf-link> needs an <a href> inside it, e.g. <bf-link><a href="/contact">Contact</a></bf-link>; its text is shown as plain text.',
      );
    }
  }

  /** The file size in bytes, or `undefined`. */
  private get size(): number | undefined {
    return this.fileSize === '' || this.fileSize === null
      ? undefined
      : parseFileSize(this.fileSize);
  }

  private get isDownload(): boolean {
    return this.download || Boolean(this.fileType) || this.size !== undefined;
  }

  private get info(): LinkInfo {
    return linkInfo(this.t, {
      target: this.target,
      external: this.external,
      type: this.fileType || this.type,
      size: this.size,
      href: this.href,
      download: this.isDownload,
    });
  }

  /** Whether there is content besides the phrase this element adds (text not yet a link). */
  private get hasContent(): boolean {
    return [...this.childNodes].some(
      (node) => node !== this.added?.phrase && (node.textContent ?? '').trim() !== '',
    );
  }

  /** @internal Reads the author's `<a>` again: on upgrade, when the slot changes, when its attributes do. */
  readAnchor = (): void => {
    if (onServer) return;
    const anchor = [...this.children].find(
      (child): child is HTMLAnchorElement => child instanceof HTMLAnchorElement,
    );
    if (anchor && anchor !== this.anchor) {
      anchorObserver ??= new MutationObserver((records) => {
        for (const record of records) anchorOwners.get(record.target as Element)?.readAnchor();
      });
      anchorOwners.set(anchor, this);
      anchorObserver.observe(anchor, { attributes: true, attributeFilter: watchedAttributes });
    }
    this.anchor = anchor ?? null;
    if (!anchor) {
      this.target = this.type = this.href = '';
      this.download = false;
      return;
    }
    const href = anchor.getAttribute('href');
    // A `javascript:` or `data:` URL never runs: the link becomes plain text.
    if (href !== null && href.trim() !== '' && safeUrl(href) === undefined) {
      anchor.removeAttribute('href');
      if (devMode) {
        this.warn(
          'href',
          'href is not a safe URL (only http, https, mailto, tel, sms and relative URLs are allowed); the link was disabled.',
        );
      }
    }
    this.target = anchor.getAttribute('target') ?? '';
    this.download = anchor.hasAttribute('download');
    this.type = anchor.getAttribute('type') ?? '';
    this.href = anchor.getAttribute('href') ?? '';
    // The new page must not be able to reach back into this one (reverse tabnabbing), and gets
    // no referrer, as bf-button's links do. An author's own rel is kept.
    if (opensInNewTab(this.target) && !anchor.hasAttribute('rel')) {
      anchor.setAttribute('rel', 'noopener noreferrer');
    }
  };

  /**
   * Adds `phrase` to the `<a>`'s accessible name: "Annual report (PDF, 240 kB)". The phrase is a
   * hidden element next to the `<a>` (hidden text still counts when referenced), and the `<a>`
   * is labelled by itself and the phrase, so its own text stays first and in the page's words.
   */
  private describe(anchor: HTMLAnchorElement, phrase: string): void {
    if (this.added && this.added.anchor !== anchor) this.undescribe();
    if (!this.added) {
      const id = ++nextId;
      const span = document.createElement('span');
      span.hidden = true;
      span.id = `bf-link-info-${id}`;
      const authorLabelledby = anchor.getAttribute('aria-labelledby');
      // The <a> names itself only when the author did not name it otherwise.
      const ownId = authorLabelledby === null && !anchor.id;
      if (ownId) anchor.id = `bf-link-${id}`;
      this.added = { anchor, phrase: span, authorLabelledby, ownId };
      anchor.setAttribute(
        'aria-labelledby',
        `${this.added.authorLabelledby ?? anchor.id} ${span.id}`,
      );
    }
    const { phrase: span } = this.added;
    const text = `(${phrase})`;
    if (span.textContent !== text) span.textContent = text;
    const lang = this.t.textLang;
    if (lang) span.lang = lang;
    else span.removeAttribute('lang');
    if (span.parentNode !== this) this.append(span);
  }

  /** Gives the `<a>` back as the author wrote it. */
  private undescribe(): void {
    const added = this.added;
    if (!added) return;
    this.added = undefined;
    added.phrase.remove();
    if (added.authorLabelledby === null) added.anchor.removeAttribute('aria-labelledby');
    else added.anchor.setAttribute('aria-labelledby', added.authorLabelledby);
    if (added.ownId) added.anchor.removeAttribute('id');
  }
}
