import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldValidator } from './form-control.js';
import { devMode } from './environment.js';
import {
  LocalizeController,
  type Catalog,
  type Catalogs,
  type ComponentStrings,
  type LocalizableHost,
} from './localize.js';
import type { TypingFormat } from './validators/types.js';
import type { ValidatorPreset } from './validators/presets.js';
import type { ValidatorStrings } from './validators/validators.strings.js';
import { warnOnce } from './warn.js';

/**
 * The presets a page's fields can use, registered once with {@link registerFieldPresets}: Belfry's
 * own are `belgianFieldPresets`, which `import '@belfry/components/presets'` (and `belfry.js`)
 * registers. A field whose preset is not registered works as a plain field
 * (docs/decisions/0024-opt-in-presets-and-known-values.md).
 */
export interface FieldPresetSet {
  /** The presets by name. */
  readonly presets: Readonly<Record<string, ValidatorPreset>>;
  /** Short names (`nrn`) for some of them (`national-register-number`). */
  readonly aliases: Readonly<Record<string, string>>;
  /** The text of the presets' messages, in every language (`ValidatorStrings` keys). */
  readonly strings: ComponentStrings<ValidatorStrings>;
  /** Groups an input's value while it is typed, keeping the caret where the user types. */
  readonly format: (input: HTMLInputElement, typing: TypingFormat) => void;
}

let registered: FieldPresetSet | undefined;
/** Controllers of connected fields, to bring up to date when presets are registered later. */
const live = new Set<FieldPresetController>();
const noText: Catalogs<Catalog> = { nl: {}, fr: {}, de: {}, en: {} };

/**
 * Makes `set` the presets every field's `preset` attribute takes; fields already on the page
 * take theirs at once. A later call replaces the set. Pages load Belfry's with
 * `import '@belfry/components/presets'`, rather than calling this themselves.
 */
export function registerFieldPresets(set: FieldPresetSet): void {
  registered = set;
  for (const controller of live) controller.host.requestUpdate();
}

/** The registered preset `name` (or its short form) stands for; `undefined` when there is none. */
function lookUp(name: string): { name: string; preset: ValidatorPreset } | undefined {
  if (!registered) return undefined;
  const key = name.trim().toLowerCase();
  const full = Object.hasOwn(registered.aliases, key) ? registered.aliases[key]! : key;
  return Object.hasOwn(registered.presets, full)
    ? { name: full, preset: registered.presets[full]! }
    : undefined;
}

/** What a {@link FieldPresetController} needs from its field. */
export interface FieldPresetHost extends ReactiveControllerHost, LocalizableHost {
  /** The field's native input, once it exists. */
  readonly control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | undefined;
}

/** Input attributes a preset sets, unless the author set them on the element or the input. */
type PresetAttribute = 'inputmode' | 'autocomplete' | 'spellcheck' | 'autocapitalize';

/**
 * Turns a field's `preset` (a kind of Belgian number: `national-register-number`, `iban`,
 * `enterprise-number`, `postal-code`, `phone`, …, see `validatorPresets`) into what the field
 * needs, written once for any text field:
 * - a validator, whose message is in the field's language and can be replaced like the field's
 *   other text (its `strings`, `registerStrings` under its tag or under `bf-validators`);
 * - grouping while typing (`85.07.30-033.28`) that keeps the caret after the digit it followed;
 * - the `inputmode`, `autocomplete`, `spellcheck` and `autocapitalize` of the input, unless the
 *   author set them; the field reads `preset` for the input `type` and its width;
 * - a known value shown grouped as people read it.
 * A field passes `validators`, `format` and `display` to its `FormControlController`.
 *
 * The presets themselves are registered apart ({@link registerFieldPresets}), so that a page
 * whose fields use none does not download the validators and their messages. Until they are,
 * a field with a `preset` works as a plain field, and development builds say what to import.
 */
