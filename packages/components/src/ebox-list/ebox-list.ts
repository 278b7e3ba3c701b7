import {
  html,
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
  fillHrefTemplate,
  formatCurrency,
  formatNumber,
  hrefTemplateProblem,
  LocalizeController,
} from '@belfry/core';
import { BfPagination, type PageChangeDetail } from '../pagination/pagination.js';
import { BfTag } from '../tag/tag.js';
import {
  defaultEboxQuery,
  eboxExpiry,
  eboxUrgentDays,
  expiryPhrase,
  formatEboxDate,
  messageSubject,
  normalizeEboxQuery,
  pickText,
  queryEboxMessages,
  sameEboxQuery,
  senderName,
  type EboxAction,
  type EboxMessage,
  type EboxMessageType,
  type EboxQuery,
  type EboxQueryReason,
  type EboxSender,
} from '../ebox/model.js';
import { styles } from './ebox-list.styles.js';
import { eboxListStrings } from './ebox-list.strings.js';

/** A choice in the sender or message-type filter. */
interface FilterOption {
  readonly id: string;
  readonly name: string;
  readonly lang: string | undefined;
}

// The sort control is one select: field and direction together, as citizens think of them.
const sortChoices = [
  ['receivedAt:desc', 'sortNewest'],
  ['receivedAt:asc', 'sortOldest'],
  ['expiresAt:asc', 'sortExpirySoonest'],
  ['expiresAt:desc', 'sortExpiryLatest'],
] as const;

/** The query's search and filters: set, they narrow the list. */
const filterKeys = [
  'search',
  'read',
  'senderId',
  'messageTypeId',
  'registeredMail',
  'receivedFrom',
  'receivedTo',
] as const satisfies readonly (keyof EboxQuery)[];

const hasFilters = (query: EboxQuery): boolean =>
  filterKeys.some((key) => query[key] !== undefined);

// Waits before a search typed in server mode is sent, and before a result count is announced,
// so that a request or an announcement follows a pause in typing, not every key.
const typingPause = 400;

/**
 * @summary The e-Box letterbox: a citizen's official messages, with unread state, deadlines,
 * registered mail and payments impossible to miss, search and filters, selection with bulk
 * actions, and pages of 25 that stay fast with ten thousand messages.
 *
 * @tag bf-ebox-list
 *
 * @csspart summary - "3 unread messages of 128".
 * @csspart filters - The search and filter form (a search landmark).
 * @csspart results - "12 messages found".
 * @csspart bulk - The selection bar: select the page, the count, the bulk actions.
 * @csspart list - The list of messages.
 * @csspart message - One message (a list item).
 * @csspart subject - A message's subject: a link with `href-template`, else a button.
 * @csspart status - The loading, empty and error states.
 *
 * @cssprop --bf-ebox-list-border - Lines between messages and around the form.
 * @cssprop --bf-ebox-list-unread-bg - Background of an unread message.
 * @cssprop --bf-ebox-list-unread-accent - The bar before an unread message and its dot.
 * @cssprop --bf-ebox-list-meta-fg - Colour of the dates, counts and sender.
 * @cssprop --bf-ebox-list-urgent-fg - Text colour of an expiry that is close or passed.
 * @cssprop --bf-ebox-list-gap - Space between the parts of the list.
 * @cssprop --bf-ebox-list-skeleton-bg - The grey bars shown while loading.
 *
 * @fires bf-ebox-open - A message was opened: `detail.id`, `detail.message`. The host shows it
 * and marks it read. Cancelable: with `href-template`, `preventDefault()` keeps the link from
 * being followed (a single-page app routes itself).
 * @fires bf-ebox-action - A bulk action: `detail.action` (`mark-read`, `mark-unread`,
 * `archive`) on `detail.ids`. Cancelable: `preventDefault()` keeps the selection (when the host
 * could not apply it); otherwise the selection is cleared.
 * @fires bf-ebox-selection-change - The selection changed: `detail.ids`, on every page.
 * @fires bf-ebox-query - Server mode only: search, filters, sort or page changed;
 * `detail.query` is what to fetch, `detail.reason` what changed.
 * @fires bf-ebox-retry - The citizen pressed "Try again" after an error: load
 * `detail.query` again. Filters and selection are kept.
 */
