import { html, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  BelfryElement,
  fieldStyles,
  FormControlController,
  FormControlElement,
  knownValueSlots,
  LocalizeController,
} from '@belfry/core';
import { styles } from './select.styles.js';
import { selectStrings } from './select.strings.js';

/** Marks the empty first option that `placeholder` adds (the core marks its own nodes alike). */
const placeholderMarker = 'data-bf-placeholder';

/** Whether `node` is an option or group the page wrote directly inside the element. */
const isLooseOption = (node: Node): node is HTMLOptionElement | HTMLOptGroupElement =>
  node instanceof HTMLOptionElement || node instanceof HTMLOptGroupElement;

/** `placeholder=""` asks for the built-in text; no attribute, for no empty option at all. */
const placeholderConverter = {
  fromAttribute: (value: string | null) => value ?? undefined,
  toAttribute: (value: string | undefined) => value ?? null,
};

/**
 * @summary One choice from a list, in a native `<select>` with a label, a hint and an inline
 * error. No custom dropdown: the browser draws the list, as citizens know it on every device.
 *
 * @tag bf-select
 *
 * @slot - The `<option>`s and `<optgroup>`s: they are moved into the `<select>` the element
 *   creates. Or write the `<select>` with its options (and its `<label>`) inside the element, to
 *   have a field that works before and without JavaScript: it is used as the field's control.
 *   Anything else you put inside is shown after the field.
 * @slot label - Filled by the element: the `<label>` (from `label`), with "optional" in words.
 * @slot hint - Filled by the element from `hint`; or write your own `<p slot="hint">`.
 * @slot error - Filled by the element with the error message, after a failed submit.
 * @slot control - Filled by the element: the native `<select>`.
 * @slot known - Filled by the element: a value the government already knows (`source`), as text.
 * @slot source - Filled by the element: where that value comes from.
 * @slot correct - Filled by the element: the "This is not correct" button that opens the field.
 *
 * @csspart known - The known value, its source and the button, while they show.
 * @csspart box - The box around the select (its border and focus ring).
 * @csspart arrow - The arrow drawn at the end of the box.
 *
 * @fires input - The native event of the `<select>`, bubbling through the element, each time the choice changes.
 * @fires change - The native event of the `<select>`, bubbling through the element, when the choice is committed.
 *
 * @cssprop --bf-select-arrow-fg - Colour of the arrow.
 * @cssprop --bf-select-arrow-size - Width and height of the arrow.
 * @cssprop --bf-select-padding-inline-end - Room after the chosen option's text for the arrow.
 * @cssprop --bf-field-bg - Background of the select (shared by every field).
 * @cssprop --bf-field-fg - Text colour in the select.
 * @cssprop --bf-field-border - Border colour of the select.
 * @cssprop --bf-field-border-invalid - Border colour while an error is shown.
 * @cssprop --bf-field-label-fg - Colour of the label.
 * @cssprop --bf-field-hint-fg - Colour of the hint.
 * @cssprop --bf-field-error-fg - Colour of the error message.
 */
export class BfSelect extends FormControlElement<HTMLSelectElement> {
  static override styles: CSSResultGroup = [BelfryElement.styles, fieldStyles, styles];
  static override properties: PropertyDeclarations = {
    ...FormControlElement.properties,
    placeholder: { converter: placeholderConverter },
  };

  /**
   * Adds an empty first option, chosen until the citizen chooses: `placeholder` (empty) for the
   * built-in "Choose an option" in the page's language, or your own text. Without it nothing is
   * added, and the first option is chosen from the start, as in a native select. With
   * `required`, leaving the empty option chosen is an error.
   */
  placeholder: string | undefined = undefined;

  protected readonly formControl = new FormControlController<HTMLSelectElement>(
    this,
    this.internals,
    {
      tag: 'select',
      // A known answer is shown as the citizen reads it: the option's text, not its value.
      displayValue: (value, control) => control.selectedOptions[0]?.text.trim() || value,
      // The form was reset: the next change of the `value` attribute chooses again.
      reset: () => {
        this.dirty = false;
      },
    },
  );

  private readonly t = new LocalizeController(this, selectStrings);
  /** The `value` attribute: the option chosen at first and after a reset. */
  private defaultChoice: string | undefined;
  /** A value set before the option it names was there (options that arrive later). */
  private wantedValue: string | undefined;
  /** Whether the choice was changed since the page loaded or the form was reset. */
  private dirty = false;
  private observer: MutationObserver | undefined;

  constructor() {
    super();
    // `input` and `change` bubble from the native select through the element.
    this.addEventListener('change', this.handleChange);
  }

