import type { PropertyDeclarations, ReactiveController } from 'lit';
import { announce } from './announce.js';
import { BelfryElement } from './belfry-element.js';
import { setCustomState } from './custom-state.js';
import { DisabledStateController } from './disabled-state.js';
import { devMode, onServer } from './environment.js';
import {
  createErrorNode,
  fieldMarker as marker,
  setErrorText,
  takeServerError,
} from './error-message.js';
import { manageControl, watchForm, type WatchedControl } from './form.js';
import { formControlStrings, type FormControlStrings } from './form-control.strings.js';
import { LocalizeController, type ComponentStrings, type MessageParams } from './localize.js';
import { warnOnce } from './warn.js';

// Where a field's native control lives, and why: docs/decisions/0013-native-controls-in-light-dom.md.
// In short: the `<input>`, its `<label for>`, hint, error and count are in the field's light DOM,
// so that forms, autofill, password managers, labels and `aria-describedby` work as with plain
// HTML; the shadow root only lays them out through named slots.

/** The native controls a Belfry field can wrap. */
export type NativeControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * A check a field runs on its value after the browser's own (Belgian validators, a date's
 * calendar check). It returns the message to show, in the field's language, or nothing when the
 * value is fine. It is not called for an empty value: `required` decides about that.
 */
export type FieldValidator = (value: string, context: FieldValidatorContext) => string | undefined;

export interface FieldValidatorContext {
  /** The field's Belfry language (`nl`, `fr`, `de`, `en`), for the message. */
  readonly locale: 'nl' | 'fr' | 'de' | 'en';
  /** The native control. */
  readonly control: NativeControl;
}

/** The light-DOM nodes the core manages for a field, by the slot each goes into. */
export type ManagedPart = 'label' | 'hint' | 'error' | 'count';

/** Options a field gives its {@link FormControlController}. */
export interface FormControlOptions<C extends NativeControl> {
  /** The tag of the control: a child of the host with this tag is adopted as the control. */
  tag: C['localName'];
  /** Sets up a control the field created because the author wrote none. */
  create?(control: C): void;
  /** The maximum number of characters, for the character count; 0 for none. */
  maxLength?(): number;
  /** Ids of further light-DOM nodes that describe the control (a prefix, a suffix), in order. */
  describedBy?(): readonly string[];
  /**
   * Checks of the field's own, run before the page's `validators` (a preset's, such as the
   * national register number check of `preset="national-register-number"`).
   */
  validators?(): readonly FieldValidator[];
  /**
   * Called on every `input` event of the control before the value is checked: a field that
   * groups digits while people type (a preset) does it here, so the check sees the new value.
   */
  input?(control: C): void;
  /**
   * How a value the government already knows is shown as text (see `source`): a date in words,
   * a select's option text, a number grouped as people write it. Default: the value itself.
   */
  displayValue?(value: string, control: C): string;
  /** Called after a reset of the form, once the control has its default value back. */
  reset?(): void;
  /** The hint shown when the page sets none (a date field's example), in the field's language. */
  defaultHint?(): string;
  /**
   * For a field filled in through several boxes rather than its control (the day, month and year
   * of `bf-date-field`): the boxes, in order, once the field has made them. The control then only
   * carries the value submitted (an `<input type="hidden">`, which browsers never validate), and:
   * - the field is a group: the host gets `role="group"`, named by the label (a `<span>`, not a
   *   `<label for>`) and described by the hint and the error;
   * - the boxes follow the field's `form`, `disabled` and `readonly`; typing in them and leaving
   *   the group (not moving between the boxes) count as the field's;
   * - `check()` says what is wrong; its message goes on the first box in error, which stands for
   *   the field in the form (the browser's `invalid` event, `bf-form-invalid`, focus), and only
   *   the boxes in error get `aria-invalid`.
   */
  boxes?(): readonly HTMLInputElement[];
  /** The check of a field with `boxes`: its message (`''` when fine) and the boxes in error. */
  check?(): BoxesCheck;
  /**
   * The form was reset: a field with boxes puts its default value back in them (the browser
   * resets each box to empty, and the control that carries the value not at all).
   */
  formReset?(): void;
}

/** What is wrong with a field of several boxes (see `FormControlOptions.boxes`). */
export interface BoxesCheck {
  /** The message, in the field's language; `''` when the boxes are fine. */
  message: string;
  /** The boxes in error, in order; all of them when empty and there is a message. */
  boxes: readonly HTMLInputElement[];
}

/**
 * @internal What the known-value support (`knownValues`, known-value.ts) needs of a field's
 * controller.
 */
