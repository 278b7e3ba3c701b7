import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {
  BelfryElement,
  formatDate,
  FormControlController,
  FormControlElement,
  LocalizeController,
  type BoxesCheck,
  whenRestored,
} from '@belfry/core';
import { styles } from './date-field.styles.js';
import { dateFieldStrings, type DateFieldStrings } from './date-field.strings.js';
import {
  checkDate,
  compareDates,
  dateParts,
  dateRules,
  emptyParts,
  formatIsoDate,
  parseIsoDate,
  partsOfDate,
  splitDate,
  toLocalDate,
  type CalendarDate,
  type DatePart,
  type DateParts,
  type DateProblem,
  type DateRule,
} from './date-parts.js';

export { dateRules, type DateRule };

/** The message key of each problem, but for missing parts (see `missingKeys`). */
const problemKeys = {
  required: 'valueMissing',
  day: 'invalidDay',
  month: 'invalidMonth',
  year: 'invalidYear',
  notReal: 'notReal',
  dayNotInMonth: 'dayNotInMonth',
  min: 'min',
  max: 'max',
  range: 'range',
  past: 'past',
  future: 'future',
  'today-or-past': 'todayOrPast',
  'today-or-future': 'todayOrFuture',
} as const satisfies Record<Exclude<DateProblem['kind'], 'missing'>, keyof DateFieldStrings>;

/** The message key for the boxes left empty, by their names joined with a space. */
const missingKeys: Readonly<Record<string, keyof DateFieldStrings>> = {
  day: 'missingDay',
  month: 'missingMonth',
  year: 'missingYear',
  'day month': 'missingDayMonth',
  'day year': 'missingDayYear',
  'month year': 'missingMonthYear',
};

/** The autocomplete token of each box of a date of birth (`autocomplete="bday"`). */
const birthdayTokens: Readonly<Record<DatePart, string>> = {
  day: 'bday-day',
  month: 'bday-month',
  year: 'bday-year',
};

const marker = 'data-bf-date';

/**
 * @summary A date citizens know, such as a date of birth: day, month and year in three boxes,
 * submitted as one ISO date (`2007-03-27`).
 *
 * The boxes, their labels, the question, the hint and the error message are in the element's
 * light DOM (see the form-control core), so the form, autofill and screen readers meet plain
 * native inputs. The element is a group named by `label`; the date is submitted under `name` by a
 * hidden input it keeps in step.
 *
 * @tag bf-date-field
 *
 * @csspart parts - The row that holds the three boxes.
 *
 * @cssprop --bf-date-field-day-width - Width of the day box (two digits).
 * @cssprop --bf-date-field-month-width - Width of the month box (two digits).
 * @cssprop --bf-date-field-year-width - Width of the year box (four digits).
 * @cssprop --bf-date-field-gap - Space between the boxes.
 */
export class BfDateField extends FormControlElement<HTMLInputElement> {
  static override styles: CSSResultGroup = [BelfryElement.styles, styles];
  static override properties: PropertyDeclarations = {
    ...FormControlElement.properties,
    min: {},
    max: {},
    mustBe: { attribute: 'must-be' },
    dateName: { attribute: 'date-name' },
  };

  private readonly t = new LocalizeController(this, dateFieldStrings);
  protected readonly formControl: FormControlController<HTMLInputElement> =
    new FormControlController<HTMLInputElement>(this, this.internals, {
      tag: 'input',
      create: (control) => {
        control.type = 'hidden';
      },
      defaultHint: () => this.t.term('example'),
      boxes: () => (this.boxes ? dateParts.map((part) => this.boxes![part]) : []),
      check: () => this.check(),
      formReset: () => {
        this.dirty = false;
        this.show(this.defaultText, 'value attribute');
      },
    });

  /** The earliest date allowed, ISO `2000-01-01`. */
  min = '';

  /** The latest date allowed, ISO `2025-12-31`. */
  max = '';