  /** The value of the chosen option (`''` for the empty first option, or when none is chosen). */
  override get value(): string {
    return super.value;
  }
  override set value(value: string) {
    const wanted = String(value ?? '');
    super.value = wanted;
    this.dirty = true;
    const control = this.control;
    this.wantedValue = control && control.value === wanted ? undefined : wanted;
    if (control && this.wantedValue !== undefined && control.options.length > 0) {
      this.warnNoOption(wanted);
    }
  }

  /**
   * The value of the option chosen at first and after a form reset: the `value` attribute, which
   * marks that option `selected`.
   */
  override get defaultValue(): string {
    const control = this.control;
    if (!control) return this.defaultChoice ?? '';
    const chosen = Array.from(control.options).find((option) => option.defaultSelected);
    return chosen?.value ?? this.defaultChoice ?? '';
  }
  override set defaultValue(value: string) {
    this.defaultChoice = String(value ?? '');
    this.applyDefaultChoice();
    this.requestUpdate();
  }

  /** A select cannot be read-only: always `false` (a native select has no such state). */
  override get readonly(): boolean {
    return false;
  }
  override set readonly(readonly: boolean) {
    if (readonly) {
      this.warn(
        'readonly',
        'a select cannot be read-only; show the answer as text, or use disabled (not submitted).',
      );
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Options a framework or script adds later are moved into the select too.
    this.observer ??= new MutationObserver((records) => {
      if (records.some((record) => Array.from(record.addedNodes).some(isLooseOption))) {
        this.requestUpdate();
      }
    });
    this.observer.observe(this, { childList: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const control = this.control;
    // Before the core's own update of the field (validity, error), so that it sees the options.
    if (!control) return;
    this.collectOptions(control);
    this.syncPlaceholder(control);
    this.applyDefaultChoice();
    if (this.wantedValue !== undefined && control.options.length > 0) {
      const wanted = this.wantedValue;
      control.value = wanted;
      if (control.value === wanted) this.wantedValue = undefined;
      else this.warnNoOption(wanted);
    }
  }

  protected override render() {
    return html`<slot name="label"></slot><slot name="hint"></slot><slot name="error"></slot>
      <div part="box" class="box editor">
        <slot name="control"></slot><span part="arrow" class="arrow" aria-hidden="true"></span>
      </div>
      ${knownValueSlots()}
      <slot></slot>`;
  }

  /** Moves the options and groups written directly inside the element into the select, in order. */
  private collectOptions(control: HTMLSelectElement): void {
    const loose = Array.from(this.childNodes).filter(isLooseOption);
    if (loose.length === 0) return;
    const keep = this.dirty ? control.value : undefined;
    control.append(...loose);
    if (keep !== undefined) control.value = keep;
  }

  /** Adds, updates or removes the empty first option that `placeholder` asks for. */
  private syncPlaceholder(control: HTMLSelectElement): void {
    let option = control.querySelector<HTMLOptionElement>(`:scope > option[${placeholderMarker}]`);
    if (this.placeholder === undefined || this.placeholder === null) {
      option?.remove();
      return;
    }
    const first = control.options[0];
    // The page wrote its own empty first option: a second one would only confuse.
    if (!option && first && first.value === '' && first.parentElement === control) return;
    if (!option) {
      option = this.ownerDocument.createElement('option');
      option.setAttribute(placeholderMarker, '');
      option.value = '';
      const keep = this.dirty ? control.value : undefined;
      const chosenByPage = Array.from(control.options).some((other) => other.defaultSelected);
      control.prepend(option);
      // Chosen until the citizen chooses, and again after a reset.
      if (!chosenByPage) option.defaultSelected = true;
      if (keep !== undefined) control.value = keep;
    }
    const text = this.placeholder || this.t.term('placeholder');
    if (option.textContent !== text) option.textContent = text;
    const lang = this.placeholder ? undefined : this.t.textLang;
    if (lang) option.lang = lang;
    else option.removeAttribute('lang');
  }

  /** Marks the option named by the `value` attribute as the default choice. */
  private applyDefaultChoice(): void {
    const control = this.control;
    const wanted = this.defaultChoice;
    if (!control || wanted === undefined || control.options.length === 0) return;
    const options = Array.from(control.options);
    const match = options.find((option) => option.value === wanted);
    if (!match) {
      this.warnNoOption(wanted);
      return;
    }
    if (match.defaultSelected && options.every((o) => o === match || !o.defaultSelected)) return;
    // Once the citizen has chosen, a new default changes what a reset returns to, not the choice.
    const keep = this.dirty ? control.value : undefined;
    for (const option of options) option.defaultSelected = option === match;
    if (keep !== undefined) control.value = keep;
  }

  private warnNoOption(value: string): void {
    this.warn(
      `value:${value}`,
      `no option has the value "${value}", so none is chosen. Check the value, or the options' value attributes.`,
    );
  }

  private readonly handleChange = (): void => {
    this.dirty = true;
  };
}
