import {
  html,
  isServer,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type ReactiveController,
} from 'lit';
import { BelfryElement } from './belfry-element.js';
import { DisabledStateController } from './disabled-state.js';
import { SlotController } from './slots.js';
import {
  createErrorNode,
  fieldMarker as marker,
  setErrorText,
  takeServerError,
} from './error-message.js';
import { manageControl, watchForm, type WatchedControl } from './form.js';
import { whenRestored } from './restore.js';
import { formControlStrings, type FormControlStrings } from './form-control.strings.js';
import {
  locales,
  LocalizeController,
  type Catalog,
  type Catalogs,
  type ComponentStrings,
  type Locale,
} from './localize.js';

// Checkboxes and radio buttons, written once for `bf-checkbox`, `bf-radio` and their groups.
// Like every field (docs/decisions/0013-native-controls-in-light-dom.md), the native
// `<input type="checkbox|radio">`, its `<label for>`, hint and error live in the element's light
// DOM; the shadow root lays them out through named slots. Radios of a group share one `name` in
// one tree, so the browser groups them: arrow keys, one tab stop, one choice. Why the group's
// `<fieldset>` is in its shadow root: docs/decisions/0016-checkboxes-and-radio-buttons.md.

/** Set on a control inside hidden follow-up questions that Belfry disabled, to enable it again. */
const conditionalMarker = 'data-bf-conditional-disabled';
let nextId = 0;

export type ChoiceType = 'checkbox' | 'radio';

/** What an option element (`bf-checkbox`, `bf-radio`) gives its {@link ChoiceController}. */
export interface ChoiceOptionHost extends BelfryElement {
  /** Help under the option's label. */
  hint: string;
  /** The value submitted when the option is chosen. */
  value: string;
  /** The option's own `disabled`. */
  disabled: boolean;
  /** Whether the option is chosen when the page loads and after a reset (the `checked` attribute). */
  defaultChecked: boolean;
}

/** A form control with a `disabled` switch: a native one, or a Belfry field around one. */
type Switchable = Element & { disabled: boolean };

/** The group an option is in, as the option sees it. */
export interface ChoiceGroupState {
  /** The `name` every option of the group submits under. */
  name: string;
  /** The group is disabled: so is each option. */
  disabled: boolean;
  /** The `form` attribute of the group (the id of the form it belongs to), or `null`. */
  form: string | null;
}

/**
 * The light-DOM side of one checkbox or radio button:
 * - adopts the `<input>` (and `<label>`) the author wrote inside the element, or creates them;
 * - makes the element's content (its text) the label's content, so that it names the control
 *   and a click on it chooses the option (content added later, by a framework, moves there too);
 * - a hint under the label, linked with `aria-describedby`;
 * - follow-up questions (`slot="conditional"`) shown only while the option is chosen: hidden,
 *   inert and disabled (not validated, not submitted) otherwise, and never cleared, so nothing
 *   typed there is lost when the choice changes back and forth;
 * - passes `value`, `disabled`, `checked` and the group's `name` to the control.
 */
export class ChoiceController implements ReactiveController {
  /** The native control, once the host is connected (`undefined` before, and on a server). */
  control: HTMLInputElement | undefined;
  /** The group's state, set by the group; `undefined` for an option on its own. */
  group: ChoiceGroupState | undefined;

  private label: HTMLLabelElement | undefined;
  private hintNode: HTMLElement | undefined;
  private readonly id = `bf-choice-${++nextId}`;
  private pendingChecked: boolean | undefined;
  private authorDescribedBy: string | undefined;
  private observer: MutationObserver | undefined;
  private form: HTMLFormElement | null = null;

  /**
   * @param describedBy ids of further light-DOM nodes that describe the control (a lone
   *   checkbox's error)
   */
  constructor(
    private readonly host: ChoiceOptionHost,
    private readonly type: ChoiceType,
    private readonly describedBy: () => readonly string[] = () => [],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    // Upgraded while the parser is still inside the element: its content is not there yet.
    if (!this.control && this.host.ownerDocument.readyState === 'loading' && !this.findControl()) {
      this.host.ownerDocument.addEventListener('DOMContentLoaded', () => this.connect(), {
        once: true,
      });
      return;
    }
    this.connect();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.watchReset(null);
  }

