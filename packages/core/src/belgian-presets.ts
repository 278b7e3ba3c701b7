import type { FieldPresetSet } from './field-preset.js';
import { formatInputWhileTyping } from './validators/format-while-typing.js';
import {
  validatorPresets,
  type ValidatorPreset,
  type ValidatorPresetName,
} from './validators/presets.js';
import { validatorStrings } from './validators/validators.strings.js';

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

/** The built-in preset `name` (or its short form) stands for, or `undefined` when there is none. */
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

/**
 * Belfry's Belgian presets for fields (national register number, enterprise number, IBAN,
 * postal code, phone), with their messages in four languages and grouping while typing: what
 * `import '@belfry/components/presets'` registers with `registerFieldPresets`.
 */
export const belgianFieldPresets: FieldPresetSet = {
  presets: validatorPresets,
  aliases: presetAliases,
  strings: validatorStrings,
  format: formatInputWhileTyping,
};