export interface KnownValueField {
  readonly host: FormControlHost;
  readonly control: NativeControl | undefined;
  /** The host's custom states, for `:state(known)`. */
  readonly states: Set<string> | undefined;
  /** The prefix of the ids of the field's managed nodes. */
  readonly id: string;
  /** The field's language and shared text. */
  readonly localize: LocalizeController<FormControlStrings>;
  /** The value as the field shows it as text (`FormControlOptions.displayValue`). */
  display(value: string): string;
  /** The field's label, once it has one. */
  label(): HTMLElement | undefined;
  /** Whether the control is read-only or disabled. */
  locked(): boolean;
}

/** @internal A field's known value, made by the registered known-value support. */
export interface KnownValue {
  /** Whether the known value shows as text, with its source, instead of the control. */
  readonly showing: boolean;
  /** Whether the value differs from the known value. */
  readonly corrected: boolean;
  /** "This is not correct", while the known value shows. */
  readonly button: HTMLElement | undefined;
  /** Brings the text, the source, the button, the flag and the `known` state up to date. */
  sync(): void;
  /** Shows the control instead of the known value, without moving focus. */
  open(): void;
  /** The form was reset: the known value shows again. */
  reset(): void;
}

let knownValueSupport: ((field: KnownValueField) => KnownValue) | undefined;
/** Controllers of connected fields, to bring up to date when known values are registered later. */
const liveFields = new Set<FormControlController>();

/**
 * Gives every field known values with their source (`source`, "only once"): Belfry's
 * `knownValues`, which `import '@belfry/components/known-values'` (and `belfry.js`) registers.
 * Fields already on the page take theirs at once. Without it, a field with a `source` is a
 * plain field holding its value (docs/decisions/0024-opt-in-presets-and-known-values.md).
 */
export function registerKnownValues(support: (field: KnownValueField) => KnownValue): void {
  knownValueSupport = support;
  for (const field of liveFields) field.knownValuesRegistered();
}

/** What the controller needs from its host: a {@link FormControlElement}. */
export interface FormControlHost extends BelfryElement {
  label: string;
  hint: string;
  validators: readonly FieldValidator[];
  /**
   * Where the field's value (its `value` attribute) comes from, when the government already
   * knows it: a keyword of `knownSources` or free text. Empty for an ordinary field.
   */
  source?: string;
  /** The name of the flag submitted with a corrected known value; default `<name>-corrected`. */
  correctedName?: string;
  /** The value the field starts with and returns to on reset (a select's chosen option's). */
  readonly defaultValue?: string;
}

let nextId = 0;

/** Element attributes the host passes to its control when set on the host. */
type Proxied =
  'name' | 'defaultValue' | 'value' | 'required' | 'disabled' | 'readOnly' | 'autocomplete';

// Created once: each field's look-up of shared text goes through its own tag first.
const catalogs = formControlStrings.catalogs;

/**
 * The behaviour every Belfry field shares, written once:
 * - finds the native control the author wrote inside the element, or creates one, in light DOM,
 *   with its `<label for>`, hint, inline error and character count next to it (each a managed
 *   node marked `data-bf-field`, put in the shadow root's `label`, `hint`, `control`, `error` and
 *   `count` slots); everything else the author wrote is left alone;
 * - links them with ids, `aria-describedby` and `aria-invalid` (one tree, so it works);
 * - validates with the browser's constraint validation and the field's validators, and puts a
 *   message in the field's language on the real control with `setCustomValidity()`;
 * - shows the error when a submit fails, then again on leaving the field, never while someone
 *   types for the first time, and keeps it up to date once shown;
 * - keeps the value through re-renders, language changes and attribute changes (the control
 *   is never re-created). Back/forward and session restore are the browser's own, for a native
 *   control in the document (see docs/decisions/0013 for what each browser restores).
 */