  hostUpdated(): void {
    if (this.control) this.sync();
  }

  /** Whether the option is chosen now. */
  get checked(): boolean {
    return this.control?.checked ?? this.pendingChecked ?? this.host.defaultChecked;
  }

  set checked(checked: boolean) {
    if (!this.control) {
      this.pendingChecked = checked;
      return;
    }
    this.control.checked = checked;
    this.checkedChanged();
  }

  /** The option's disabled state as it is: its own, its group's, or a disabled fieldset's. */
  get disabled(): boolean {
    return this.control?.matches(':disabled') ?? (this.host.disabled || !!this.group?.disabled);
  }

  /** The conditional content: the host's children with `slot="conditional"`. */
  get conditional(): HTMLElement[] {
    return Array.from(this.host.children).filter(
      (child): child is HTMLElement =>
        child instanceof HTMLElement && child.getAttribute('slot') === 'conditional',
    );
  }

  /** Joins (or, with `undefined`, leaves) a group: its name and disabled state apply now. */
  setGroup(group: ChoiceGroupState | undefined): void {
    const current = this.group;
    if (
      current?.name === group?.name &&
      current?.disabled === group?.disabled &&
      current?.form === group?.form
    ) {
      return;
    }
    this.group = group;
    if (this.control) this.sync();
    this.host.requestUpdate();
  }

  /** The checked state changed (a click, a script, a reset, another radio): show it. */
  checkedChanged(): void {
    this.host.requestUpdate();
    // The group checks its answer now, not at its next render: a submit may come first.
    this.host.dispatchEvent(new Event(choiceChangedEvent, { bubbles: true }));
    // A radio that the browser unchecks gets no event: its neighbours are told here.
    const control = this.control;
    if (control?.type === 'radio' && control.checked && control.name) {
      for (const other of radiosNamed(control)) {
        if (other !== control) other.parentElement?.dispatchEvent(new Event(refreshEvent));
      }
    }
  }

  /** The control the author wrote: a child of the host, or inside its `<label>`. */
  private findControl(): HTMLInputElement | null {
    const selector = `:scope > input[type="${this.type}"]:is(:not([slot]), [slot="control"]), :scope > label:not([slot]) > input[type="${this.type}"]`;
    return this.host.querySelector<HTMLInputElement>(selector);
  }

  private connect(): void {
    if (!this.host.isConnected) return;
    if (!this.control) {
      const adopted = this.findControl();
      const control = adopted ?? this.host.ownerDocument.createElement('input');
      if (adopted) {
        this.adoptAttributes(adopted);
        // A control inside its label goes before it: the shadow root lays the two out side by side.
        if (adopted.parentElement !== this.host) adopted.parentElement!.before(adopted);
      } else {
        control.type = this.type;
        control.setAttribute(marker, 'control');
        control.defaultChecked = this.host.defaultChecked;
        this.host.prepend(control);
      }
      if (!control.id) control.id = `${this.id}-control`;
      control.slot = 'control';
      this.authorDescribedBy = control.getAttribute('aria-describedby') ?? undefined;
      if (this.pendingChecked !== undefined) control.checked = this.pendingChecked;
      this.pendingChecked = undefined;
      this.control = control;
      control.addEventListener('change', () => this.checkedChanged());
      // A page loaded again: the browser puts the checked state back without a `change`, and
      // the follow-up answers, but only into controls that are not disabled (Chromium): they are
      // disabled once the restore is over.
      this.restoring =
        whenRestored(control, () => {
          this.restoring = false;
          this.checkedChanged();
        }) !== undefined;
      this.host.addEventListener(refreshEvent, () => this.host.requestUpdate());
      this.makeLabel(control);
    }
    this.observer ??= new MutationObserver(() => {
      this.restoreManagedNodes();
      this.moveContentIntoLabel();
      this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true });
    this.sync();
    this.host.requestUpdate();
  }

  /** An `<input>` the author wrote: what its attributes say becomes the element's state. */
  private adoptAttributes(control: HTMLInputElement): void {
    const host = this.host;
    if (!host.hasAttribute('value') && control.hasAttribute('value')) host.value = control.value;
    if (!host.hasAttribute('checked') && control.defaultChecked) host.defaultChecked = true;
    // A control disabled because its group (or a fieldset) is: the option itself is not.
    if (
      !host.hasAttribute('disabled') &&
      control.disabled &&
      !host.parentElement?.closest('[disabled]')
    ) {
      host.disabled = true;
    }
    const withName = host as ChoiceOptionHost & { name?: string };
    if (typeof withName.name === 'string' && !withName.name && control.name) {
      withName.name = control.name;
    }
  }

