// What a link states about itself, to screen readers and on screen: that it opens in a new tab,
// that it leads to another website, and what a download is ("PDF, 240 kB", in the page's Belgian
// number format). Shared by every element that renders or wraps a link (docs/decisions/0020).
import { formatNumber } from './format.js';
import type { Locale, MessageParams } from './localize.js';
import type { LinkInfoStrings } from './link-info.strings.js';

export { linkInfoStrings, newTabPhrase } from './link-info.strings.js';
export type { LinkInfoStrings } from './link-info.strings.js';

/** What the phrases need from a `LocalizeController` made with `linkInfoStrings`. */
export interface LinkInfoLocalizer {
  readonly locale: Locale;
  term(key: keyof LinkInfoStrings & string, params?: MessageParams): string;
}

/**
 * Whether a link with this `target` opens somewhere other than the current tab: `_blank`, and any
 * named target (a browser opens a new tab for a name it does not know yet). `_self`, `_parent`,
 * `_top` and no target stay.
 */
export function opensInNewTab(target: string | null | undefined): boolean {
  const value = (target ?? '').trim().toLowerCase();
  return value !== '' && value !== '_self' && value !== '_parent' && value !== '_top';
}

/**
 * A file size attribute as a number of bytes: a whole number, e.g. `245760`. `undefined` for
 * anything else (`"240 kB"`, `"-1"`, `"abc"`), which a component reports as a warning.
 */
export function parseFileSize(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  }
  if (typeof value !== 'string' || !/^\s*\d+\s*$/.test(value)) return undefined;
  const bytes = Number(value);
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

const sizeUnits = ['sizeKilobytes', 'sizeMegabytes', 'sizeGigabytes'] as const;

/**
 * A file size in the page's language and Belgian number format, in decimal units (1 kB = 1,000
 * bytes, as operating systems show sizes): 245760 → "246 kB", 1234567 → "1,2 MB" in Dutch and
 * German, "1,2 Mo" in French. One decimal under 10 of a unit, none above. Empty for a size that is
 * not a whole number of bytes.
 */
export function formatFileSize(localize: LinkInfoLocalizer, bytes: number): string {
  if (parseFileSize(bytes) === undefined) return '';
  if (bytes < 1000) return localize.term('sizeBytes', { count: bytes });
  let value = bytes / 1000;
  let unit = 0;
  for (;;) {
    const digits = value < 10 ? 1 : 0;
    const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
    // 999,960 bytes is "1 MB", not "1.000 kB".
    if (rounded >= 1000 && unit < sizeUnits.length - 1) {
      value /= 1000;
      unit += 1;
      continue;
    }
    const size = formatNumber(localize, rounded, { maximumFractionDigits: digits });
    return localize.term(sizeUnits[unit]!, { size });
  }
}

// The names citizens know for the files governments publish, by media type.
const mediaTypeNames: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.ms-powerpoint': 'PPT',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
  'application/epub+zip': 'EPUB',
  'image/jpeg': 'JPEG',
  'image/svg+xml': 'SVG',
  'text/plain': 'TXT',
};

// Extensions read from a download's URL when no type is given: documents only, so that a page
// address such as `/report.php?id=3` never becomes a "PHP" file.
const documentExtensions =
  ' pdf doc docx xls xlsx ppt pptx odt ods odp csv txt rtf zip xml json epub jpg jpeg png gif svg mp3 mp4 ';

/**
 * The short name of a file type, as citizens know it ("PDF", "DOCX"), from a `type` attribute:
 * a media type (`application/pdf`) or an extension (`pdf`, `.pdf`). Without one, from the
 * extension of `href` when it is a known document type. Empty when neither says.
 */
export function fileTypeName(type: string | null | undefined, href?: string | null): string {
  const value = (type ?? '').trim().toLowerCase().split(';')[0]!.trim();
  if (value) {
    const known = mediaTypeNames[value];
    if (known) return known;
    // `pdf`, `.pdf`, or a media type whose subtype is such a name (`text/csv`, `image/png`).
    const name = /^(?:[a-z]+\/)?\.?([a-z0-9]{2,5})$/.exec(value)?.[1];
    if (name) return name.toUpperCase();
    return '';
  }
  const path = (href ?? '').split(/[?#]/)[0]!;
  const extension = /\.([a-z0-9]{2,5})$/i.exec(path)?.[1]?.toLowerCase();
  return extension && documentExtensions.includes(` ${extension} `) ? extension.toUpperCase() : '';
}

/** What is known about a link, for {@link linkInfo}. */
export interface LinkInfoOptions {
  /** The link's `target`: a new tab is stated (see {@link opensInNewTab}). */
  target?: string | null | undefined;
  /** The link leads to a website that is not the government's own. */
  external?: boolean;
  /** The file's type, a media type or extension (see {@link fileTypeName}). */
  type?: string | null | undefined;
  /** The file's size in bytes. */
  size?: number | undefined;
  /** The link's URL, whose extension names the file type when `type` does not. */
  href?: string | null | undefined;
  /** Whether the link is a download: only then (or with a type or size) is `href` read. */
  download?: boolean;
}

/** The phrases of {@link linkInfo}, each in the page's language. */
export interface LinkInfo {
  /** "PDF, 240 kB": shown after a download link and part of its accessible name. Empty if unknown. */
  file: string;
  /** "external website, opens in a new tab": for screen readers (an icon shows it on screen). */
  destination: string;
  /** Everything a screen reader adds to the link's own text, joined by commas. */
  all: string;
}

/**
 * What a link states besides its own text, in the page's language: its file type and size, that
 * it leads to another website, and that it opens in a new tab.
 *
 * ```ts
 * linkInfo(this.linkText, { target: '_blank', external: true }).all
 * // "externe website, opent in een nieuw tabblad"
 * linkInfo(this.linkText, { type: 'application/pdf', size: 245760 }).file // "PDF, 246 kB"
 * ```
 */
export function linkInfo(localize: LinkInfoLocalizer, options: LinkInfoOptions): LinkInfo {
  // A link that is no download says nothing of its URL's extension (`/page.html` is a page).
  const isFile = Boolean(options.type || options.download || options.size !== undefined);
  const typeName = isFile ? fileTypeName(options.type, options.href) : '';
  const size = options.size === undefined ? '' : formatFileSize(localize, options.size);
  const file = [typeName, size].filter(Boolean).join(', ');
  const destination = [
    options.external ? localize.term('external') : '',
    opensInNewTab(options.target) ? localize.term('opensInNewTab') : '',
  ]
    .filter(Boolean)
    .join(', ');
  return { file, destination, all: [file, destination].filter(Boolean).join(', ') };
}
