import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import {
  announce,
  BelfryElement,
  devMode,
  FieldPresetController,
  fieldStyles,
  FormControlController,
  FormControlElement,
  knownValueSlots,
  LocalizeController,
} from '@belfry/core';
import type { ValidatorPresetName } from '@belfry/core';
import { styles } from './text-field.styles.js';
import { textFieldStrings } from './text-field.strings.js';

export const textFieldTypes = ['text', 'email', 'tel', 'url', 'password', 'search'] as const;
export type TextFieldType = (typeof textFieldTypes)[number];

/**
 * Widths for the length of what is expected: Belgian formats by name, or a number of
 * characters. A field as wide as its answer tells people how much to type.
 */
export const textFieldWidths = [
  'postcode',
  'nrn',
  'enterprise',
  'iban',
  '2',
  '3',
  '4',
  '5',
  '10',
  '20',
  '30',
  'full',
] as const;
export type TextFieldWidth = (typeof textFieldWidths)[number];

/** The width each preset gets unless `width` says otherwise: the longest value, grouped. */
const presetWidths: Partial<Record<string, TextFieldWidth>> = {
  'national-register-number': 'nrn',
  'enterprise-number': 'enterprise',
  iban: 'iban',
  'belgian-iban': '20',
  'postal-code': 'postcode',
  phone: '20',
  'mobile-phone': '20',
} satisfies Record<ValidatorPresetName, TextFieldWidth>;

/**
 * @summary A single-line text field: a native `<input>` with its label, hint, error message and
 * optional character count, which takes part in forms, autofill and password managers like
 * plain HTML.
 *
 * @tag bf-text-field
 *
 * @slot - Anything else you put inside is shown after the field. Write an `<input>` (and
 *   optionally its `<label>`) inside the element to have a field that works before and without
 *   JavaScript: it is used as the field's control.
 * @slot label - Filled by the element: the `<label>` (from `label`), with "optional" in words.
 * @slot hint - Filled by the element from `hint`; or write your own `<p slot="hint">`.
 * @slot error - Filled by the element with the error message. An element `<p slot="error">`
 *   written by the server shows its error until the value changes.
 * @slot control - Filled by the element: the native `<input>`.
 * @slot known - Filled by the element: a value the government already knows (`source`), as text.
 * @slot source - Filled by the element: where that value comes from.
 * @slot correct - Filled by the element: the "This is not correct" button that opens the field.
 * @slot prefix - Filled by the element from `prefix`.
 * @slot suffix - Filled by the element from `suffix`.
 * @slot count - Filled by the element: the character count, with `maxlength`.
 *
 * @csspart known - The known value, its source and the button, while they show.
 * @csspart box - The box around the input, prefix and suffix (its border and focus ring).
 * @csspart toggle - The show/hide password button.
 *
 * @cssprop --bf-text-field-affix-bg - Background of the prefix and suffix.
 * @cssprop --bf-text-field-affix-fg - Text colour of the prefix and suffix.
 * @cssprop --bf-text-field-count-fg - Colour of the character count while there is room.
 * @cssprop --bf-text-field-toggle-fg - Text and border colour of the show/hide password button.
 * @cssprop --bf-text-field-toggle-bg - Background of the show/hide password button.
 * @cssprop --bf-text-field-toggle-bg-hover - Background of that button under the pointer.
 * @cssprop --bf-field-bg - Background of the field (shared by every field).
 * @cssprop --bf-field-fg - Text colour in the field.
 * @cssprop --bf-field-border - Border colour of the field.
 * @cssprop --bf-field-border-invalid - Border colour of a field with an error.
 * @cssprop --bf-field-label-fg - Colour of the label.
 * @cssprop --bf-field-hint-fg - Colour of the hint.
 * @cssprop --bf-field-error-fg - Colour of the error message.
 *
 * The native `input` and `change` events bubble from the input through the element.
 */
export class BfTextField extends FormControlElement<HTMLInputElement> {
  static override styles: CSSResultGroup = [BelfryElement.styles, fieldStyles, styles];
  static override properties: PropertyDeclarations = {
    ...FormControlElement.properties,
    type: {},
    inputMode: { attribute: 'inputmode' },
    maxLength: { type: Number, attribute: 'maxlength' },
    prefix: {},
    suffix: {},
    width: { reflect: true, useDefault: true },
    placeholder: {},
    preset: {},
    passwordShown: { state: true },
  };

