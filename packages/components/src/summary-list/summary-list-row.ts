import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import {
  BelfryElement,
  LocalizeController,
  safeUrl,
  sourceStrings,
  sourceText,
} from '@belfry/core';
import { rowStyles } from './summary-list.styles.js';
import { summaryListStrings } from './summary-list.strings.js';

/**
 * @summary One question and its answer in a `<bf-summary-list>`, with a link to change it.
 *
 * @tag bf-summary-list-row
 *
 * @slot - The answer, as the citizen gave it. Keep line breaks with `<br>` (an address) or
 * write one `<p>` per paragraph. Empty: "Not provided" in the page's language.
 *
 * @csspart row - The row: question, answer and link.
 * @csspart question - The question (`<dt>`). Also named `key`, its name before 0.2.
 * @csspart value - The answer and its source (`<dd>`).
 * @csspart source - Where the answer comes from.
 * @csspart actions - The cell that holds the Change link (`<dd>`).
 * @csspart link - The Change link.
 *
 * @cssprop --bf-summary-list-key-fg - Text colour of the question.
 * @cssprop --bf-summary-list-key-font-weight - Weight of the question.
 * @cssprop --bf-summary-list-value-fg - Text colour of the answer.
 * @cssprop --bf-summary-list-source-fg - Text colour of the source.
 * @cssprop --bf-summary-list-link-fg - Colour of the Change link.
 * @cssprop --bf-summary-list-row-padding - Space above and below each row.
 * @cssprop --bf-summary-list-gap - Space between the question, the answer and the link.
 */
export class BfSummaryListRow extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, rowStyles];
  static override properties: PropertyDeclarations = {
    question: {},
    key: {},
    href: {},
    changeLabel: { attribute: 'change-label' },
    source: {},
  };

  private readonly t = new LocalizeController(this, summaryListStrings);
  // The sources' words are core's, shared with the fields that show a known value; a page
  // replaces them for every element (`bf-source`) or for the rows only (their tag).
  private readonly sources = new LocalizeController(this, {
    namespace: 'bf-summary-list-row',
    catalogs: sourceStrings.catalogs,
    sharedNamespaces: [sourceStrings.namespace],
  });
  private safeHref: string | undefined;

  /** The question, as short as on the form: "Address", "Date of birth". */
  question = '';

  /**
   * The question's former name. React keeps a `key` prop for itself and never passes it to the
   * element, so use `question`; `key` still works when `question` is not set.
   * @deprecated Use `question`.
   */
  key = '';

  /** The question shown: `question`, or the former `key`. */
  private get questionText(): string {
    return this.question || this.key;
  }

  /** Where the Change link goes: the question's page, or the field (`#postcode`). No link without it. */
  href = '';

  /**
   * What the Change link changes, for screen readers: "Change" is followed by it ("Change your
   * address"). Default: the question. Write it in the page's language.
   */
  changeLabel = '';

  /**
   * Where an answer the government already knew comes from, shown under it: `national-register`,
   * `enterprise-register` (KBO/BCE), `social-security` or `finance`, in the page's language; any
   * other text is shown as written. The same words as a field's `source` (core's `knownSources`).
   */
  source = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('href')) {
      this.safeHref = safeUrl(this.href);
      if (this.href && !this.safeHref) {
        this.warn(
          'href',
          'href is not a safe URL (only http, https, mailto, tel, sms and relative URLs are allowed); the Change link was left out.',
        );
      }
    }
    if ((changed.has('question') || changed.has('key')) && !this.questionText.trim()) {
      this.warn('question', 'a row needs a question: the one its answer belongs to.');
    }
    if (changed.has('key') && this.key && !this.question) {
      this.warn(
        'key',
        'key is the former name of question (React keeps key for itself): use question.',
      );
    }
  }

  protected override render() {
    const source = sourceText(this.sources, this.source);
    const builtInLang = this.t.textLang ?? nothing;
    const what = (this.changeLabel || this.questionText).trim();
    return html`<div part="row" class="row">
      <dt part="question key" class="key">${this.questionText}</dt>
      <dd part="value" class="value">
        <slot><span lang=${builtInLang}>${this.t.term('notProvided')}</span></slot
        >${
          source.text
            ? html`<span
                part="source"
                class="source"
                lang=${source.builtIn ? (this.sources.textLang ?? nothing) : nothing}
                >${source.text}</span
              >`
            : nothing
        }
      </dd>
      ${
        this.safeHref
          ? html`<dd part="actions" class="actions">
              <a part="link" class="link focus-ring" href=${this.safeHref}
                ><span lang=${builtInLang}>${this.t.term('change')}</span
                >${what ? html`<span class="visually-hidden"> ${what}</span>` : nothing}</a
              >
            </dd>`
          : nothing
      }
    </div>`;
  }
}
