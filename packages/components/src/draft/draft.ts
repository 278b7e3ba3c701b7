import { html, nothing, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import {
  announce,
  applyAnswers,
  BelfryElement,
  devMode,
  formatDate,
  LocalizeController,
  onServer,
  readAnswers,
  whenRestored,
  type FormAnswers,
} from '@belfry/core';
import { styles } from './draft.styles.js';
import { draftStrings } from './draft.strings.js';
import {
  parseExpiry,
  readDraft,
  removeDraft,
  writeDraft,
  type DraftStorage,
} from './draft-store.js';

/** The detail of `bf-draft-save`: the answers about to be kept. */
export interface DraftSaveDetail {
  key: string;
  /** The answers that differ from what the page gave, as `[name, value]` (see `readAnswers`). */
  answers: FormAnswers;
}

/** The detail of `bf-draft-restore`: the answers about to be put back. */
export interface DraftRestoreDetail {
  key: string;
  answers: FormAnswers;
  /** When they were saved, in milliseconds since 1970. */
  savedAt: number;
}

/** The detail of `bf-draft-clear`: why the draft was thrown away. */
export interface DraftClearDetail {
  key: string;
  /** `start-again`: the citizen's button; `submit`: the form was sent; `api`: `clear()`. */
  reason: 'start-again' | 'submit' | 'api';
}

declare global {
  interface BelfryEventDetails {
    'bf-draft-save': DraftSaveDetail;
    'bf-draft-restore': DraftRestoreDetail;
    'bf-draft-clear': DraftClearDetail;
  }
}

/** Where a draft is kept: the browser tab (default), or the device, with an expiry. */
export const draftStorages = ['session', 'local'] as const;

/** How long typing must pause before the answers are saved, in ms. */
const saveDelay = 400;
/** How long to wait for Belfry fields whose script never comes, in ms. */
const definitionWait = 3000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * @summary Keeps a citizen's answers to the form inside it across reloads, going back and
 * forward, a crash or a tab closed by mistake, and puts them back with a notice and a
 * "Start again" button.
 *
 * Answers are kept in the browser tab (`sessionStorage`) unless `storage="local"` and `expires`
 * say otherwise. Passwords, files, hidden inputs the server wrote and anything marked
 * `data-bf-no-draft` are never kept; a successful submit throws the draft away. See
 * docs/components/draft.mdx and docs/decisions/0025-drafts.md.
 *
 * @tag bf-draft
 *
 * @slot - The `<form>` whose answers are kept, with its fields (native or Belfry).
 *
 * @csspart notice - The box that says the answers came back, above the form.
 * @csspart message - The notice's text.
 * @csspart start-again - The "Start again" button.
 *
 * @cssprop --bf-draft-notice-bg - Background of the notice.
 * @cssprop --bf-draft-notice-fg - Text colour of the notice.
 * @cssprop --bf-draft-notice-border - Colour of the notice's border and its accent rule.
 * @cssprop --bf-draft-notice-accent-width - Width of the rule on the notice's start edge.
 * @cssprop --bf-draft-notice-padding - Space inside the notice.
 * @cssprop --bf-draft-notice-gap - Space between the notice's text and its button.
 * @cssprop --bf-draft-notice-margin - Space between the notice and the form.
 * @cssprop --bf-draft-button-bg - Background of "Start again".
 * @cssprop --bf-draft-button-fg - Text and border colour of "Start again".
 * @cssprop --bf-draft-button-bg-hover - Background of "Start again" under the pointer.
 *
 * @fires bf-draft-save - Before the answers are kept (`detail`: `key`, `answers`). Cancelable:
 * `preventDefault()` keeps them out of the browser's storage, e.g. to send them to your server.
 * @fires bf-draft-restore - Before kept answers are put back (`detail`: `key`, `answers`,
 * `savedAt`). Cancelable: `preventDefault()` leaves the form as it is.
 * @fires bf-draft-clear - Once the draft is thrown away (`detail`: `key`, `reason`).
 */
export class BfDraft extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, styles];
  static override properties: PropertyDeclarations = {
    ...BelfryElement.properties,
    key: {},
    storage: {},
    expires: {},
    restoredAt: { state: true },
  };

  /**
   * The name the draft is kept under: one per form and procedure, e.g. `moving-house`. Required:
   * without it nothing is kept. Two forms with the same key share one draft.
   */
  key = '';

  /**
   * Where the answers are kept: `session` (default) in this browser tab only, gone when it is
   * closed; `local` on this device, for "come back later", only with `expires` (without a valid
   * one, `session` is used, with a warning).
   */
  storage: (typeof draftStorages)[number] = 'session';

  /**
   * How long a draft is kept after the last change: a whole number and `m`, `h` or `d`
   * (`30m`, `12h`, `7d`; at most `30d`). Required for `storage="local"`; with `session`, a
   * draft older than this is not put back either.
   */
  expires = '';

  /** When the answers shown came back from, in ms since 1970; `undefined`: no notice. */
  private restoredAt: number | undefined;
  /** When the kept draft expires (local storage), for the notice. */
  private keptUntil: number | undefined;

  private readonly t = new LocalizeController(this, draftStrings);
  /** Names answered since the page loaded: a draft never overwrites them. */
  private readonly touched = new Set<string>();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Answers changed since the last save. */
  private dirty = false;
  /** The stored draft has been put back (or there was none): saving may start. */
  private saving = false;
  /** The form was sent: nothing is saved on leaving the page. */
  private submitted = false;
  /** Answers being written by a restore: their events are not the citizen's. */
  private applying = false;
  private started: Promise<boolean> | undefined;

  /**
   * Resolves once the kept answers are back in the form (`true`), or there were none to put back
   * (`false`): the fields are ready, and saving has started.
   */
  get ready(): Promise<boolean> {
    return this.started ?? Promise.resolve(false);
  }

  /** The form whose answers are kept: the first `<form>` inside the element. */
  get form(): HTMLFormElement | null {
    return this.querySelector('form');
  }

  /** Where answers are kept now: `local` only with a valid `expires`. */
  private get kind(): DraftStorage {
    return this.storage === 'local' && parseExpiry(this.expires) ? 'local' : 'session';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (onServer) return;
    this.listen('addEventListener');
    this.started ??= this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listen('removeEventListener');
    // Nothing typed is lost when the form leaves the page (a single-page app's next step).
    if (this.dirty) this.save();
  }

  /** Starts or stops listening to the page: answers change, the page is hidden, left or sent. */
  private listen(method: 'addEventListener' | 'removeEventListener'): void {
    const document_ = this.ownerDocument;
    // On the document: a control outside the form (`form="id"`) belongs to it too.
    for (const type of ['input', 'change', 'reset'])
      document_[method](type, this.handleChange, true);
    document_[method]('visibilitychange', this.handleHide);
    const view = document_.defaultView;
    // On the window, last in the event's path: the page's own handlers may prevent it before.
    view?.[method]('submit', this.handleSubmit);
    view?.[method]('pagehide', this.handleHide);
  }

  /**
   * Keeps the form's answers now (they are also kept shortly after every change, and when the
   * page is hidden or left). Fires `bf-draft-save` first. Returns whether they were kept: `false`
   * without a `key` or a form, when cancelled, or when storage is blocked or full.
   */
  save(): boolean {
    clearTimeout(this.saveTimer);
    const form = this.form;
    if (!form || !this.key) return false;
    this.dirty = false;
    const answers = readAnswers(form);
    if (!this.emit('bf-draft-save', { key: this.key, answers }, { cancelable: true })) {
      return false;
    }
    const expiry = parseExpiry(this.expires);
    this.keptUntil = expiry && Date.now() + expiry;
    return writeDraft(this.kind, this.key, answers, this.keptUntil ?? null);
  }

  /**
   * Puts `answers` back into the form (as `bf-draft-save` gave them, e.g. from your server) once
   * its fields are ready, and shows the notice with `savedAt` (default: now). Answers the citizen
   * typed since the page loaded, and what the browser restored itself, are never overwritten.
   * Fires `bf-draft-restore` first. Resolves with whether any answer is shown.
   */
  async restore(answers: FormAnswers, savedAt: number | Date = Date.now()): Promise<boolean> {
    await this.ready;
    return this.apply(answers, Number(savedAt));
  }

  /**
   * Throws the draft away (from both storages) and hides the notice; the form keeps what it
   * shows. Fires `bf-draft-clear`.
   */
  clear(): void {
    this.forget('api');
  }

  protected override willUpdate(): void {
    if (devMode) {
      const { storage, expires } = this;
      if (storage !== 'session' && storage !== 'local') {
        this.warn(
          `storage:${String(storage)}`,
          `storage="${String(storage)}" is not "session" or "local"; "session" is used.`,
        );
      }
      if (expires && !parseExpiry(expires)) {
        this.warn(
          `expires:${expires}`,
          `expires="${expires}" is not a duration such as "30m", "12h" or "7d"; it is ignored.`,
        );
      }
      if (storage === 'local' && !parseExpiry(expires)) {
        this.warn(
          'local-expires',
          'storage="local" needs an expiry (expires="7d"), so that answers do not stay on a shared computer; the draft is kept in the tab (sessionStorage) instead.',
        );
      }
    }
  }

  protected override render() {
    const savedAt = this.restoredAt;
    return html`${
        savedAt === undefined
          ? nothing
          : html`<div class="notice" part="notice">
              <p class="message" part="message" lang=${this.t.textLang ?? nothing}>
                ${this.noticeText(savedAt)}
              </p>
              <button
                type="button"
                class="button focus-ring"
                part="start-again"
                lang=${this.t.textLang ?? nothing}
                @click=${this.startAgain}
              >
                ${this.t.term('startAgain')}
              </button>
            </div>`
      }<slot></slot>`;
  }

  /** Puts the kept draft back once the fields are ready and the browser has restored its own. */
  private async start(): Promise<boolean> {
    await this.updateComplete;
    const form = this.form;
    if (!this.key || !form) {
      if (devMode)
        this.warn(
          this.key ? 'form' : 'key',
          !this.key
            ? 'set a "key" (e.g. key="moving-house"): without it no answers are kept.'
            : 'put the <form> inside the element: there is none, so no answers are kept.',
        );
      this.saving = true;
      return false;
    }
    // Read now, before any save could replace it.
    const stored = readDraft(this.kind, this.key);
    await this.fieldsReady(form);
    // Chromium puts back the values of a page loaded again just before `pageshow`, silently:
    // what it restored is left as it is. Follow-up questions are disabled once it is over.
    await new Promise<void>((resolve) => {
      if (!whenRestored(this, resolve)) resolve();
    });
    await this.fieldsReady(form);
    // Until a change saves them again, the answers go when the kept draft expires.
    this.keptUntil = stored?.expiresAt ?? undefined;
    const shown = stored && this.isConnected && (await this.apply(stored.answers, stored.savedAt));
    this.saving = true;
    if (this.dirty) this.scheduleSave();
    return shown === true;
  }

  /** Waits until the Belfry elements in the form are defined and have their controls. */
  private async fieldsReady(form: HTMLFormElement): Promise<void> {
    const document_ = this.ownerDocument;
    if (document_.readyState === 'loading') {
      await new Promise((resolve) =>
        document_.addEventListener('DOMContentLoaded', resolve, { once: true }),
      );
    }
    const belfry = () =>
      Array.from(form.querySelectorAll('*')).filter((element) =>
        element.localName.startsWith('bf-'),
      );
    const tags = new Set(belfry().map((element) => element.localName));
    // A field whose script never comes must not hold back the rest.
    await Promise.race([
      Promise.all([...tags].map((tag) => customElements.whenDefined(tag))),
      new Promise((resolve) => setTimeout(resolve, definitionWait)),
    ]);
    await nextTask();
    await Promise.all(
      belfry().map((element) => (element as Partial<BelfryElement>).updateComplete),
    );
  }

  private async apply(answers: FormAnswers, savedAt: number): Promise<boolean> {
    const form = this.form;
    if (!form || !this.key) return false;
    const detail = { key: this.key, answers, savedAt };
    if (!this.emit('bf-draft-restore', detail, { cancelable: true })) return false;
    this.applying = true;
    let shown: string[];
    try {
      shown = applyAnswers(form, answers, { skip: (name) => this.touched.has(name) });
    } finally {
      this.applying = false;
    }
    if (!shown.length) return false;
    this.restoredAt = Number.isFinite(savedAt) ? savedAt : Date.now();
    await this.updateComplete;
    void announce(this.noticeText(this.restoredAt), {
      lang: this.t.textLang ?? (this.t.lang || undefined),
    });
    return true;
  }

  /** "We restored your answers from 14:32." and how long they are kept, in the page's language. */
  private noticeText(savedAt: number): string {
    const saved = new Date(savedAt);
    const now = new Date();
    const time = formatDate(this.t, saved, { timeStyle: 'short' });
    const day = (date: Date) =>
      formatDate(this.t, date, {
        day: 'numeric',
        month: 'long',
        year: date.getFullYear() === now.getFullYear() ? undefined : 'numeric',
      });
    const restored =
      saved.toDateString() === now.toDateString()
        ? this.t.term('restoredToday', { time })
        : this.t.term('restoredOn', { date: day(saved), time });
    const expiry = parseExpiry(this.expires);
    const kept =
      this.kind === 'local' && expiry
        ? this.t.term('keptLocal', { date: day(new Date(this.keptUntil ?? Date.now() + expiry)) })
        : this.t.term('keptSession');
    return `${restored} ${kept}`;
  }

  /** Throws the draft away everywhere it may be, and hides the notice. */
  private forget(reason: DraftClearDetail['reason']): void {
    clearTimeout(this.saveTimer);
    this.dirty = false;
    this.restoredAt = undefined;
    if (!this.key) return;
    removeDraft('session', this.key);
    removeDraft('local', this.key);
    this.emit('bf-draft-clear', { key: this.key, reason });
  }

  /** "Start again": the draft goes, the form is emptied, and the citizen starts at its top. */
  private readonly startAgain = (): void => {
    const form = this.form;
    this.forget('start-again');
    this.touched.clear();
    form?.reset();
    // The notice and its button are gone: focus goes where the citizen starts again.
    const first = Array.from(form?.elements ?? []).find(
      (element): element is HTMLElement =>
        /^(input|select|textarea)$/.test(element.localName) &&
        (element as HTMLInputElement).type !== 'hidden' &&
        !element.matches(':disabled'),
    );
    const field = first?.parentElement as (HTMLElement & { control?: unknown }) | null;
    (field?.control === first ? field : first)?.focus();
    void announce(this.t.term('cleared'), { lang: this.t.textLang ?? (this.t.lang || undefined) });
  };

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(), saveDelay);
  }

  /** An answer changed (or the form was reset): save once typing pauses. */
  private readonly handleChange = (event: Event): void => {
    const form = this.form;
    const target = event.target as (Element & { form?: unknown; name?: unknown }) | null;
    if (this.applying || !form || !target) return;
    if (event.type === 'reset' ? target !== form : target.form !== form) return;
    // A date field's boxes have no name: the field's control, next to them, has.
    const host = target.parentElement as (Element & { control?: { name?: unknown } }) | null;
    const name = target.name || host?.control?.name;
    if (typeof name === 'string' && name) this.touched.add(name);
    this.submitted = false;
    this.dirty = true;
    if (this.saving) this.scheduleSave();
  };

  /** The page is hidden or left: what is not saved yet is saved now. */
  private readonly handleHide = (event: Event): void => {
    if (event.type === 'visibilitychange' && this.ownerDocument.visibilityState !== 'hidden') {
      return;
    }
    if (this.saving && this.dirty && !this.submitted) this.save();
  };

  /** A submit nobody prevented sends the answers: the draft is no longer needed. */
  private readonly handleSubmit = (event: Event): void => {
    if (event.target !== this.form || event.defaultPrevented) return;
    this.submitted = true;
    this.forget('submit');
  };
}