  private readonly t = new LocalizeController(this, textFieldStrings);
  private readonly presets = new FieldPresetController(this, () => this.preset);
  protected readonly formControl: FormControlController<HTMLInputElement> =
    new FormControlController<HTMLInputElement>(this, this.internals, {
      tag: 'input',
      maxLength: () => this.validMaxLength,
      describedBy: (): string[] => this.affixIds(),
      validators: this.presets.validators,
      input: this.presets.format,
      // A password is never shown as text, not even a known one.
      displayValue: (value) =>
        this.validType === 'password' ? '•'.repeat(value.length) : this.presets.display(value),
    });

  /**
   * What the field holds: `text`, `email`, `tel`, `url`, `password` (with a button to show it)
   * or `search`. For numbers such as an amount or a postcode use `text` with
   * `inputmode="numeric"`: `number` fields change values on scroll and drop leading zeros.
   */
  type: TextFieldType = 'text';

  /** The on-screen keyboard to offer: `numeric`, `decimal`, `tel`, `email`, `url`, `search`. */
  override inputMode = '';

  /**
   * The most characters the answer may have. A count under the field says how many are left;
   * people can type on past it (nothing pasted is cut off) and are told how many are too many.
   */
  maxLength = 0;

  /** Text shown before the input, such as "€". Screen readers read it with the field. */
  override prefix = '';

  /** Text shown after the input, such as "kg" or "per month". Read with the field. */
  suffix = '';

  /**
   * The width, for the length of the expected answer: `postcode`, `nrn` (national register
   * number), `enterprise` (enterprise number), `iban`, a number of characters (`2`, `3`, `4`,
   * `5`, `10`, `20`, `30`), or `full` (the default). Never wider than the screen.
   */
  width: TextFieldWidth = 'full';

  /**
   * An example shown inside the empty field. Prefer `hint`: a placeholder disappears as soon as
   * people type, is often mistaken for a filled-in value, and many screen readers skip it.
   */
  placeholder = '';

  /**
   * A kind of Belgian number, which gives the field its check and message, its keyboard,
   * autofill token, width and grouping while typing: `national-register-number` (or `nrn`),
   * `enterprise-number` (`enterprise`), `iban`, `belgian-iban`, `postal-code` (`postcode`),
   * `phone`, `mobile-phone`. The presets are loaded by `import '@belfry/components/presets'`
   * (`belfry.js` has them); without it the field works as a plain text field. See
   * docs/guides/field-presets.md.
   */
  preset = '';

  /** The width the preset chose, while the page chose none. */
  private presetWidth: TextFieldWidth | undefined;

  /** Whether the password is shown as text. */
  private passwordShown = false;

  private get validType(): TextFieldType {
    if (!textFieldTypes.includes(this.type)) return 'text';
    // A phone preset brings the phone keyboard and autofill, unless a type was chosen.
    const preset = this.presets.preset;
    return this.type === 'text' && preset ? preset.type : this.type;
  }

  private get validMaxLength(): number {
    const max = Number(this.maxLength);
    return Number.isInteger(max) && max > 0 ? max : 0;
  }