  private makeLabel(control: HTMLInputElement): void {
    let label = Array.from(this.host.children).find(
      (child): child is HTMLLabelElement =>
        child instanceof HTMLLabelElement && (!child.slot || child.slot === 'label'),
    );
    if (!label) {
      label = this.host.ownerDocument.createElement('label');
      label.setAttribute(marker, 'label');
      control.after(label);
    }
    label.slot = 'label';
    if (label.htmlFor !== control.id) label.htmlFor = control.id;
    this.label = label;
    this.moveContentIntoLabel();
  }

  /**
   * A framework that replaces the element's text wholesale (React sets `textContent` for a single
   * text child) removes the control and its label too: they come back, with the control's state,
   * and the new text becomes the label.
   */
  private restoreManagedNodes(): void {
    const control = this.control;
    const label = this.label;
    if (!control || !label || control.parentNode === this.host) return;
    // Removed with everything else: put back first, in their order.
    label.replaceChildren();
    this.host.prepend(control, label);
    if (this.hintNode?.hasAttribute(marker)) this.host.append(this.hintNode);
  }

  /**
   * The element's content names the option: it goes into the label, as it is (elements, a
   * `lang`, framework markers and all), never re-parsed. Managed nodes and slotted children stay.
   */
  private moveContentIntoLabel(): void {
    const label = this.label;
    if (!label) return;
    const content = Array.from(this.host.childNodes).filter(
      (node) =>
        node !== this.control &&
        node !== label &&
        !(node instanceof Element && (node.hasAttribute('slot') || node.hasAttribute(marker))),
    );
    // White space between the managed nodes is not a label.
    if (content.every((node) => node instanceof Text && !node.data.trim())) return;
    label.append(...content);
  }

  /** Brings the control, the hint and the follow-up questions up to date with the host. */
  private sync(): void {
    const control = this.control!;
    const host = this.host as ChoiceOptionHost & { name?: string; required?: boolean };
    const name = host.name || this.group?.name || '';
    if (control.name !== name) control.name = name;
    if (control.value !== host.value) control.value = host.value;
    if (control.defaultChecked !== host.defaultChecked) {
      control.defaultChecked = host.defaultChecked;
    }
    // The native `required` (announced by screen readers) only on a checkbox on its own: a
    // group's `required` is checked by the group, once.
    if (typeof host.required === 'boolean') {
      const required = host.required && !this.group;
      if (control.required !== required) control.required = required;
    }
    const disabled = host.disabled || !!this.group?.disabled;
    if (control.disabled !== disabled) control.disabled = disabled;
    const formId = host.getAttribute('form') ?? this.group?.form ?? null;
    if (formId !== null && control.getAttribute('form') !== formId) {
      control.setAttribute('form', formId);
    }
    if (control.form !== this.form) this.watchReset(control.form);
    this.syncHint();
    this.syncConditional(control);
    this.describe(control);
  }

  private syncHint(): void {
    const authored = this.host.querySelector<HTMLElement>(
      `:scope > [slot="hint"]:not([${marker}])`,
    );
    let node = authored ?? this.hintNode;
    if (!authored && !this.host.hint) {
      node?.remove();
      this.hintNode = undefined;
      return;
    }
    if (!node) {
      node = this.host.ownerDocument.createElement('div');
      node.setAttribute(marker, 'hint');
      node.slot = 'hint';
      this.host.append(node);
    }
    if (!node.id) node.id = `${this.id}-hint`;
    if (!authored && node.textContent !== this.host.hint) node.textContent = this.host.hint;
    this.hintNode = node;
  }

  /**
   * Follow-up questions: shown only while the option is chosen. Otherwise inert, and their
   * controls disabled, so that a required follow-up question does not stop the form and an
   * answer to a question not asked is not sent; what was typed stays in them.
   */
  /** Until the browser has restored a page loaded again (see `connect`). */
  private restoring = false;