  /**
   * Where the date must be relative to today, in the user's time zone: `past`, `future`,
   * `today-or-past` or `today-or-future`.
   */
  mustBe?: DateRule | undefined;

  /**
   * How messages name the date, in lower case and in the page's language: "the date of birth"
   * gives "The date of birth must include a year". Without it they say "the date". On a page in
   * several languages, give `dateName` per language in `strings` instead.
   */
  dateName = '';

  private boxes: Record<DatePart, HTMLInputElement> | undefined;
  /** The `value` attribute: the date the field starts with and returns to on reset. */
  private defaultText = '';
  /** A `value` set before the boxes exist. */
  private pendingText: string | undefined;
  /** Typed in, pasted or set by a script since the default: the `value` attribute no longer applies. */
  private dirty = false;
  private autocompleteText = '';
  private minDate: CalendarDate | undefined;
  private maxDate: CalendarDate | undefined;
  private rule: DateRule | undefined;

  /** The date as submitted: ISO `2007-03-27`; empty while the boxes hold no real date. */
  override get value(): string {
    return super.value;
  }

  override set value(value: string) {
    this.dirty = true;
    this.show(String(value ?? ''), 'value');
  }

  /** The date the field starts with and returns to on reset: the `value` attribute, ISO. */
  override get defaultValue(): string {
    return this.defaultText;
  }

  override set defaultValue(value: string) {
    this.defaultText = String(value ?? '');
    if (!this.dirty) this.show(this.defaultText, 'value attribute');
  }

  /**
   * `bday` for a date of birth, so that browsers can fill the three boxes (`bday-day`,
   * `bday-month`, `bday-year`); `off` to ask them not to.
   */
  override get autocomplete(): string {
    return this.autocompleteText;
  }

  override set autocomplete(token: string) {
    this.autocompleteText = String(token ?? '');
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Capture, so that the value is up to date before anyone (the core included) hears the
    // box's own `input` event.
    this.addEventListener('input', this.handleInput, true);
    // A page loaded again: the browser puts the boxes back without an event.
    this.cancelRestore = whenRestored(this, this.readRestoredBoxes);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('input', this.handleInput, true);
    this.cancelRestore?.();
  }

  private cancelRestore?: () => void;