export class BfEboxList extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, styles];
  static override dependencies = { 'bf-pagination': BfPagination, 'bf-tag': BfTag };
  static override properties: PropertyDeclarations = {
    messages: { attribute: false },
    total: { type: Number },
    page: { type: Number },
    pageSize: { type: Number, attribute: 'page-size' },
    unreadCount: { type: Number, attribute: 'unread-count' },
    mailboxCount: { type: Number, attribute: 'mailbox-count' },
    senders: { attribute: false },
    messageTypes: { attribute: false },
    query: { attribute: false },
    loading: { type: Boolean, reflect: true },
    error: { type: Boolean, reflect: true },
    hrefTemplate: { attribute: 'href-template' },
    urgentDays: { type: Number, attribute: 'urgent-days' },
    now: { attribute: false },
    selectedIds: { attribute: false },
  };

  private readonly t = new LocalizeController(this, eboxListStrings);

  /**
   * The messages: all of them in local mode (the list searches, filters, sorts and pages them),
   * or the current page in server mode. Give a new array, and a new object for a changed
   * message (its read state, say): messages are treated as immutable.
   */
  messages: readonly EboxMessage[] = [];

  /**
   * Server mode: how many messages match the current query, on every page. Setting it (with
   * `page`) makes the list send `bf-ebox-query` instead of searching `messages` itself.
   */
  total: number | undefined = undefined;

  /** Server mode: the page `messages` is, from 1. */
  page: number | undefined = undefined;

  /** Messages per page: 25 by default, 100 at most (as the e-Box REST API allows). */
  pageSize = defaultEboxQuery.pageSize;

  /** Server mode: unread messages in the mailbox, for the summary (local mode counts them). */
  unreadCount: number | undefined = undefined;

  /** Server mode: all messages in the mailbox, for the summary; `total` when unset. */
  mailboxCount: number | undefined = undefined;

  /** The choices of the sender filter; taken from `messages` when unset. */
  senders: readonly EboxSender[] | undefined = undefined;

  /** The choices of the message-type filter; taken from `messages` when unset. */
  messageTypes: readonly EboxMessageType[] | undefined = undefined;

  /**
   * The search, filters, sort and page shown. Set it to restore a list (from the address, say);
   * it is read back normalized (see `normalizeEboxQuery`).
   */
  query: EboxQuery = defaultEboxQuery;

  /** Messages are being loaded: a skeleton is shown and the list is `aria-busy`. */
  loading = false;

  /** Loading failed: a message and a "Try again" button (`bf-ebox-retry`) are shown. */
  error = false;

  /**
   * The address of a message, with `{id}` where its id goes: `"/ebox/{id}"`. With it subjects
   * are links; without it they are buttons. Either fires `bf-ebox-open`.
   */
  hrefTemplate = '';

  /** A message that expires within this many days is shown as urgent. Default 7. */
  urgentDays = eboxUrgentDays;

  /** The moment expiry is counted from; now when unset (set it for a fixed rendering). */
  now: Date | undefined = undefined;

  /** The ids of the selected messages, on every page. */
  selectedIds: readonly string[] = [];

  /** The local-mode result: memoized, as sorting ten thousand messages is not free. */
  #result?: {
    messages: readonly EboxMessage[];
    query: EboxQuery;
    value: ReturnType<typeof queryEboxMessages>;
  };
  #options?: {
    key: readonly unknown[];
    senders: FilterOption[];
    types: FilterOption[];
    unread: number;
  };
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #resultsPending = false;
  #previousSummary = '';
  /** A control to focus after the next render, when the focused one went away. */
  #refocus = '';
  /** Whether the sender, type, registered-mail and date filters are shown. */
  #moreOpen = false;

  /** Server mode: `total` is set. */
  get serverMode(): boolean {
    return typeof this.total === 'number' && Number.isFinite(this.total);
  }

  #list?: { from: unknown; list: readonly EboxMessage[] };

  /** `messages` without what is not a message: made once per array, as caches key on it. */
  private get messageList(): readonly EboxMessage[] {
    if (this.#list?.from !== this.messages) {
      const list = Array.isArray(this.messages)
        ? this.messages.filter((message) => typeof message === 'object' && message !== null)
        : [];
      this.#list = { from: this.messages, list };
    }
    return this.#list.list;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') || changed.has('pageSize') || changed.has('page')) {
      const page = this.serverMode && changed.has('page') ? this.page : this.query?.page;
      const pageSize = changed.has('pageSize') ? this.pageSize : this.query?.pageSize;
      const query = normalizeEboxQuery({ ...this.query, page, pageSize });
      if (!sameEboxQuery(query, this.query)) this.query = query;
    }
    if (changed.has('messages') && !Array.isArray(this.messages) && devMode) {
      this.warn('messages', '`messages` must be an array of e-Box messages; no message is shown.');
    }
    if (changed.has('hrefTemplate') && this.hrefTemplate && devMode) {
      const problem = hrefTemplateProblem(this.hrefTemplate, '{id}');
      if (problem) {
        this.warn(
          `href-template:${problem}`,
          `href-template="${this.hrefTemplate}" ${problem === 'unsafe' ? 'is not a safe URL' : 'has no {id}'}; subjects are buttons.`,
        );
      }
    }
    // "Try again" goes when the error does: focus it had goes to the search field, which stays.
    if (changed.get('error') === true && !this.error) {
      const active = (this.renderRoot as ShadowRoot).activeElement;
      this.#refocus = active?.closest('[part="status"]') ? '#search' : '';
    }
    // Local mode: messages the host removed (archived) cannot stay selected.
    if (changed.has('messages') && !this.serverMode && this.selectedIds.length) {
      const ids = new Set(this.messageList.map((message) => String(message.id)));
      const kept = this.selectedIds.filter((id) => ids.has(id));
      if (kept.length !== this.selectedIds.length) this.setSelection(kept);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.#refocus) {
      this.renderRoot.querySelector<HTMLElement>(this.#refocus)?.focus();
      this.#refocus = '';
    }
    const summary = this.summaryText();
    // The first summary is on the page to read; a change (a message read) is announced.
    if (this.#previousSummary && summary && summary !== this.#previousSummary) {
      void announce(summary, { lang: this.announceLang });
    }
    this.#previousSummary = summary;
    // In server mode the count is the host's answer: announced when it comes.
    const answered = !this.serverMode || changed.has('total') || changed.has('messages');
    if (this.#resultsPending && answered && !this.loading && !this.error) {
      this.#resultsPending = false;
      clearTimeout(this.#announceTimer);
      this.#announceTimer = setTimeout(() => {
        void announce(this.t.term('results', { count: this.result().total }), {
          lang: this.announceLang,
        });
      }, typingPause);
    }
  }

  /**
   * Moves focus to a message's subject, when it is on the page shown: a single-page app calls it
   * when the citizen comes back from the message they opened, so that they carry on where they
   * left off, as after the browser's Back. Returns whether the message was found.
   */
  focusMessage(id: string): boolean {
    const control = [
      ...this.renderRoot.querySelectorAll<HTMLElement>('[part~="subject"][data-id]'),
    ].find((candidate) => candidate.dataset['id'] === String(id));
    control?.focus();
    return control !== undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
    clearTimeout(this.#announceTimer);
  }

  private get announceLang(): string | undefined {
    return this.t.textLang ?? (this.t.lang || undefined);
  }

  /** The page shown, the number of matching messages and of pages, in either mode. */
  private result(): {
    messages: readonly EboxMessage[];
    total: number;
    page: number;
    pageCount: number;
  } {
    const list = this.messageList;
    if (this.serverMode) {
      const total = Math.max(0, Math.trunc(this.total!));
      const pageCount = Math.max(1, Math.ceil(total / this.query.pageSize));
      return { messages: list, total, page: Math.min(this.query.page, pageCount), pageCount };
    }
    const cached = this.#result;
    if (cached && cached.messages === this.messages && cached.query === this.query) {
      return cached.value;
    }
    const value = queryEboxMessages(list, this.query);
    this.#result = { messages: this.messages, query: this.query, value };
    return value;
  }

  /** The filter choices and the unread count, worked out once per `messages` and language. */
  private options() {
    const locale = this.t.locale;
    const key = [this.messages, locale, this.senders, this.messageTypes];
    const cached = this.#options;
    if (cached?.key.every((part, index) => part === key[index])) return cached;
    const senders = new Map<string, FilterOption>();
    const types = new Map<string, FilterOption>();
    let unread = 0;
    const add = (into: Map<string, FilterOption>, item: { id?: unknown; name?: unknown }) => {
      const id = typeof item?.id === 'string' ? item.id : '';
      if (!id || into.has(id)) return;
      const picked = pickText(item.name, locale);
      into.set(id, { id, name: picked.text || id, lang: picked.lang });
    };
    for (const message of this.messageList) {
      if (!message.read) unread++;
      if (!this.senders) add(senders, message.sender);
      if (!this.messageTypes && message.messageType) add(types, message.messageType);
    }
    for (const sender of this.senders ?? []) add(senders, sender);
    for (const type of this.messageTypes ?? []) add(types, type);
    const byName = (a: FilterOption, b: FilterOption) => a.name.localeCompare(b.name, locale);
    this.#options = {
      key,
      senders: [...senders.values()].sort(byName),
      types: [...types.values()].sort(byName),
      unread,
    };
    return this.#options;
  }

  private summaryText(): string {
    const unread = this.serverMode ? this.unreadCount : this.options().unread;
    const total = this.serverMode ? (this.mailboxCount ?? this.total) : this.messageList.length;
    if (typeof unread !== 'number' || !Number.isFinite(unread) || !total) return '';
    return this.t.term('summary', { count: unread, total: formatNumber(this.t, total) });
  }

  /** Applies a change of the search, a filter, the sort or the page. */
  private change(changes: Partial<Record<keyof EboxQuery, unknown>>, reason: EboxQueryReason) {
    const query = normalizeEboxQuery({
      ...this.query,
      ...changes,
      page: reason === 'page' ? changes.page : 1,
    });
    if (sameEboxQuery(query, this.query)) return;
    this.query = query;
    if (reason !== 'page') this.#resultsPending = true;
    if (this.serverMode) {
      if (reason === 'page') this.page = query.page;
      this.emit('bf-ebox-query', { query, reason });
    }
  }

  private setSelection(ids: readonly string[]): void {
    this.selectedIds = ids;
    this.emit('bf-ebox-selection-change', { ids });
  }

  private readonly onSearch = (event: Event): void => {
    const search = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    // Locally the list follows each key (the search is fast); a server gets the pause.
    if (!this.serverMode) this.change({ search }, 'search');
    else this.#searchTimer = setTimeout(() => this.change({ search }, 'search'), typingPause);
  };

  private readonly onFilter = (event: Event): void => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const { name, value } = control;
    if (name === 'order') {
      const [sort, direction] = value.split(':');
      this.change({ sort, direction }, 'sort');
      return;
    }
    // Each control's value as the query says it; an empty choice is no filter.
    let filter: unknown = value || undefined;
    if (name === 'read') filter = value ? value === 'read' : undefined;
    if (name === 'registeredMail') filter = (control as HTMLInputElement).checked || undefined;
    this.change({ [name]: filter }, 'filter');
  };

  private readonly onClear = (): void => {
    clearTimeout(this.#searchTimer);
    const cleared = Object.fromEntries(filterKeys.map((key) => [key, undefined]));
    this.change(cleared, 'filter');
    // The button goes with the filters: focus goes to the search, where a new search starts.
    this.#refocus = '#search';
  };

  private readonly onPage = (event: CustomEvent<PageChangeDetail>): void => {
    // The list's own event says it (`bf-ebox-query` in server mode).
    event.stopPropagation();
    this.change({ page: event.detail.page }, 'page');
  };

  private readonly onSelect = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    const id = box.value;
    const selected = new Set(this.selectedIds);
    if (box.checked) selected.add(id);
    else selected.delete(id);
    this.setSelection([...selected]);
  };

  private readonly onSelectPage = (event: Event): void => {
    const checked = (event.target as HTMLInputElement).checked;
    const selected = new Set(this.selectedIds);
    for (const message of this.result().messages) {
      if (checked) selected.add(String(message.id));
      else selected.delete(String(message.id));
    }
    this.setSelection([...selected]);
  };

  private readonly onAction = (event: Event): void => {
    const action = (event.currentTarget as HTMLButtonElement).value as EboxAction;
    const ids = this.selectedIds;
    if (!ids.length) {
      void announce(this.t.term('selectFirst'), { lang: this.announceLang });
      return;
    }
    if (this.emit('bf-ebox-action', { action, ids }, { cancelable: true })) this.setSelection([]);
  };

  private readonly onOpen = (event: MouseEvent): void => {
    const control = event.currentTarget as HTMLElement;
    // A click that opens a new tab or window is the browser's.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    const id = control.dataset['id'] ?? '';
    const message = this.result().messages.find((candidate) => String(candidate.id) === id);
    if (!message) return;
    if (!this.emit('bf-ebox-open', { id, message }, { cancelable: true })) event.preventDefault();
  };

  private readonly onRetry = (): void => {
    this.emit('bf-ebox-retry', { query: this.query });
  };

  private readonly onToggleMore = (event: Event): void => {
    this.#moreOpen = (event.target as HTMLDetailsElement).open;
  };

  protected override render() {
    const { t } = this;
    const result = this.result();
    const { senders, types } = this.options();
    const query = this.query;
    const order = `${query.sort}:${query.direction}`;
    const summary = this.summaryText();
    const more =
      this.#moreOpen ||
      query.senderId !== undefined ||
      query.messageTypeId !== undefined ||
      query.registeredMail !== undefined ||
      query.receivedFrom !== undefined ||
      query.receivedTo !== undefined;
    const option = (value: string, label: string, selected: boolean, lang?: string) =>
      html`<option value=${value} ?selected=${selected} lang=${lang ?? nothing}>${label}</option>`;
    const pageIds = result.messages.map((message) => String(message.id));
    const selected = new Set(this.selectedIds);
    const onPage = pageIds.filter((id) => selected.has(id)).length;
    const filtered = hasFilters(query);

    return html`<div class="ebox" lang=${t.textLang ?? nothing}>
      ${summary ? html`<p part="summary" class="summary">${summary}</p>` : nothing}
      <form
        part="filters"
        class="filters"
        role="search"
        aria-label=${t.term('filters')}
        @submit=${(event: Event) => event.preventDefault()}
        @change=${this.onFilter}
      >
        <div class="field field--search">
          <label for="search">${t.term('search')}</label>
          <input
            id="search"
            class="control focus-ring"
            type="search"
            name="search"
            autocomplete="off"
            .value=${query.search ?? ''}
            @input=${this.onSearch}
            @change=${(event: Event) => event.stopPropagation()}
          />
        </div>
        <div class="field">
          <label for="read">${t.term('readStatus')}</label>
          <select id="read" name="read" class="control focus-ring">
            ${option('', t.term('readAll'), query.read === undefined)}
            ${option('unread', t.term('readUnread'), query.read === false)}
            ${option('read', t.term('readRead'), query.read === true)}
          </select>
        </div>
        <div class="field">
          <label for="order">${t.term('sort')}</label>
          <select id="order" name="order" class="control focus-ring">
            ${sortChoices.map(([value, key]) => option(value, t.term(key), value === order))}
          </select>
        </div>
        <details class="more" ?open=${more} @toggle=${this.onToggleMore}>
          <summary class="focus-ring">${t.term('moreFilters')}</summary>
          <div class="more-fields">
            <div class="field">
              <label for="sender">${t.term('sender')}</label>
              <select id="sender" name="senderId" class="control focus-ring">
                ${option('', t.term('senderAll'), query.senderId === undefined)}
                ${senders.map((item) =>
                  option(item.id, item.name, item.id === query.senderId, item.lang),
                )}
              </select>
            </div>
            <div class="field">
              <label for="type">${t.term('messageType')}</label>
              <select id="type" name="messageTypeId" class="control focus-ring">
                ${option('', t.term('messageTypeAll'), query.messageTypeId === undefined)}
                ${types.map((item) =>
                  option(item.id, item.name, item.id === query.messageTypeId, item.lang),
                )}
              </select>
            </div>
            <fieldset class="field dates">
              <legend>${t.term('receivedBetween')}</legend>
              <div class="field">
                <label for="from">${t.term('receivedFrom')}</label>
                <input
                  id="from"
                  class="control focus-ring"
                  type="date"
                  name="receivedFrom"
                  .value=${query.receivedFrom ?? ''}
                />
              </div>
              <div class="field">
                <label for="to">${t.term('receivedTo')}</label>
                <input
                  id="to"
                  class="control focus-ring"
                  type="date"
                  name="receivedTo"
                  .value=${query.receivedTo ?? ''}
                />
              </div>
            </fieldset>
            <div class="check">
              <input
                id="registered"
                class="box focus-ring"
                type="checkbox"
                name="registeredMail"
                .checked=${query.registeredMail === true}
              />
              <label for="registered">${t.term('registeredOnly')}</label>
            </div>
          </div>
        </details>
        ${
          filtered
            ? html`<button type="button" class="action focus-ring" @click=${this.onClear}>
                ${t.term('clear')}
              </button>`
            : nothing
        }
      </form>
      ${
        this.loading || this.error
          ? nothing
          : html`<p part="results" class="results">
              ${t.term('results', { count: result.total })}
            </p>`
      }
      ${
        result.messages.length && !this.loading && !this.error
          ? html`<div part="bulk" class="bulk" role="group" aria-label=${t.term('bulk')}>
              <div class="check">
                <input
                  id="select-page"
                  class="box focus-ring"
                  type="checkbox"
                  .checked=${onPage === pageIds.length}
                  .indeterminate=${onPage > 0 && onPage < pageIds.length}
                  @change=${this.onSelectPage}
                />
                <label for="select-page">${t.term('selectPage')}</label>
              </div>
              <p class="selected">${t.term('selected', { count: this.selectedIds.length })}</p>
              <div class="actions">
                ${(['mark-read', 'mark-unread', 'archive'] as const).map(
                  (action, index) =>
                    html`<button
                      type="button"
                      class="action focus-ring"
                      value=${action}
                      @click=${this.onAction}
                    >
                      ${t.term((['markRead', 'markUnread', 'archive'] as const)[index]!)}
                    </button>`,
                )}
              </div>
            </div>`
          : nothing
      }
      ${this.renderBody(result.messages, selected)}
      ${
        result.pageCount > 1
          ? // Kept while a page loads: the citizen's focus may be on it.
            html`<bf-pagination
              class="pagination"
              current=${result.page}
              total=${result.pageCount}
              @bf-page-change=${this.onPage}
            ></bf-pagination>`
          : nothing
      }
    </div>`;
  }

  private renderBody(messages: readonly EboxMessage[], selected: Set<string>) {
    const { t } = this;
    if (this.error) {
      return html`<div part="status" class="status status--error">
        <p>${t.term('error')}</p>
        <button type="button" class="action focus-ring" @click=${this.onRetry}>
          ${t.term('retry')}
        </button>
      </div>`;
    }
    if (this.loading) {
      // Grey bars where the messages will be, hidden from screen readers: the busy list and
      // the text say it.
      return html`<p part="status" class="status">${t.term('loading')}</p>
        <ul part="list" class="list" aria-label=${t.term('label')} aria-busy="true">
          ${[0, 1, 2].map(
            () =>
              html`<li class="message skeleton" aria-hidden="true">
                <span></span><span></span><span></span>
              </li>`,
          )}
        </ul>`;
    }
    if (!messages.length) {
      return html`<p part="status" class="status">
        ${t.term(hasFilters(this.query) ? 'noResults' : 'empty')}
      </p>`;
    }
    const now = this.now instanceof Date ? this.now : new Date();
    return html`<ul part="list" class="list" aria-label=${t.term('label')}>
      ${messages.map((message, index) =>
        this.renderMessage(message, index, selected.has(String(message.id)), now),
      )}
    </ul>`;
  }

  /**
   * One message, as a plain template inside the list: an element per message, with its own
   * controllers, would cost ten times as much (docs/decisions/0028).
   */
  private renderMessage(
    message: EboxMessage,
    index: number,
    isSelected: boolean,
    now: Date,
  ): TemplateResult {
    const { t } = this;
    const id = String(message.id);
    const subject = messageSubject(message, t);
    const sender = senderName(message, t);
    const received = formatEboxDate(message.receivedAt, t);
    const expiry = eboxExpiry(message.expiresAt, now, this.urgentDays);
    const attachments = Array.isArray(message.attachments) ? message.attachments.length : 0;
    const href = this.hrefTemplate ? fillHrefTemplate(this.hrefTemplate, '{id}', id) : undefined;
    const unread = !message.read;
    const subjectContent = html`<span lang=${subject.lang ?? nothing}>${subject.text}</span>`;
    return html`<li part="message" class="message ${unread ? 'message--unread' : ''}">
      <div class="check check--message">
        <input
          id="select-${index}"
          class="box focus-ring"
          type="checkbox"
          value=${id}
          .checked=${isSelected}
          @change=${this.onSelect}
        />
        <label for="select-${index}"
          ><span class="visually-hidden"
            >${t.term('selectMessage', { subject: subject.text })}</span
          ></label
        >
      </div>
      <div class="content">
        <p class="sender">
          ${unread ? html`<span class="unread">${t.term('unread')}</span>` : nothing}
          ${
            message.registeredMail
              ? html`<bf-tag variant="info">${t.term('registeredMail')}</bf-tag>`
              : nothing
          }
          <span lang=${sender.lang ?? nothing}>${sender.text}</span>
        </p>
        <p class="subject">
          ${
            href
              ? html`<a
                  part="subject"
                  class="open focus-ring"
                  href=${href}
                  data-id=${id}
                  @click=${this.onOpen}
                  >${subjectContent}</a
                >`
              : html`<button
                  part="subject"
                  class="open focus-ring"
                  type="button"
                  data-id=${id}
                  @click=${this.onOpen}
                >
                  ${subjectContent}
                </button>`
          }
        </p>
        <ul class="facts">
          <li>${received ? t.term('received', { date: received }) : t.term('receivedUnknown')}</li>
          ${
            expiry.state === 'none'
              ? nothing
              : html`<li class=${expiry.state === 'later' ? '' : 'urgent'}>
                  ${expiryPhrase(expiry, t)}
                </li>`
          }
          ${attachments ? html`<li>${t.term('attachments', { count: attachments })}</li>` : nothing}
          ${message.payment ? html`<li>${this.paymentText(message)}</li>` : nothing}
        </ul>
      </div>
    </li>`;
  }

  private paymentText(message: EboxMessage): string {
    const { t } = this;
    const payment = message.payment!;
    const amount =
      typeof payment.amount === 'number' && Number.isFinite(payment.amount)
        ? formatCurrency(t, payment.amount, payment.currency || 'EUR')
        : '';
    const date = formatEboxDate(payment.dueDate, t);
    if (amount && date) return t.term('payment', { amount, date });
    if (amount) return t.term('paymentAmount', { amount });
    return date ? t.term('paymentBy', { date }) : t.term('paymentRequested');
  }
}