  private syncConditional(control: HTMLInputElement): void {
    const shown = control.checked;
    const ids: string[] = [];
    for (const [index, element] of this.conditional.entries()) {
      if (!element.id) element.id = `${this.id}-conditional${index ? `-${index}` : ''}`;
      ids.push(element.id);
      if (element.inert === shown) element.inert = !shown;
      for (const field of switchables(element)) {
        if (!shown && !field.disabled && !this.restoring) {
          field.disabled = true;
          field.setAttribute(conditionalMarker, '');
        } else if (shown && field.hasAttribute(conditionalMarker)) {
          field.removeAttribute(conditionalMarker);
          field.disabled = false;
        }
      }
    }
    // Tells assistive technology which content the option shows and hides.
    if (ids.length) control.setAttribute('aria-controls', ids.join(' '));
    else control.removeAttribute('aria-controls');
  }

  private describe(control: HTMLInputElement): void {
    // Each id once: a hint the page wrote and linked itself is read once.
    const ids = new Set(
      [
        ...(this.authorDescribedBy?.split(/\s+/) ?? []),
        this.hintNode?.id,
        ...this.describedBy(),
      ].filter((id): id is string => !!id),
    );
    const value = [...ids].join(' ');
    if (!value) control.removeAttribute('aria-describedby');
    else if (control.getAttribute('aria-describedby') !== value) {
      control.setAttribute('aria-describedby', value);
    }
  }

  /** A reset gives every control its default state without an event: show the result. */
  private watchReset(form: HTMLFormElement | null): void {
    this.form?.removeEventListener('reset', this.handleReset);
    this.form = form;
    form?.addEventListener('reset', this.handleReset);
  }

  private readonly handleReset = (): void => {
    // The `reset` event comes before the controls are reset.
    setTimeout(() => this.host.requestUpdate());
  };
}

/** What an option asks its neighbours to do when the browser unchecks them. */
const refreshEvent = 'bf-choice-refresh';
/** What an option tells its group (or a lone checkbox itself) when its checked state changed. */
const choiceChangedEvent = 'bf-choice-changed';
/** What an option tells its group when it joins the page. */
const optionConnectedEvent = 'bf-choice-connected';

/** The radios that share `control`'s group (name, form and tree), as the browser groups them. */
function radiosNamed(control: HTMLInputElement): HTMLInputElement[] {
  const root = control.getRootNode() as Document | ShadowRoot;
  return Array.from(root.querySelectorAll<HTMLInputElement>('input[type="radio"]')).filter(
    (other) => other.name === control.name && other.form === control.form,
  );
}

/**
 * The form controls inside follow-up questions, each switched where its state lives: a Belfry
 * field (or option) through its own `disabled`, a plain control directly.
 */
function switchables(container: Element): Switchable[] {
  const found: Switchable[] = [];
  for (const control of container.querySelectorAll('input, select, textarea, button')) {
    const owner = control.parentElement as (Element & { control?: unknown }) | null;
    const field = owner && owner !== container && owner.control === control ? owner : control;
    if ('disabled' in field) found.push(field as Switchable);
  }
  return found;
}

/** What a group (or a lone checkbox) gives its {@link ChoiceGroupController}. */
export interface ChoiceGroupHost extends BelfryElement {
  /** Whether at least one option must be chosen. */
  required: boolean;
  /** Help under the group's question (groups only). */
  hint?: string;
}

/** The text a choice needs: the text every field shares, and its own "choose something". */
export type ChoiceStrings = FormControlStrings & { valueMissing: string };

export interface ChoiceGroupOptions {
  /** The element's own text (its `valueMissing`), read before the fields' shared text. */
  strings: ComponentStrings<{ valueMissing: string }>;
  /** The native controls of the group, in document order. */
  controls(): HTMLInputElement[];
  /** Whether the group has a hint of its own to manage (a lone checkbox's hint is its option's). */
  hint: boolean;
}

/** One catalog per language: the fields' shared text, with the element's own on top. */
function mergedCatalogs(own: Catalogs<Catalog>): Catalogs<ChoiceStrings> {
  return Object.fromEntries(
    locales.map((locale: Locale) => [
      locale,
      { ...formControlStrings.catalogs[locale], ...own[locale] },
    ]),
  ) as unknown as Catalogs<ChoiceStrings>;
}