export class FormControlController<C extends NativeControl = NativeControl>
  implements ReactiveController, WatchedControl
{
  /** The native control, once the host is connected (`undefined` before, and on a server). */
  control: C | undefined;
  /** Whether the inline error is shown. */
  errorShown = false;

  private readonly t: LocalizeController<FormControlStrings>;
  private readonly pending = new Map<Proxied, string | boolean>();
  private readonly nodes: Partial<Record<'label' | 'hint' | 'error' | 'count', HTMLElement>> = {};
  /** A field with boxes: those in error, the first standing for the field. */
  private invalidBoxes: readonly HTMLInputElement[] = [];
  private readonly watchedBoxes = new WeakSet<HTMLInputElement>();
  private readonly id = `bf-field-${++nextId}`;
  /** A submit of the form was attempted: errors show on leaving the field from now on. */
  private attempted = false;
  private customMessage = '';
  private serverMessage = '';
  private authorDescribedBy: string | undefined;
  private countTimer: ReturnType<typeof setTimeout> | undefined;
  private form: HTMLFormElement | null = null;
  #known: KnownValue | undefined;
  /** After this controller: its `hostUpdated` sees the control as this one has just set it. */
  readonly #disabled: DisabledStateController;

  constructor(
    private readonly host: FormControlHost,
    private readonly internals: ElementInternals | undefined,
    private readonly options: FormControlOptions<C>,
  ) {
    const strings: ComponentStrings<FormControlStrings> = {
      namespace: host.localName,
      catalogs,
      sharedNamespaces: [formControlStrings.namespace],
    };
    this.t = new LocalizeController(host, strings);
    host.addController(this);
    this.#disabled = new DisabledStateController(host, internals, () => this.control);
  }

  /**
   * Whether the field is disabled now: by its own `disabled`, or by a `<fieldset disabled>`
   * around it. The host then has the custom state `disabled` (`:host(:state(disabled))`).
   */
  get disabled(): boolean {
    return this.#disabled.disabled;
  }

  /** The field's text for `key` in its language (shared text, overridable per field). */
  term(key: keyof FormControlStrings & string, params?: MessageParams): string {
    return this.t.term(key, params);
  }

  /** The field's language, for its own text. */
  get localize(): LocalizeController<FormControlStrings> {
    return this.t;
  }

  hostConnected(): void {
    if (onServer) return;
    liveFields.add(this);
    // An element upgraded while the parser is still inside it has no children yet: wait for
    // them, so that the control the author wrote is adopted rather than doubled.
    if (!this.control && this.host.ownerDocument.readyState === 'loading' && !this.findControl()) {
      this.host.ownerDocument.addEventListener('DOMContentLoaded', () => this.connect(), {
        once: true,
      });
      return;
    }
    this.connect();
  }

  hostDisconnected(): void {
    clearTimeout(this.countTimer);
    liveFields.delete(this);
  }

  /** The field's known value, once known values are registered (see `registerKnownValues`). */
  get #knownValue(): KnownValue | undefined {
    if (!this.#known && knownValueSupport) {
      const internals = this.internals as { states?: Set<string> } | undefined;
      // eslint-disable-next-line @typescript-eslint/no-this-alias -- read by the getter below
      const controller = this;
      this.#known = knownValueSupport({
        host: this.host,
        // The control is made after the controller: read it when asked.
        get control() {
          return controller.control;
        },
        states: internals?.states,
        id: this.id,
        localize: this.t,
        display: (value) => this.options.displayValue?.(value, this.control!) ?? value,
        label: () => this.nodes.label,
        locked: () => this.readOnlyOrDisabled(this.control!),
      });
    }
    return this.#known;
  }

  /** @internal Known values were registered: the field shows its own. */
  knownValuesRegistered(): void {
    if (this.control) this.syncKnown();
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.control) this.sync();
  }

  /** A text property of the control, or the value set on the host before the control existed. */
  getText(key: 'name' | 'defaultValue' | 'value' | 'autocomplete'): string {
    const control = this.control as Partial<Record<Proxied, unknown>> | undefined;
    const value = control ? control[key] : this.pending.get(key);
    return typeof value === 'string' ? value : '';
  }

  /** A boolean property of the control (`false` for one the control does not have). */
  getFlag(key: 'required' | 'disabled' | 'readOnly'): boolean {
    const control = this.control as Partial<Record<Proxied, unknown>> | undefined;
    return (control ? control[key] : this.pending.get(key)) === true;
  }

  /** Sets a property of the control (kept until the control exists) and updates the field. */
  set(key: Proxied, value: string | boolean): void {
    const control = this.control as Record<Proxied, string | boolean> | undefined;
    if (control) {
      // `readOnly` and the like only exist on some controls; a select has no `readOnly`.
      if (key in control) control[key] = value;
      if (key === 'value' || key === 'defaultValue') this.valueChanged();
    } else {
      this.pending.set(key, value);
    }
    this.host.requestUpdate();
  }

  /** The `setCustomValidity()` message set by the page, which wins over every other check. */
  setCustomValidity(message: string): void {
    this.customMessage = String(message ?? '');
    this.validate();
    this.host.requestUpdate();
  }

  /**
   * The control that carries the field's validity, and takes focus: the control, or in a field
   * with boxes the first box in error (the first box when none is).
   */
  get validityControl(): NativeControl | undefined {
    const boxes = this.options.boxes?.();
    if (!boxes) return this.control;
    return this.invalidBoxes[0] ?? boxes[0] ?? this.control;
  }

  /** Shows the error now when invalid, and focuses the control; returns whether it is valid. */
  reportValidity(): boolean {
    this.validate();
    const control = this.validityControl;
    const valid = control?.checkValidity() ?? true;
    if (!valid) this.openKnown();
    this.showError(!valid);
    if (!valid) control?.focus();
    return valid;
  }

  /** @internal Called by `watchForm` when a submit of the form was attempted. */
  submitAttempted(): void {
    this.attempted = true;
    this.validate();
    const valid = this.validityControl?.validity.valid ?? true;
    // A known value that does not pass (a changed rule, a register's typo) is shown in the
    // control with its error, so that the citizen can see and fix it.
    if (!valid) this.openKnown();
    this.showError(!valid);
  }

  /**
   * @internal Called by `watchForm` after a reset: the default value is back (a known value is
   * shown as text with its source again), no error shows.
   */
  formReset(): void {
    this.options.formReset?.();
    this.attempted = false;
    this.#knownValue?.reset();
    this.options.reset?.();
    this.showError(false);
    this.valueChanged();
    this.host.requestUpdate();
  }

  /**
   * Whether the field shows a value the government already knows as text, with its source and
   * a "This is not correct" button, instead of the control. True while the field has a `source`,
   * a known value (its default value) and holds that value, until the button is pressed; never
   * while known values are not registered (`registerKnownValues`).
   */
  get showingKnown(): boolean {
    return this.#knownValue?.showing ?? false;
  }

  /** Whether the value differs from the known value: it is then submitted with a flag. */
  get corrected(): boolean {
    return this.#knownValue?.corrected ?? false;
  }

  /**
   * Shows the control of a field that shows its known value (as "This is not correct" does),
   * without moving focus. Nothing is lost: the control holds the known value.
   */
  openKnown(): void {
    this.#knownValue?.open();
  }

  /**
   * Moves focus to the control (a field of boxes: the first box in error), or to "This is not
   * correct" while the known value shows.
   */
  focus(options?: FocusOptions): void {
    (this.#knownValue?.button ?? this.validityControl)?.focus(options);
  }

  /** A managed light-DOM node (created on first use), for a field that adds its own (a prefix). */
  part(name: string, tag = 'span'): HTMLElement {
    let node = this.host.querySelector<HTMLElement>(`:scope > [${marker}="${name}"]`);
    if (!node) {
      node = this.host.ownerDocument.createElement(tag);
      node.setAttribute(marker, name);
      node.slot = name;
      node.id = `${this.id}-${name}`;
      this.host.append(node);
    }
    return node;
  }

  /** Removes a node made with {@link part}. */
  removePart(name: string): void {
    this.host.querySelector(`:scope > [${marker}="${name}"]`)?.remove();
  }

  private findControl(): C | null {
    for (const child of this.host.children) {
      if (child.localName === this.options.tag && !child.hasAttribute('slot')) return child as C;
      if (child.localName === this.options.tag && child.getAttribute('slot') === 'control') {
        return child as C;
      }
    }
    return null;
  }

  private connect(): void {
    if (!this.host.isConnected) return;
    if (!this.control) {
      const adopted = this.findControl();
      const control = adopted ?? (this.host.ownerDocument.createElement(this.options.tag) as C);
      if (!adopted) this.options.create?.(control);
      if (!control.id) control.id = `${this.id}-control`;
      if (!adopted) control.setAttribute(marker, 'control');
      if (control.slot !== 'control') control.slot = 'control';
      this.authorDescribedBy = control.getAttribute('aria-describedby') ?? undefined;
      // An error the server wrote shows until the value changes.
      const serverMessage = takeServerError(this.host);
      if (serverMessage) {
        this.serverMessage = serverMessage;
        this.errorShown = true;
      }
      // Values set on the host before now, in the order a native control needs them.
      for (const [key, value] of this.pending) {
        if (key in control) (control as unknown as Record<string, unknown>)[key] = value;
      }
      this.pending.clear();
      if (!adopted) this.host.append(control);
      this.control = control;
      control.addEventListener('input', this.handleInput);
      control.addEventListener('change', this.handleInput);
      control.addEventListener('blur', this.handleBlur);
      manageControl(control, this);
    }
    this.form = this.control.form;
    if (this.form) watchForm(this.form);
    this.sync();
    this.host.requestUpdate();
  }

  /** Brings the managed nodes, ids and validity up to date with the host's properties. */
  private sync(): void {
    const control = this.control!;
    if (control.form !== this.form) {
      this.form = control.form;
      if (this.form) watchForm(this.form);
    }
    const formId = this.host.getAttribute('form');
    if (formId !== null && control.getAttribute('form') !== formId) {
      control.setAttribute('form', formId);
    }
    const boxes = this.options.boxes?.();
    if (boxes) this.syncBoxes(control, boxes, formId);
    this.syncLabel(control, boxes !== undefined);
    this.text('hint', this.host.hint || (this.options.defaultHint?.() ?? ''));
    this.validate();
    this.syncCount(false);
    this.syncError();
    this.syncKnown();
  }

  /** A field with boxes: they follow the field, and the host is the group they form. */
  private syncBoxes(control: C, boxes: readonly HTMLInputElement[], formId: string | null): void {
    for (const box of boxes) {
      if (formId !== null && box.getAttribute('form') !== formId) box.setAttribute('form', formId);
      if (box.disabled !== control.disabled) box.disabled = control.disabled;
      const readOnly = 'readOnly' in control && control.readOnly;
      if (box.readOnly !== readOnly) box.readOnly = readOnly;
      if (this.watchedBoxes.has(box)) continue;
      this.watchedBoxes.add(box);
      box.addEventListener('input', this.handleInput);
      box.addEventListener('change', this.handleInput);
      box.addEventListener('blur', this.handleBoxBlur);
      manageControl(box, this);
    }
    if (this.host.getAttribute('role') !== 'group') this.host.setAttribute('role', 'group');
  }

  private syncLabel(control: C, group: boolean): void {
    // A label the author wrote is kept; its text is replaced only by a `label` attribute. A
    // group's label names the host (`aria-labelledby`): a `<label for>` would name one box.
    const slotted = group ? this.host.querySelector<HTMLElement>(':scope > [slot="label"]') : null;
    let label: HTMLElement | undefined =
      this.nodes.label ??
      slotted ??
      Array.from(this.host.children).find(
        (child): child is HTMLLabelElement =>
          child instanceof HTMLLabelElement &&
          (child.htmlFor === control.id || child.contains(control) || !child.htmlFor),
      );
    if (!this.host.label && label?.hasAttribute(marker)) {
      label.remove();
      delete this.nodes.label;
      label = undefined;
    }
    if (!label && !this.host.label) {
      // No empty <label>: a field without a name must show up as one in checks (axe's "label").
      if (devMode) {
        warnOnce(
          `label:${this.host.localName}`,
          `<${this.host.localName}> has no label: set its "label" attribute, so that everyone knows what to fill in.`,
        );
      }
      return;
    }
    if (!label) {
      label = this.host.ownerDocument.createElement(group ? 'span' : 'label');
      label.setAttribute(marker, 'label');
      this.host.prepend(label);
    }
    this.nodes.label = label;
    if (label.slot !== 'label') label.slot = 'label';
    if (
      label instanceof HTMLLabelElement &&
      !group &&
      !label.contains(control) &&
      label.htmlFor !== control.id
    ) {
      label.htmlFor = control.id;
    }
    if (group && !label.id) label.id = `${this.id}-label`;
    if (group && this.host.getAttribute('aria-labelledby') !== label.id) {
      this.host.setAttribute('aria-labelledby', label.id);
    }
    let optional = label.querySelector<HTMLElement>(`[${marker}="optional"]`);
    // "Optional" in words, inside the label so that it is part of the field's name. A field
    // that cannot be changed needs none: there is nothing to fill in.
    const optionalText =
      control.required || this.readOnlyOrDisabled(control) ? '' : this.t.term('optional');
    const own = this.host.label;
    const expected = own ? `${own}${optionalText ? ` ${optionalText}` : ''}` : undefined;
    if (expected !== undefined && label.textContent !== expected) {
      label.replaceChildren(own);
      optional = null;
    } else if (!optionalText && optional) {
      if (optional.previousSibling?.textContent === ' ') optional.previousSibling.remove();
      optional.remove();
      optional = null;
    }
    if (optionalText) {
      if (!optional) {
        optional = this.host.ownerDocument.createElement('span');
        optional.setAttribute(marker, 'optional');
        label.append(' ', optional);
      }
      if (optional.textContent !== optionalText) optional.textContent = optionalText;
      const lang = this.t.textLang;
      if (lang) optional.lang = lang;
      else optional.removeAttribute('lang');
    }
    if (devMode && !own && !label.textContent?.replace(optionalText, '').trim()) {
      warnOnce(
        `label:${this.host.localName}`,
        `<${this.host.localName}> has no label: set its "label" attribute, so that everyone knows what to fill in.`,
      );
    }
  }

  /** A field you cannot change needs no "optional": there is nothing to fill in. */
  private readOnlyOrDisabled(control: C): boolean {
    return control.disabled || ('readOnly' in control && control.readOnly);
  }

  /**
   * Creates, updates or removes the managed node of `part` with `text`; a node the author wrote
   * with `slot="<part>"` is used (and kept) instead.
   */
  private text(part: 'hint' | 'count' | 'error', text: string): HTMLElement | undefined {
    let node =
      this.nodes[part] ??
      this.host.querySelector<HTMLElement>(`:scope > [slot="${part}"]:not([${marker}])`) ??
      undefined;
    const authored = node !== undefined && !node.hasAttribute(marker);
    if (!text && !authored) {
      node?.remove();
      delete this.nodes[part];
      return undefined;
    }
    if (!node) {
      node = this.host.ownerDocument.createElement(part === 'error' ? 'p' : 'div');
      node.setAttribute(marker, part);
      node.slot = part;
    }
    if (!node.id) node.id = `${this.id}-${part}`;
    if (!node.isConnected) this.host.append(node);
    this.nodes[part] = node;
    if (text && !authored && node.textContent !== text) node.textContent = text;
    return node;
  }

  /** Checks the value, and puts the message (in the field's language) on the control. */
  private validate(): void {
    const control = this.control;
    if (!control) return;
    const boxes = this.options.boxes?.();
    if (boxes) {
      this.validateBoxes(boxes);
      return;
    }
    control.setCustomValidity('');
    const message = this.message(control);
    control.setCustomValidity(message);
  }

  /** A field with boxes: the message goes on the first box in error, the others are cleared. */
  private validateBoxes(boxes: readonly HTMLInputElement[]): void {
    const check = this.options.check?.() ?? { message: '', boxes: [] };
    const message = this.customMessage || this.serverMessage || check.message;
    // The page's and the server's messages are about the whole field.
    const own = message !== '' && message === check.message && check.boxes.length > 0;
    this.invalidBoxes = message === '' ? [] : own ? check.boxes : boxes;
    const anchor = this.invalidBoxes[0];
    for (const box of boxes) box.setCustomValidity(box === anchor ? message : '');
  }

  private message(control: C): string {
    if (this.customMessage) return this.customMessage;
    if (this.serverMessage) return this.serverMessage;
    const validity = control.validity;
    const limit = (name: 'min' | 'max') => control.getAttribute(name) ?? '';
    if (validity.valueMissing) return this.t.term('valueMissing');
    if (validity.typeMismatch) {
      return this.t.term(control.type === 'url' ? 'typeMismatchUrl' : 'typeMismatchEmail');
    }
    if (validity.badInput || validity.stepMismatch) return this.t.term('badInput');
    if (validity.tooShort)
      return this.t.term('tooShort', { count: (control as HTMLInputElement).minLength });
    if (validity.tooLong)
      return this.t.term('tooLong', { count: (control as HTMLInputElement).maxLength });
    if (validity.rangeUnderflow) return this.t.term('rangeUnderflow', { min: limit('min') });
    if (validity.rangeOverflow) return this.t.term('rangeOverflow', { max: limit('max') });
    if (validity.patternMismatch) return this.t.term('patternMismatch');
    if (!validity.valid) return control.validationMessage || this.t.term('invalid');
    const value = control.value;
    // The count's limit lets people type on (nothing pasted is cut off) and is checked here.
    const max = this.options.maxLength?.() ?? 0;
    if (max > 0 && [...value].length > max) return this.t.term('tooLong', { count: max });
    if (value === '') return '';
    for (const validator of [
      ...(this.options.validators?.() ?? []),
      ...(this.host.validators ?? []),
    ]) {
      let result: string | undefined;
      try {
        result = validator(value, { locale: this.t.locale, control });
      } catch (error) {
        // A broken validator must not break the form: the value is treated as fine.
        if (devMode)
          warnOnce(
            `validator:${this.host.localName}`,
            `A validator of <${this.host.localName}> failed (${String(error)}); the value was accepted.`,
          );
      }
      if (typeof result === 'string' && result !== '') return result;
    }
    return '';
  }

  private showError(show: boolean): void {
    if (this.errorShown === show) return;
    this.errorShown = show;
    this.syncError();
    this.host.requestUpdate();
  }

  private syncError(): void {
    const control = this.control;
    if (!control) return;
    const boxes = this.options.boxes?.();
    // A field whose boxes are not made yet has nothing to show an error on, nor to clear it.
    if (boxes?.length === 0) return;
    const message = this.errorShown ? (this.validityControl?.validationMessage ?? '') : '';
    if (this.errorShown && !message) {
      // Fixed: the error goes.
      this.errorShown = false;
      this.host.requestUpdate();
    }
    const node = this.text('error', '');
    if (message) {
      setErrorText(this.errorNode(), this.t.term('errorPrefix'), this.t.textLang, message);
    } else if (node?.hasAttribute(marker)) {
      node.remove();
      delete this.nodes.error;
    }
    const invalid = this.errorShown && message !== '';
    // "false", not absent: Chromium otherwise reports a required empty field as invalid to
    // screen readers before anyone has typed or submitted anything. In a field with boxes, only
    // the boxes in error: a missing year marks the year alone.
    const marked: readonly Element[] = invalid ? (boxes ? this.invalidBoxes : [control]) : [];
    for (const element of boxes ?? [control]) {
      element.setAttribute('aria-invalid', String(marked.includes(element)));
    }
    // `:state(invalid)` lets the field's styles show the error state (a thicker red border).
    setCustomState(this.internals, 'invalid', invalid);
    this.describe();
  }

  private errorNode(): HTMLElement {
    let node = this.nodes.error;
    if (!node?.hasAttribute(marker)) {
      node?.remove();
      node = createErrorNode(this.host, `${this.id}-error`);
      this.nodes.error = node;
    }
    return node;
  }

  /** Character count: shown under the field, announced politely once typing pauses. */
  private syncCount(announceIt: boolean): void {
    const max = this.options.maxLength?.() ?? 0;
    if (!(max > 0) || !this.control) {
      this.text('count', '');
      return;
    }
    const length = [...this.control.value].length;
    const text =
      length > max
        ? this.t.term('charactersTooMany', { count: length - max })
        : this.t.term('charactersRemaining', { count: max - length });
    const node = this.text('count', text);
    node?.toggleAttribute('data-bf-over', length > max);
    if (announceIt) {
      // Not on every key: a screen reader would talk over the typing.
      clearTimeout(this.countTimer);
      this.countTimer = setTimeout(() => {
        void announce(text, { lang: this.t.textLang ?? (this.t.lang || undefined) });
      }, 1000);
    }
  }

  private describe(): void {
    // A group is described as a whole, as a fieldset is: the boxes are named by their own labels.
    const control: Element = this.options.boxes ? this.host : this.control!;
    const ids = [
      this.options.boxes ? undefined : this.authorDescribedBy,
      this.nodes.hint?.id,
      ...(this.options.describedBy?.() ?? []),
      this.errorShown ? this.nodes.error?.id : undefined,
      this.nodes.count?.id,
    ].flatMap((ids) => ids?.split(/\s+/) ?? []);
    // Once each: an author's own reference to the hint must not read it twice.
    const value = [...new Set(ids.filter(Boolean))].join(' ');
    if (value) {
      if (control.getAttribute('aria-describedby') !== value) {
        control.setAttribute('aria-describedby', value);
      }
    } else {
      control.removeAttribute('aria-describedby');
    }
  }

  private valueChanged(): void {
    this.validate();
    this.syncCount(false);
    if (this.errorShown) this.syncError();
    this.syncKnown();
  }

  private readonly handleInput = (event: Event): void => {
    // `change` follows an `input` that was handled already: formatting twice would move nothing,
    // but the caret must only be touched while typing.
    if (event.type === 'input' && this.control) this.options.input?.(this.control);
    this.serverMessage = '';
    this.validate();
    this.syncCount(true);
    // Once shown, the error follows the typing (and goes when fixed); never shown while typing.
    if (this.errorShown) this.syncError();
    this.syncKnown();
  };

  /**
   * "Only once" (docs/decisions/0018-known-values.md), when known values are registered; else a
   * development warning for a field that has a `source` (its value stays in the control).
   */
  private syncKnown(): void {
    const known = this.#knownValue;
    if (known) known.sync();
    else if (devMode && (this.host.source ?? '').trim()) {
      warnOnce(
        `source:${this.host.localName}`,
        `<${this.host.localName}>: source="${this.host.source}" does nothing yet: known values are not loaded, so the value shows in the field without its source. Add import '@belfry/components/known-values' (belfry.js has them).`,
      );
    }
  }

  private readonly handleBlur = (): void => {
    if (!this.attempted) return;
    this.validate();
    this.showError(!(this.validityControl?.validity.valid ?? true));
  };

  /** Leaving a box counts only when focus leaves the group, not when it moves to the next box. */
  private readonly handleBoxBlur = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (next instanceof Node && this.host.contains(next)) return;
    this.handleBlur();
  };
}