  /** The prefix and suffix describe the input: "€" before an amount is part of what it asks. */
  private affixIds(): string[] {
    const ids: string[] = [];
    if (this.prefix) ids.push(this.formControl.part('prefix').id);
    if (this.suffix) ids.push(this.formControl.part('suffix').id);
    return ids;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('submit', this.handleSubmit, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('submit', this.handleSubmit, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.syncPresetWidth(changed);
    if (devMode) this.warnAboutInput();
    const control = this.control;
    if (!control) return;
    const type = this.validType;
    if (type !== 'password') this.passwordShown = false;
    const inputType = type === 'password' && this.passwordShown ? 'text' : type;
    if (control.type !== inputType) control.type = inputType;
    // Only what the element was given: an input the author wrote keeps its own attributes.
    if (this.inputMode && control.inputMode !== this.inputMode) control.inputMode = this.inputMode;
    if (this.placeholder && control.placeholder !== this.placeholder) {
      control.placeholder = this.placeholder;
    }
    // No spelling marks or capitals forced on addresses and codes.
    if (['email', 'url', 'password'].includes(type) && !control.hasAttribute('spellcheck')) {
      control.spellcheck = false;
      control.setAttribute('autocapitalize', 'none');
    }
    this.affix('prefix', this.prefix);
    this.affix('suffix', this.suffix);
  }

  /**
   * A preset sets the width when the page set none; a width the page sets later wins, and a
   * changed preset changes only the width it set.
   */
  private syncPresetWidth(changed: PropertyValues<this>): void {
    if (changed.has('width') && this.width !== this.presetWidth) this.presetWidth = undefined;
    // A width the page chose stays.
    if (this.presetWidth === undefined && this.hasAttribute('width')) return;
    const found = this.presets.found;
    if (!found && this.presetWidth === undefined) return;
    const wanted = (found && presetWidths[found.name]) || 'full';
    this.presetWidth = wanted;
    if (this.width !== wanted) this.width = wanted;
  }

  /** Development warnings for attribute values the field cannot use (it falls back safely). */
  private warnAboutInput(): void {
    if (!textFieldTypes.includes(this.type)) {
      this.warn('type', `type="${String(this.type)}" is not supported; "text" is used.`);
    }
    if (!textFieldWidths.includes(this.width)) {
      this.warn('width', `width="${String(this.width)}" is unknown; the full width is used.`);
    }
    if (this.maxLength && !this.validMaxLength) {
      this.warn('maxlength', 'maxlength must be a whole number above 0; it was ignored.');
    }
  }

  /** The prefix or suffix, in light DOM so that the input's description can refer to it. */
  private affix(name: 'prefix' | 'suffix', text: string): void {
    if (!text) {
      this.formControl.removePart(name);
      return;
    }
    const node = this.formControl.part(name);
    if (node.textContent !== text) node.textContent = text;
    // Read once, as part of the input's description, not again when reading the page.
    node.setAttribute('aria-hidden', 'true');
  }

  protected override render() {
    const password = this.validType === 'password';
    const shown = this.passwordShown;
    return html`<slot name="label"></slot><slot name="hint"></slot><slot name="error"></slot>
      <div class="row editor">
        <div part="box" class="box">
          ${this.prefix ? html`<slot name="prefix" class="affix"></slot>` : nothing}<slot
            name="control"
          ></slot
          >${this.suffix ? html`<slot name="suffix" class="affix"></slot>` : nothing}
        </div>
        ${
          password
            ? html`<button
                part="toggle"
                class="toggle focus-ring"
                type="button"
                aria-label=${this.t.term(shown ? 'hidePassword' : 'showPassword')}
                lang=${this.t.textLang ?? nothing}
                ?disabled=${this.disabled || this.formControl.disabled}
                @click=${this.togglePassword}
              >
                ${this.t.term(shown ? 'hide' : 'show')}
              </button>`
            : nothing
        }
      </div>
      ${knownValueSlots()}
      <slot class="editor" name="count"></slot><slot></slot>`;
  }

  /** Shows or hides the password; the value, the caret and the selection stay as they were. */
  private togglePassword(): void {
    const control = this.control;
    if (!control) return;
    const { selectionStart, selectionEnd, selectionDirection } = control;
    this.passwordShown = !this.passwordShown;
    control.type = this.passwordShown ? 'text' : 'password';
    if (selectionStart !== null && selectionEnd !== null) {
      control.setSelectionRange(selectionStart, selectionEnd, selectionDirection ?? undefined);
    }
    void announce(this.t.term(this.passwordShown ? 'passwordShown' : 'passwordHidden'), {
      lang: this.t.textLang ?? (this.t.lang || undefined),
    });
  }

  /** A shown password is hidden again on submit, so that no browser keeps it as plain text. */
  private readonly handleSubmit = (event: Event): void => {
    if (!this.passwordShown || event.target !== this.form) return;
    this.passwordShown = false;
    if (this.control) this.control.type = 'password';
  };
}