/**
 * The question side of a group of checkboxes or radio buttons (and of a lone checkbox that
 * must be ticked):
 * - `required`: at least one option chosen (for radios: exactly one, which they allow anyway),
 *   with the message in the page's language put with `setCustomValidity()` on the group's first
 *   enabled control, so that a failed submit reports the group once, at that control;
 * - the inline error, shown when a submit fails and, after that, when focus leaves the group;
 *   once shown, it follows every change, and goes when fixed; `aria-invalid` on every control;
 * - the hint under the question.
 */
export class ChoiceGroupController implements ReactiveController, WatchedControl {
  /** Whether the inline error is shown. */
  errorShown = false;
  /** The hint node, when the group has a hint. */
  hintNode: HTMLElement | undefined;
  /** The error node, while the error shows. */
  errorNode: HTMLElement | undefined;

  private readonly t: LocalizeController<ChoiceStrings>;
  private readonly id = `bf-choice-group-${++nextId}`;
  private readonly managed = new Set<HTMLInputElement>();
  private attempted = false;
  private customMessage = '';
  private serverMessage = '';
  private serverErrorRead = false;
  private form: HTMLFormElement | null = null;
  private anchor: HTMLInputElement | undefined;

  constructor(
    private readonly host: ChoiceGroupHost,
    private readonly options: ChoiceGroupOptions,
  ) {
    this.t = new LocalizeController<ChoiceStrings>(host, {
      namespace: options.strings.namespace,
      catalogs: mergedCatalogs(options.strings.catalogs),
      sharedNamespaces: [formControlStrings.namespace],
    });
    host.addController(this);
  }

  /** The group's text for `key` in its language. */
  term(key: keyof ChoiceStrings & string): string {
    return this.t.term(key);
  }

  /** The group's language controller, for the language of its own text. */
  get localize(): LocalizeController<ChoiceStrings> {
    return this.t;
  }

  hostConnected(): void {
    if (isServer) return;
    this.host.addEventListener(choiceChangedEvent, this.handleChange);
    this.host.addEventListener('focusout', this.handleFocusOut);
  }

  hostDisconnected(): void {
    this.host.removeEventListener(choiceChangedEvent, this.handleChange);
    this.host.removeEventListener('focusout', this.handleFocusOut);
    for (const control of this.managed) manageControl(control, null);
    this.managed.clear();
  }

  hostUpdated(): void {
    if (isServer) return;
    this.sync();
  }

  /** The control the group's validity sits on: the first one that can be validated. */
  get validityAnchor(): HTMLInputElement | undefined {
    return this.anchor;
  }

  /** The page's own message (`setCustomValidity`), which wins over `required`. */
  setCustomValidity(message: string): void {
    this.customMessage = String(message ?? '');
    this.sync();
  }

  /** Shows the error now when invalid, and focuses the group; returns whether it is valid. */
  reportValidity(): boolean {
    this.sync();
    const valid = this.anchor?.checkValidity() ?? true;
    this.showError(!valid);
    if (!valid) this.anchor?.focus();
    return valid;
  }

  /** @internal Called by `watchForm` when a submit of the form was attempted. */
  submitAttempted(): void {
    this.attempted = true;
    this.sync();
    this.showError(!this.valid);
  }

  /** Whether the group is valid now. */
  get valid(): boolean {
    return this.anchor?.validity.valid ?? true;
  }

  /** Brings controls, validity, hint and error up to date. */
  sync(): void {
    const controls = this.options.controls();
    if (!this.serverErrorRead && controls.length) this.readServerError();
    this.manage(controls);
    this.validate(controls);
    if (this.options.hint) this.syncHint();
    this.syncError(controls);
  }

  /**
   * An error the server wrote (`<p slot="error">`, from its own checks) shows until the answer
   * changes: it is the server's verdict on that answer.
   */
  private readServerError(): void {
    this.serverErrorRead = true;
    const message = takeServerError(this.host);
    if (message) {
      this.serverMessage = message;
      this.errorShown = true;
    }
  }

