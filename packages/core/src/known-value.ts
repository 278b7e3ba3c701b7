import { fieldMarker as marker } from './error-message.js';
import type { FormControlHost, KnownValue, KnownValueField } from './form-control.js';
import { knownValueStyles } from './known-value.styles.js';
import { sourceStrings, sourceText, type SourceStrings } from './sources.js';

// "Only once" (docs/decisions/0018-known-values.md): a field with a `source` and a known value
// shows that value as text with its source and a "This is not correct" button (each a managed
// light-DOM node in the `known`, `source` and `correct` slots) while it holds the known value;
// `knownValueStyles` hide the field's `.editor` parts in the `known` state. A hidden
// `<name>-corrected=true` is submitted when the value differs from the known value.
//
// Registered apart (`registerKnownValues(knownValues)`, which `import '@belfry/components/known-values'`
// and `belfry.js` do), so that a page whose fields show no known value does not download it
// (docs/decisions/0024-opt-in-presets-and-known-values.md).

type KnownPart = 'known' | 'source' | 'correct';

function setTextLang(node: HTMLElement, lang: string | undefined): void {
  if (lang) {
    if (node.lang !== lang) node.lang = lang;
  } else {
    node.removeAttribute('lang');
  }
}

class FieldKnownValue implements KnownValue {
  /** The citizen pressed "This is not correct": the control is shown until the form is reset. */
  #correcting = false;
  /** The sources' words, shared with bf-summary-list (`bf-source`), replaceable per kind of field. */
  readonly #sources;

  constructor(private readonly field: KnownValueField) {
    const { host, localize } = field;
    const strings = {
      namespace: host.localName,
      catalogs: sourceStrings.catalogs,
      sharedNamespaces: [sourceStrings.namespace],
    };
    this.#sources = { term: (key: keyof SourceStrings) => localize.termIn(strings, key) };
  }

  get #host(): FormControlHost {
    return this.field.host;
  }

  /** The value the government already knows: the default value of a field with a `source`. */
  get #knownValue(): string {
    // The host's, not the control's: a select has no `defaultValue`, its element works it out.
    return (this.#host.source ?? '').trim() ? (this.#host.defaultValue ?? '') : '';
  }

  get showing(): boolean {
    const control = this.field.control;
    const known = this.#knownValue;
    return control !== undefined && known !== '' && !this.#correcting && control.value === known;
  }

  get corrected(): boolean {
    const known = this.#knownValue;
    const control = this.field.control;
    return control !== undefined && known !== '' && control.value !== known;
  }

  get button(): HTMLElement | undefined {
    return this.showing ? this.#node('correct') : undefined;
  }

  open(): void {
    if (!this.showing) return;
    this.#correcting = true;
    this.sync();
    this.#host.requestUpdate();
  }

  reset(): void {
    this.#correcting = false;
  }

  sync(): void {
    const { control, states, localize } = this.field;
    if (!control) return;
    const showing = this.showing;
    if (showing) this.#adoptStyles();
    try {
      if (showing) states?.add('known');
      else states?.delete('known');
    } catch {
      // No custom states: the field shows the control under the known value, which still works.
    }
    this.#syncCorrectedFlag();
    if (!showing) {
      for (const name of ['known', 'source', 'correct'] as const) this.#node(name)?.remove();
      return;
    }
    const value = this.#node('known') ?? this.#create('known', 'p');
    const shown = this.field.display(control.value);
    if (value.textContent !== shown) value.textContent = shown;

    const source = sourceText(this.#sources, this.#host.source);
    const sourceNode = this.#node('source') ?? this.#create('source', 'p');
    if (sourceNode.textContent !== source.text) sourceNode.textContent = source.text;
    setTextLang(sourceNode, source.builtIn ? localize.textLang : undefined);

    // A value that cannot be changed here has nothing to correct.
    if (this.field.locked()) {
      this.#node('correct')?.remove();
      return;
    }
    let button = this.#node('correct') as HTMLButtonElement | undefined;
    if (!button) {
      button = this.#create('correct', 'button') as HTMLButtonElement;
      button.type = 'button';
      button.addEventListener('click', this.#handleCorrect);
    }
    const text = localize.term('notCorrect');
    if (button.textContent !== text) button.textContent = text;
    // The visible words first, then which answer: "This is not correct: Street" (WCAG 2.5.3).
    const name = localize.term('notCorrectLabel', { label: this.#labelText() });
    if (button.getAttribute('aria-label') !== name) button.setAttribute('aria-label', name);
    setTextLang(button, localize.textLang);
  }

  /**
   * The known value's look, added to the field's own styles the first time it shows: the field
   * lists only the slots (`knownValueSlots()`), so that fields without known values do not
   * carry these rules.
   */
  #adoptStyles(): void {
    const root = this.#host.shadowRoot;
    const sheet = knownValueStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }

  #node(name: KnownPart): HTMLElement | undefined {
    return this.#host.querySelector<HTMLElement>(`:scope > [${marker}="${name}"]`) ?? undefined;
  }

  #create(name: KnownPart, tag: string): HTMLElement {
    const node = this.#host.ownerDocument.createElement(tag);
    node.setAttribute(marker, name);
    node.slot = name;
    node.id = `${this.field.id}-${name}`;
    this.#host.append(node);
    return node;
  }

  /** The question, for the button's name: the label without "optional". */
  #labelText(): string {
    const label = this.field.label();
    if (!label) return this.#host.label;
    let text = '';
    for (const child of label.childNodes) {
      if (child instanceof Element && child.getAttribute(marker) === 'optional') continue;
      if (child === this.field.control) continue;
      text += child.textContent ?? '';
    }
    return text.replace(/\s+/g, ' ').trim() || this.#host.label;
  }

  /** The hidden `<name>-corrected=true`, submitted only while the value differs from the known. */
  #syncCorrectedFlag(): void {
    const control = this.field.control!;
    const host = this.#host;
    let flag = host.querySelector<HTMLInputElement>(`:scope > input[${marker}="corrected"]`);
    const name =
      (host.correctedName ?? '').trim() || (control.name ? `${control.name}-corrected` : '');
    if (!this.#knownValue || !name) {
      flag?.remove();
      return;
    }
    if (!flag) {
      flag = host.ownerDocument.createElement('input');
      flag.type = 'hidden';
      flag.value = 'true';
      flag.setAttribute(marker, 'corrected');
      host.append(flag);
    }
    if (flag.name !== name) flag.name = name;
    const formId = control.getAttribute('form');
    if (formId !== null) flag.setAttribute('form', formId);
    else flag.removeAttribute('form');
    // A disabled input is not submitted: the flag goes with the value, and only when corrected.
    flag.disabled = !this.corrected || control.disabled;
  }

  readonly #handleCorrect = (): void => {
    const control = this.field.control;
    if (!control) return;
    this.open();
    control.focus();
    // The caret after the value, ready to change its end or to delete it.
    try {
      if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
        control.setSelectionRange(control.value.length, control.value.length);
      }
    } catch {
      // Types without a caret (email in some browsers) keep the browser's own placement.
    }
  };
}

/**
 * Known values with their source for every Belfry field: what
 * `import '@belfry/components/known-values'` registers with `registerKnownValues`.
 */
export const knownValues = (field: KnownValueField): KnownValue => new FieldKnownValue(field);