  /** The submitted ISO date follows boxes the browser restored. */
  private readonly readRestoredBoxes = (): void => {
    const control = this.control;
    if (!control || !this.boxes) return;
    const restored = this.dateValue();
    if (control.value === restored) return;
    control.value = restored;
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('min') || changed.has('max')) {
      this.minDate = this.readBound('min');
      this.maxDate = this.readBound('max');
      if (this.minDate && this.maxDate && compareDates(this.minDate, this.maxDate) > 0) {
        this.warn(
          `min-max:${this.min}:${this.max}`,
          `min="${this.min}" is after max="${this.max}"; both are ignored.`,
        );
        this.minDate = this.maxDate = undefined;
      }
    }
    if (changed.has('mustBe')) {
      this.rule = this.mustBe && dateRules.includes(this.mustBe) ? this.mustBe : undefined;
      if (this.mustBe && !this.rule) {
        this.warn(
          `must-be:${String(this.mustBe)}`,
          `must-be="${String(this.mustBe)}" is not one of ${dateRules.join(', ')}; it is ignored.`,
        );
      }
    }
    const control = this.control;
    if (control && !this.boxes) this.makeBoxes(control);
    if (this.boxes) this.syncBoxes(this.boxes);
  }

  protected override render(): TemplateResult {
    // Until the script has made the light-DOM nodes (on a server-rendered page), each slot shows
    // a stand-in of the same size: the question, the hint and the boxes' labels in the page's
    // language, and room for the boxes. Once the nodes are slotted, the stand-ins are not shown.
    // A field without `label` is left to what the page wrote inside it (a plain input for
    // browsers without JavaScript).
    const standIn = this.label !== '';
    const text = (kind: string, content: string) =>
      standIn ? html`<span class="stand-in-text ${kind}">${content}</span>` : nothing;
    const part = (name: DatePart) =>
      html`<div class="part">
        <slot name=${`${name}-label`}>${text('box-label', this.t.term(name))}</slot
        ><slot name=${name}
          >${standIn ? html`<span class="stand-in box-${name}"></span>` : nothing}</slot
        >
      </div>`;
    const optional = this.required ? '' : ` ${this.formControl.term('optional')}`;
    return html`<div class="field">
      <slot name="label">${text('label', `${this.label}${optional}`)}</slot
      ><slot name="hint">${text('hint', this.hint || this.t.term('example'))}</slot
      ><slot name="error"></slot>
      <div class="parts" part="parts">${part('day')}${part('month')}${part('year')}</div>
      <slot></slot>
    </div>`;
  }

  /**
   * Makes the three boxes and their labels, once the core has the control that carries the
   * value. A control the author wrote (a plain input, for pages that must work without
   * JavaScript) becomes that hidden control, and what was typed in it is kept; the core made its
   * label the group's.
   */
  private makeBoxes(control: HTMLInputElement): void {
    if (control.type !== 'hidden') {
      this.pendingText ??= control.value || undefined;
      control.type = 'hidden';
    }
    const document_ = this.ownerDocument;
    const boxes = {} as Record<DatePart, HTMLInputElement>;
    for (const part of dateParts) {
      const label = document_.createElement('label');
      label.setAttribute(marker, `${part}-label`);
      label.slot = `${part}-label`;
      const box = document_.createElement('input');
      box.setAttribute(marker, part);
      box.slot = part;
      box.type = 'text';
      box.id = `${control.id.replace(/-control$/, '')}-${part}`;
      box.inputMode = 'numeric';
      box.spellcheck = false;
      box.addEventListener('paste', this.handlePaste);
      label.htmlFor = box.id;
      this.append(label, box);
      boxes[part] = box;
    }
    this.boxes = boxes;
    const text = this.pendingText ?? this.defaultText;
    this.pendingText = undefined;
    this.show(text, this.dirty ? 'value' : 'value attribute');
  }

  /** Brings the boxes' labels and autocomplete tokens up to date (language, attributes). */
  private syncBoxes(boxes: Record<DatePart, HTMLInputElement>): void {
    const tokens = this.autocompleteText.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const birthday = tokens.at(-1) === 'bday';
    if (tokens.length > 0 && !birthday && tokens.join(' ') !== 'off') {
      this.warn(
        `autocomplete:${this.autocompleteText}`,
        `autocomplete="${this.autocompleteText}" does not fit a date: use "bday" for a date of birth, or "off".`,
      );
    }
    const lang = this.t.textLang;
    for (const part of dateParts) {
      const box = boxes[part];
      const label = box.labels?.[0];
      const text = this.t.term(part);
      if (label && label.textContent !== text) label.textContent = text;
      if (label && lang) label.lang = lang;
      else label?.removeAttribute('lang');
      // `bday-day` etc., keeping a section (`section-child bday`) the page gave.
      const token = birthday
        ? [...tokens.slice(0, -1), birthdayTokens[part]].join(' ')
        : tokens.join(' ') === 'off'
          ? 'off'
          : '';
      if (token) box.setAttribute('autocomplete', token);
      else box.removeAttribute('autocomplete');
    }
  }

  /**
   * Shows a date in the boxes: an ISO date, or (with a warning) a date written another way, kept
   * so that it can be corrected; anything else leaves the boxes empty, with a warning.
   */
  private show(text: string, source: 'value' | 'value attribute'): void {
    if (!this.boxes) {
      if (source === 'value') this.pendingText = text;
      super.value = parseIsoDate(text) ? text : '';
      return;
    }
    const date = parseIsoDate(text);
    const parts = date ? partsOfDate(date) : text ? splitDate(text) : { ...emptyParts };
    if (!parts || (!date && text)) {
      this.warn(
        `${source}:${text}`,
        `${source === 'value' ? 'value' : 'The value attribute'} "${text}" is not a real date in the form YYYY-MM-DD; ${parts ? 'it is shown so that it can be corrected' : 'the field is left empty'}.`,
      );
    }
    for (const part of dateParts) this.boxes[part].value = (parts ?? emptyParts)[part];
    super.value = this.dateValue();
  }

  /** The ISO date the boxes hold, or `''`. */
  private dateValue(): string {
    const { date } = checkDate(this.readParts());
    return date ? formatIsoDate(date) : '';
  }

  private readParts(): DateParts {
    const boxes = this.boxes;
    if (!boxes) return { ...emptyParts };
    return { day: boxes.day.value, month: boxes.month.value, year: boxes.year.value };
  }

  /** A bound from `min` or `max`, or `undefined`, with a warning, when it is not an ISO date. */
  private readBound(attribute: 'min' | 'max'): CalendarDate | undefined {
    const text = this[attribute];
    if (!text) return undefined;
    const date = parseIsoDate(text);
    if (!date) {
      this.warn(
        `${attribute}:${text}`,
        `${attribute}="${text}" is not a real date in the form YYYY-MM-DD; it is ignored.`,
      );
    }
    return date;
  }

  /** The core's check of the boxes: what is wrong, in the field's language, and where. */
  private check(): BoxesCheck {
    const boxes = this.boxes;
    if (!boxes) return { message: '', boxes: [] };
    const { problem } = checkDate(this.readParts(), {
      required: this.required,
      min: this.minDate,
      max: this.maxDate,
      rule: this.rule,
    });
    if (!problem) return { message: '', boxes: [] };
    return { message: this.message(problem), boxes: problem.parts.map((part) => boxes[part]) };
  }

  /** The message for a problem, in the field's language. */
  private message(problem: DateProblem): string {
    const name = this.dateName || this.t.term('dateName');
    const long = (date: CalendarDate | undefined) =>
      date ? formatDate(this.t, toLocalDate(date), { dateStyle: 'long' }) : '';
    const params: Record<string, string | number> = {
      name,
      Name: name.charAt(0).toLocaleUpperCase(this.t.intlLocale) + name.slice(1),
      min: long(this.minDate),
      max: long(this.maxDate),
    };
    if (problem.kind === 'missing') {
      return this.t.term(missingKeys[problem.parts.join(' ')] ?? 'notReal', params);
    }
    if (problem.kind === 'dayNotInMonth') {
      params['days'] = problem.days;
      // February with its year: it has 28 or 29 days.
      params['month'] = formatDate(
        this.t,
        toLocalDate({ year: problem.year, month: problem.month, day: 1 }),
        problem.month === 2 ? { month: 'long', year: 'numeric' } : { month: 'long' },
      );
    }
    return this.t.term(problemKeys[problem.kind], params);
  }

  /** Typing in a box: the hidden input gets the date, before the core checks it. */
  private readonly handleInput = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    if (!this.boxes || !dateParts.some((part) => this.boxes![part] === box)) return;
    this.dirty = true;
    const control = this.control;
    if (control) control.value = this.dateValue();
  };

  /** A whole date pasted into any box fills the three; anything else is pasted as usual. */
  private readonly handlePaste = (event: ClipboardEvent): void => {
    const box = event.currentTarget as HTMLInputElement;
    const boxes = this.boxes;
    if (!boxes || box.readOnly || box.disabled) return;
    const parts = splitDate(event.clipboardData?.getData('text/plain') ?? '');
    if (!parts) return;
    event.preventDefault();
    for (const part of dateParts) boxes[part].value = parts[part];
    box.dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }),
    );
    // The caret goes where typing would have left it: after the year.
    boxes.year.focus();
    boxes.year.setSelectionRange(parts.year.length, parts.year.length);
  };
}