  private manage(controls: readonly HTMLInputElement[]): void {
    for (const control of this.managed) {
      if (!controls.includes(control)) {
        manageControl(control, null);
        this.managed.delete(control);
      }
    }
    for (const control of controls) {
      if (!this.managed.has(control)) {
        manageControl(control, this);
        this.managed.add(control);
      }
    }
    const form = controls[0]?.form ?? null;
    if (form !== this.form) {
      this.form = form;
      if (form) watchForm(form);
    }
  }

  private validate(controls: readonly HTMLInputElement[]): void {
    const enabled = controls.filter((control) => !control.matches(':disabled'));
    const anchor = enabled[0];
    for (const control of controls) {
      if (control !== anchor && control.validationMessage) control.setCustomValidity('');
    }
    this.anchor = anchor;
    if (!anchor) return;
    const missing = this.host.required && !enabled.some((control) => control.checked);
    const message =
      this.customMessage || this.serverMessage || (missing ? this.t.term('valueMissing') : '');
    anchor.setCustomValidity(message);
  }

  private syncHint(): void {
    const authored = this.host.querySelector<HTMLElement>(
      `:scope > [slot="hint"]:not([${marker}])`,
    );
    const text = this.host.hint ?? '';
    let node = authored ?? this.hintNode;
    if (!authored && !text) {
      node?.remove();
      this.hintNode = undefined;
      return;
    }
    if (!node) {
      node = this.host.ownerDocument.createElement('div');
      node.setAttribute(marker, 'hint');
      node.slot = 'hint';
      this.host.prepend(node);
    }
    if (!node.id) node.id = `${this.id}-hint`;
    if (!authored && node.textContent !== text) node.textContent = text;
    this.hintNode = node;
  }

  private showError(show: boolean): void {
    if (this.errorShown === show) return;
    this.errorShown = show;
    this.syncError(this.options.controls());
    this.host.requestUpdate();
  }

  private syncError(controls: readonly HTMLInputElement[]): void {
    const message = this.errorShown ? (this.anchor?.validationMessage ?? '') : '';
    if (this.errorShown && !message) {
      // Fixed: the error goes.
      this.errorShown = false;
      this.host.requestUpdate();
    }
    if (message) {
      setErrorText(this.makeErrorNode(), this.t.term('errorPrefix'), this.t.textLang, message);
    } else {
      this.errorNode?.remove();
      this.errorNode = undefined;
    }
    // "false", not absent: Chromium otherwise reports the control that holds a group's validity
    // (or a required box) as invalid to screen readers before anyone has answered anything.
    for (const control of controls) control.setAttribute('aria-invalid', String(message !== ''));
  }

  private makeErrorNode(): HTMLElement {
    if (this.errorNode?.isConnected) return this.errorNode;
    this.errorNode = createErrorNode(this.host, `${this.id}-error`);
    return this.errorNode;
  }

  private readonly handleChange = (): void => {
    this.serverMessage = '';
    this.sync();
    // Once shown, the error follows every change, and goes when fixed.
    if (this.errorShown) this.showError(!this.valid);
  };

  private readonly handleFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!this.attempted || (next && this.host.contains(next))) return;
    this.sync();
    this.showError(!this.valid);
  };

  /** @internal Called by `watchForm` a task after its form was reset: no error shows. */
  formReset(): void {
    this.attempted = false;
    this.serverMessage = '';
    this.sync();
    this.showError(false);
  }
}

// The element's text shows through the default slot until the script moves it into the label
// (a server render before its script, or no script at all); then the label slot takes its place.
const controlSlot = html`<slot name="control"></slot
  ><slot name="label"><slot class="text"></slot></slot>`;
const hintSlot = html`<slot name="hint"></slot>`;

/**
 * The base class of `bf-checkbox` and `bf-radio`: the properties a native checkbox or radio
 * button has, passed to the real control in light DOM (see {@link ChoiceController}). Like every
 * field, the element is not form-associated: its native control is the one the form knows, and
 * the browser restores it on back/forward (docs/decisions/0013-native-controls-in-light-dom.md).
 */
export abstract class ChoiceElement extends BelfryElement implements ChoiceOptionHost {
  static override properties: PropertyDeclarations = {
    value: {},
    defaultChecked: { type: Boolean, attribute: 'checked' },
    disabled: { type: Boolean, reflect: true, useDefault: true },
    hint: {},
    formId: { attribute: 'form' },
  };