/**
 * The base class of Belfry's single-control fields (`bf-text-field`, `bf-textarea`,
 * `bf-select`, …): the properties and methods a native control has, passed through to the real
 * control in light DOM (see {@link FormControlController}). The element itself is not
 * form-associated: its native control is the one the form knows (docs/decisions/0013 says why).
 */
export abstract class FormControlElement<
  C extends NativeControl = NativeControl,
> extends BelfryElement {
  static override properties: PropertyDeclarations = {
    ...BelfryElement.properties,
    label: {},
    hint: {},
    name: { noAccessor: true },
    value: { attribute: false, noAccessor: true },
    defaultValue: { attribute: 'value', noAccessor: true },
    required: { type: Boolean, noAccessor: true },
    disabled: { type: Boolean, noAccessor: true },
    readonly: { type: Boolean, noAccessor: true },
    autocomplete: { noAccessor: true },
    validators: { attribute: false },
    source: {},
    correctedName: { attribute: 'corrected-name' },
  };

  /** The field's label, shown above it. Every field needs one; say what to enter. */
  label = '';
  /** Help shown under the label: the format expected, an example. Read with the field. */
  hint = '';
  /**
   * Further checks of the value, after the browser's own (see `FieldValidator`): each returns the
   * message to show, in the field's language, or nothing.
   */
  validators: readonly FieldValidator[] = [];

  /**
   * Where the value comes from when the government already knows it ("only once"): the field
   * then shows its `value` as text with the source, and a "This is not correct" button that opens
   * the field to correct it. A keyword in the page's language — `national-register`,
   * `enterprise-register` (KBO/BCE), `social-security`, `finance` — or any text, shown as written.
   * The `value` attribute (`defaultValue`) is the known value; see docs/guides/only-once.md.
   */
  source = '';

  /**
   * The name of the hidden `true` submitted with a known value the citizen corrected, so that
   * the back office knows. Default: the field's `name` followed by `-corrected`.
   */
  correctedName = '';

  protected readonly internals: ElementInternals | undefined;
  protected abstract readonly formControl: FormControlController<C>;

  constructor() {
    super();
    // Only for custom states (`:state(invalid)`, `:state(disabled)`), which the field's styles
    // use. Not on a server (Lit's shim has no internals worth using) nor in a browser without.
    this.internals = onServer ? undefined : this.attachInternals?.();
  }

  /** The native control, in the element's light DOM, once connected. */
  get control(): C | undefined {
    return this.formControl.control;
  }

  /** The name the value is submitted under. */
  get name(): string {
    return this.formControl.getText('name');
  }
  set name(name: string) {
    this.formControl.set('name', String(name ?? ''));
  }

  /** The current value. */
  get value(): string {
    return this.formControl.getText('value');
  }
  set value(value: string) {
    this.formControl.set('value', String(value ?? ''));
  }

  /** The value the field starts with and returns to on reset; the `value` attribute. */
  get defaultValue(): string {
    return this.formControl.getText('defaultValue');
  }
  set defaultValue(value: string) {
    this.formControl.set('defaultValue', String(value ?? ''));
  }

  /** The field must be filled in. Fields that need not be say "optional" in their label. */
  get required(): boolean {
    return this.formControl.getFlag('required');
  }
  set required(required: boolean) {
    this.formControl.set('required', Boolean(required));
  }

  /**
   * The field cannot be used, and is not submitted. Prefer `readonly` for a value people must see
   * but not change, and explain why a field is unavailable.
   */
  get disabled(): boolean {
    return this.formControl.getFlag('disabled');
  }
  set disabled(disabled: boolean) {
    this.formControl.set('disabled', Boolean(disabled));
  }

  /** The value can be read, selected and submitted, but not changed. */
  get readonly(): boolean {
    return this.formControl.getFlag('readOnly');
  }
  set readonly(readonly: boolean) {
    this.formControl.set('readOnly', Boolean(readonly));
  }

  /**
   * The `autocomplete` token that tells browsers and password managers what the field holds
   * (`postal-code`, `email`, `given-name`, …), so that they can fill it in.
   */
  get autocomplete(): string {
    return this.formControl.getText('autocomplete');
  }
  set autocomplete(token: string) {
    this.formControl.set('autocomplete', String(token ?? ''));
  }

  /**
   * Whether the citizen changed a known value (the field has a `source` and its value differs
   * from its `value` attribute); `<name>-corrected=true` is then submitted with it.
   */
  get corrected(): boolean {
    return this.formControl.corrected;
  }

  /** The form the field belongs to, or `null`. */
  get form(): HTMLFormElement | null {
    return this.control?.form ?? null;
  }

  /** The control's validity state (from the browser, with Belfry's checks as `customError`). */
  get validity(): ValidityState | undefined {
    return this.formControl.validityControl?.validity;
  }

  /** The message of the first problem with the value, in the field's language; `''` when valid. */
  get validationMessage(): string {
    return this.formControl.validityControl?.validationMessage ?? '';
  }

  /** Whether the field is checked when its form is submitted (not when disabled or read-only). */
  get willValidate(): boolean {
    return this.formControl.validityControl?.willValidate ?? false;
  }

  /** Whether the value is valid; fires `invalid` on the control when it is not, shows nothing. */
  checkValidity(): boolean {
    return this.formControl.validityControl?.checkValidity() ?? true;
  }

  /** Whether the value is valid; when it is not, shows the error and moves focus to the field. */
  reportValidity(): boolean {
    return this.formControl.reportValidity();
  }

  /** Marks the value as invalid with this message (in the page's language), or valid with `''`. */
  setCustomValidity(message: string): void {
    this.formControl.setCustomValidity(message);
  }

  /**
   * Moves focus to the native control (in a field of several boxes, the first box in
   * error; to "This is not correct" while a known value shows).
   */
  override focus(options?: FocusOptions): void {
    this.formControl.focus(options);
  }

  /** Takes focus away from the field: its focused box, or the native control. */
  override blur(): void {
    (this.querySelector<HTMLElement>(':focus') ?? this.control)?.blur();
  }
}
