import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldValidator } from './form-control.js';
import { LocalizeController, type LocalizableHost } from './localize.js';
import { formatInputWhileTyping } from './validators/format-while-typing.js';
import {
  validatorPresets,
  type ValidatorPreset,
  type ValidatorPresetName,
} from './validators/presets.js';
import { validatorStrings, type ValidatorStrings } from './validators/validators.strings.js';
import { warnOnce } from './warn.js';

/**
 * Short names a field's `preset` also takes, the same words as the text field's `width`
 * presets, so that `preset="nrn"` and `width="nrn"` mean the same number.
 */
export const presetAliases = {
  nrn: 'national-register-number',
  enterprise: 'enterprise-number',
  postcode: 'postal-code',
} as const satisfies Record<string, ValidatorPresetName>;

/** The names a field's `preset` takes: those of `validatorPresets`, and their short forms. */
export type FieldPresetName = ValidatorPresetName | keyof typeof presetAliases;

/** The preset `name` (or its short form) stands for, or `undefined` when there is none. */
export function findPreset(
  name: string | null | undefined,
): { name: ValidatorPresetName; preset: ValidatorPreset } | undefined {
  const key = typeof name === 'string' ? name.trim().toLowerCase() : '';
  const full = Object.hasOwn(presetAliases, key)
    ? presetAliases[key as keyof typeof presetAliases]
    : key;
  if (!Object.hasOwn(validatorPresets, full)) return undefined;
  const presetName = full as ValidatorPresetName;
  return { name: presetName, preset: validatorPresets[presetName] };
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
 */
export class FieldPresetController implements ReactiveController {
  private readonly t: LocalizeController<ValidatorStrings>;
  /** What this controller set on the input, so that a changed preset can take it back. */
  private readonly applied = new Map<PresetAttribute, string>();
  private warned = '';

  constructor(
    private readonly host: FieldPresetHost,
    private readonly presetName: () => string,
  ) {
    this.t = new LocalizeController(host, {
      namespace: host.localName,
      catalogs: validatorStrings.catalogs,
      sharedNamespaces: [validatorStrings.namespace],
    });
    host.addController(this);
  }

  /** The preset in effect, or `undefined` (none, or an unknown name, which is warned about). */
  get preset(): ValidatorPreset | undefined {
    const name = this.presetName();
    if (!name) return undefined;
    const found = findPreset(name);
    if (!found && this.warned !== name) {
      this.warned = name;
      warnOnce(
        `preset:${this.host.localName}:${name}`,
        `<${this.host.localName}>: preset="${name}" is unknown; the field has no preset. Use one of: ${Object.keys(validatorPresets).join(', ')}.`,
      );
    }
    return found?.preset;
  }

  /** The preset's check, as a field validator with its message in the field's language. */
  readonly validators = (): readonly FieldValidator[] => {
    const preset = this.preset;
    return preset ? [this.validate] : [];
  };

  /** Groups the input's value while it is typed, keeping the caret where the user types. */
  readonly format = (control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): void => {
    const typing = this.preset?.typing;
    if (typing && control instanceof HTMLInputElement) formatInputWhileTyping(control, typing);
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