  /** The value submitted when the option is chosen (`on` when not set, as for native controls). */
  value = 'on';
  /** Chosen when the page loads and after the form is reset: the `checked` attribute. */
  defaultChecked = false;
  /** The option cannot be chosen or changed, and is not submitted. Say why, next to it. */
  disabled = false;
  /** Help under the option's label, read with it by screen readers. */
  hint = '';
  /** @internal The `form` attribute: the id of the form the control belongs to. */
  formId: string | null = null;

  protected abstract readonly choice: ChoiceController;
  /** For `:state(disabled)` only: the element is not form-associated. */
  protected readonly internals: ElementInternals | undefined;

  constructor() {
    super();
    this.internals = isServer ? undefined : this.attachInternals?.();
    // `:state(disabled)` greys the label whatever disabled the option (itself, its group, a
    // fieldset): a state, not an attribute, so the page's markup stays as the server sent it.
    new DisabledStateController(this, this.internals, () => this.choice.control);
    // Set before the element was defined (a framework, say): through the accessor now.
    if (Object.hasOwn(this, 'checked')) {
      const checked = (this as { checked?: boolean }).checked;
      delete (this as { checked?: boolean }).checked;
      queueMicrotask(() => {
        this.checked = Boolean(checked);
      });
    }
  }

  /** Whether the option is chosen now (not submitted when `false`). */
  get checked(): boolean {
    return this.choice.checked;
  }
  set checked(checked: boolean) {
    this.choice.checked = Boolean(checked);
  }

  /** The native `<input>`, in the element's light DOM, once connected. */
  get control(): HTMLInputElement | undefined {
    return this.choice.control;
  }

  /** The form the option belongs to, or `null`. */
  get form(): HTMLFormElement | null {
    return this.choice.control?.form ?? null;
  }

  /** Moves focus to the native control. */
  override focus(options?: FocusOptions): void {
    this.choice.control?.focus(options);
  }

