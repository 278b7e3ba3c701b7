import { defineStrings, type FormControlStrings } from '@belfry/core';

/**
 * The text field's own built-in text; its validation messages, "optional" and the character
 * count are the fields' shared text in core (`FormControlStrings`), which can be replaced for
 * text fields only under the same tag:
 * `registerStrings('nl', { 'bf-text-field': { valueMissing: '…', showPassword: '…' } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type TextFieldStrings = {
  /** Visible text of the button that shows a password. Must be part of `showPassword`. */
  show: string;
  /** Visible text of the button that hides the password again. Must be part of `hidePassword`. */
  hide: string;
  /** The button's full name for screen readers, containing `show`. */
  showPassword: string;
  /** The button's full name for screen readers, containing `hide`. */
  hidePassword: string;
  /** Announced when the password is shown. */
  passwordShown: string;
  /** Announced when the password is hidden again. */
  passwordHidden: string;
};

export const textFieldStrings = defineStrings<TextFieldStrings>('bf-text-field', {
  nl: {
    show: 'Tonen',
    hide: 'Verbergen',
    showPassword: 'Wachtwoord tonen',
    hidePassword: 'Wachtwoord verbergen',
    passwordShown: 'Uw wachtwoord is zichtbaar.',
    passwordHidden: 'Uw wachtwoord is verborgen.',
  },
  fr: {
    show: 'Afficher',
    hide: 'Masquer',
    showPassword: 'Afficher le mot de passe',
    hidePassword: 'Masquer le mot de passe',
    passwordShown: 'Votre mot de passe est visible.',
    passwordHidden: 'Votre mot de passe est masqué.',
  },
  de: {
    show: 'Anzeigen',
    hide: 'Verbergen',
    showPassword: 'Passwort anzeigen',
    hidePassword: 'Passwort verbergen',
    passwordShown: 'Ihr Passwort ist sichtbar.',
    passwordHidden: 'Ihr Passwort ist verborgen.',
  },
  en: {
    show: 'Show',
    hide: 'Hide',
    showPassword: 'Show password',
    hidePassword: 'Hide password',
    passwordShown: 'Your password is shown.',
    passwordHidden: 'Your password is hidden.',
  },
});

declare global {
  interface BelfryStringsMap {
    'bf-text-field': TextFieldStrings & FormControlStrings;
  }
}