export class FieldPresetController implements ReactiveController {
  private readonly t: LocalizeController<Catalog>;
  /** What this controller set on the input, so that a changed preset can take it back. */
  private readonly applied = new Map<PresetAttribute, string>();
  private warned = '';

  constructor(
    readonly host: FieldPresetHost,
    private readonly presetName: () => string,
  ) {
    // The messages' text is the registered set's, read when a message is needed.
    this.t = new LocalizeController(host, {
      namespace: host.localName,
      get catalogs() {
        return registered?.strings.catalogs ?? noText;
      },
      get sharedNamespaces() {
        return registered ? [registered.strings.namespace] : [];
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    live.add(this);
  }

  hostDisconnected(): void {
    live.delete(this);
  }

  /**
   * The preset in effect with its full name, or `undefined`: none, an unknown name, or presets
   * not registered (both warned about in development).
   */
  get found(): { name: string; preset: ValidatorPreset } | undefined {
    const name = this.presetName();
    if (!name) return undefined;
    const found = lookUp(String(name));
    // Once per name, and once more if presets are registered after the first warning.
    const warning = `${registered ? 'unknown' : 'unregistered'}:${name}`;
    if (!found && devMode && this.warned !== warning) {
      this.warned = warning;
      const tag = this.host.localName;
      if (registered) {
        warnOnce(
          `preset:${tag}:${name}`,
          `<${tag}>: preset="${name}" is unknown; the field has no preset. Use one of: ${Object.keys(registered.presets).join(', ')}.`,
        );
      } else {
        warnOnce(
          `preset:${tag}:unregistered`,
          `<${tag}>: preset="${name}" does nothing yet: the field presets are not loaded. Add import '@belfry/components/presets' (belfry.js has them); until then the field checks no number of its own.`,
        );
      }
    }
    return found;
  }

  /** The preset in effect, or `undefined` (see {@link found}). */
  get preset(): ValidatorPreset | undefined {
    return this.found?.preset;
  }

  /** The preset's check, as a field validator with its message in the field's language. */
  readonly validators = (): readonly FieldValidator[] => {
    const preset = this.preset;
    return preset ? [this.validate] : [];
  };

  /** Groups the input's value while it is typed, keeping the caret where the user types. */
  readonly format = (control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): void => {
    const typing = this.preset?.typing;
    if (typing && registered && control instanceof HTMLInputElement) {
      registered.format(control, typing);
    }
  };

  /** A value written as people read it (`85.07.30-033.28`); as given when it does not pass. */
  readonly display = (value: string): string => {
    const result = this.preset?.validate(value);
    return result?.valid ? result.formatted : value;
  };

  hostUpdated(): void {
    const control = this.host.control;
    if (!(control instanceof HTMLInputElement)) return;
    const preset = this.preset;
    this.apply(control, 'inputmode', preset?.inputmode);
    this.apply(control, 'autocomplete', preset?.autocomplete);
    this.apply(control, 'spellcheck', preset ? 'false' : undefined);
    this.apply(control, 'autocapitalize', preset ? 'none' : undefined);
  }

  private readonly validate: FieldValidator = (value) => {
    const result = this.preset?.validate(value);
    return result && !result.valid ? this.t.term(result.messageKey, result.params) : undefined;
  };

  /**
   * Sets `attribute` on the input to the preset's value, unless the author chose it (on the
   * element, or on an input they wrote); takes back what it set when the preset changes.
   */
  private apply(control: HTMLInputElement, attribute: PresetAttribute, value: string | undefined) {
    const mine = this.applied.get(attribute);
    const current = control.getAttribute(attribute);
    const authored = this.host.hasAttribute(attribute) || (current !== null && current !== mine);
    if (authored) {
      this.applied.delete(attribute);
      return;
    }
    if (value === undefined) {
      if (mine !== undefined) control.removeAttribute(attribute);
      this.applied.delete(attribute);
      return;
    }
    if (current !== value) control.setAttribute(attribute, value);
    this.applied.set(attribute, value);
  }
}