  /** Takes focus away from the native control. */
  override blur(): void {
    this.choice.control?.blur();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A group already on the page learns of an option added to it later.
    this.dispatchEvent(new Event(optionConnectedEvent, { bubbles: true }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.choice.setGroup(undefined);
  }

  /** @internal Called by the group the option is in. */
  joinGroup(group: ChoiceGroupState | undefined): void {
    this.choice.setGroup(group);
  }

  /**
   * The option's row, and the place of its follow-up questions: always there (without a box of
   * its own, so empty it takes no room), hidden while the option is not chosen. A server render
   * and the browser's then agree, although the server cannot see whether there are any.
   */
  protected renderOption(hasHint: boolean) {
    return html`<div class="option" part="option">
        ${controlSlot}${hasHint ? hintSlot : nothing}
      </div>
      <div class="conditional" part="conditional" ?hidden=${!this.checked}>
        <slot name="conditional"></slot>
      </div>`;
  }
}

let nextGroup = 0;

/**
 * The base class of `bf-checkbox-group` and `bf-radio-group`: a real `<fieldset>` whose
 * `<legend>` is the question (`label`), the hint and the error under it, and the options. The
 * group gives every option its `name` and `disabled` state, checks `required` once for all of
 * them (see {@link ChoiceGroupController}), and has the validity API of a native control.
 *
 * The fieldset is in the shadow root, around the slot of the options, so the accessibility tree
 * (which follows the rendered tree) has a group named by its question holding every option,
 * without moving a single node a framework put there. Its description (hint, error) is linked by
 * element reference, which crosses from the shadow root to the light DOM.
 */
export abstract class ChoiceGroupElement extends BelfryElement implements ChoiceGroupHost {
  static override properties: PropertyDeclarations = {
    label: {},
    hint: {},
    name: {},
    required: { type: Boolean },
    disabled: { type: Boolean, reflect: true, useDefault: true },
    formId: { attribute: 'form' },
  };

  /** The question, shown as the group's legend; it names the group. Or use the `label` slot. */
  label = '';
  /** Help under the question, read by screen readers when they enter the group. */
  hint = '';
  /** The name every option submits its value under. */
  name = '';
  /** At least one option must be chosen; groups that are not required say "optional". */
  required = false;
  /** Every option is disabled, and nothing is submitted. Say why, next to the group. */
  disabled = false;
  /** @internal The `form` attribute: the id of the form the options belong to. */
  formId: string | null = null;

  /** The tag of this group's options. */
  protected abstract readonly optionTag: string;
  protected abstract readonly validation: ChoiceGroupController;
  private readonly hasSlot = new SlotController(this, 'label', 'hint', 'error');
  // Radios are grouped by the browser by name: a group without one still needs one.
  private readonly fallbackName = `bf-choice-group-${++nextGroup}`;

  constructor() {
    super();
    if (!isServer) this.addEventListener(optionConnectedEvent, () => this.requestUpdate());
  }

  /** The group's options, in document order (not those of a group inside their follow-up questions). */
  get options(): ChoiceElement[] {
    return Array.from(this.querySelectorAll<ChoiceElement>(this.optionTag)).filter(
      (option) => option.closest(this.localName) === this,
    );
  }

  /** The native controls of the options, in document order. */
  protected get controls(): HTMLInputElement[] {
    return this.options
      .map((option) => option.control)
      .filter((control): control is HTMLInputElement => control !== undefined);
  }

  /** The form the group belongs to, or `null`. */
  get form(): HTMLFormElement | null {
    return this.controls[0]?.form ?? null;
  }

  /** The group's validity: that of its first enabled option, where Belfry puts it. */
  get validity(): ValidityState | undefined {
    return this.validation.validityAnchor?.validity;
  }

  /** What is wrong, in the page's language; `''` when valid. */
  get validationMessage(): string {
    return this.validation.validityAnchor?.validationMessage ?? '';
  }

  /** Whether the group is checked when its form is submitted (not when disabled). */
  get willValidate(): boolean {
    return this.validation.validityAnchor?.willValidate ?? false;
  }

  /** Whether the group is valid; fires `invalid` on its first option when not, shows nothing. */
  checkValidity(): boolean {
    return this.validation.validityAnchor?.checkValidity() ?? true;
  }

  /** Whether the group is valid; when not, shows the error and moves focus to the group. */
  reportValidity(): boolean {
    return this.validation.reportValidity();
  }

  /** Marks the group as invalid with this message (in the page's language), or valid with `''`. */
  setCustomValidity(message: string): void {
    this.validation.setCustomValidity(message);
  }

  /** Moves focus to the chosen option, or else to the first one that can be chosen. */
  override focus(options?: FocusOptions): void {
    const enabled = this.controls.filter((control) => !control.matches(':disabled'));
    (enabled.find((control) => control.checked) ?? enabled[0])?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.label && !isServer) {
      // Checked once the content is there: a legend in the `label` slot names the group too.
      queueMicrotask(() => {
        if (!this.label && !this.hasSlot.has('label')) {
          this.warn(
            'label',
            'the group has no label: set its "label" attribute to the question, so that everyone knows what to answer.',
          );
        }
      });
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (isServer) return;
    const group = {
      name: this.name || this.fallbackName,
      disabled: this.disabled,
      form: this.formId,
    };
    for (const option of this.options) option.joinGroup(group);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The hint and the error describe the group (its fieldset), by element reference.
    const fieldset = this.renderRoot.querySelector('fieldset') as
      (HTMLFieldSetElement & { ariaDescribedByElements?: Element[] | null }) | null;
    if (fieldset) {
      const nodes = [this.validation.hintNode, this.validation.errorNode].filter(
        (node): node is HTMLElement => node !== undefined,
      );
      fieldset.ariaDescribedByElements = nodes.length ? nodes : null;
    }
  }

  protected override render() {
    const optional = this.required || this.disabled ? '' : this.validation.term('optional');
    const lang = this.validation.localize.textLang;
    const invalid = this.validation.errorShown;
    return html`<fieldset
      part="fieldset"
      class=${invalid ? 'fieldset fieldset--invalid' : 'fieldset'}
      ?disabled=${this.disabled}
    >
      <legend part="legend">
        <slot name="label">${this.label}</slot>${
          optional
            ? html`<span class="optional" lang=${lang ?? nothing}>${` ${optional}`}</span>`
            : nothing
        }
      </legend>
      ${this.hasSlot.has('hint') ? html`<slot name="hint"></slot>` : nothing}
      ${this.hasSlot.has('error') ? html`<slot name="error"></slot>` : nothing}
      <div class="options" part="options"><slot></slot></div>
    </fieldset>`;
  }
}
