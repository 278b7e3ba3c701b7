import { defineStrings } from './localize.js';

/**
 * The text every Belfry field shares: validation messages, the "optional" marker, the character
 * count. One set in core, so that twelve fields do not each carry a copy. A page replaces it for
 * every field with `registerStrings(locale, { 'bf-form-control': { … } })`, for one kind of field
 * with the field's tag (`{ 'bf-text-field': { valueMissing: '…' } }`), and for one element with
 * its `strings` attribute (`strings='{"valueMissing": "Enter your postcode"}'`), which is how a
 * form says what is missing in its own words.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type FormControlStrings = {
  /** After the label of a field that may be left empty. In words: an asterisk alone is not enough. */
  optional: string;
  /** Read by screen readers before an error message under a field; not shown. */
  errorPrefix: string;
  /** A required field was left empty. */
  valueMissing: string;
  /** An e-mail address field holds something that is not an e-mail address. */
  typeMismatchEmail: string;
  /** A web address field holds something that is not a web address. */
  typeMismatchUrl: string;
  /** The value does not have the form the field asks for. */
  patternMismatch: string;
  /** Too many characters; `{count}` is the maximum. */
  tooLong: string | { one: string; other: string };
  /** Too few characters; `{count}` is the minimum. */
  tooShort: string | { one: string; other: string };
  /** A number or date below the minimum, `{min}`. */
  rangeUnderflow: string;
  /** A number or date above the maximum, `{max}`. */
  rangeOverflow: string;
  /** The browser cannot read the value (e.g. letters in a number field), or it is off the allowed steps. */
  badInput: string;
  /** Any other problem the browser reports without its own message here. */
  invalid: string;
  /** Under a field with a maximum length, while there is room; `{count}` characters are left. */
  charactersRemaining: { one: string; other: string };
  /** Under a field with a maximum length, once the text is too long by `{count}` characters. */
  charactersTooMany: { one: string; other: string };
  /**
   * The button under a value the government already knows (see `source`), which opens the field
   * to correct it. Must be the start of `notCorrectLabel`.
   */
  notCorrect: string;
  /** That button's full name for screen readers: `notCorrect` and the question, `{label}`. */
  notCorrectLabel: string;
};

export const formControlStrings = defineStrings<FormControlStrings>('bf-form-control', {
  nl: {
    optional: '(niet verplicht)',
    errorPrefix: 'Fout:',
    valueMissing: 'Vul dit veld in.',
    typeMismatchEmail: 'Vul een e-mailadres in zoals naam@voorbeeld.be.',
    typeMismatchUrl: 'Vul een webadres in zoals https://www.belgium.be.',
    patternMismatch: 'Dit heeft niet de gevraagde vorm. Kijk naar het voorbeeld.',
    tooLong: {
      one: 'Gebruik niet meer dan {count} teken.',
      other: 'Gebruik niet meer dan {count} tekens.',
    },
    tooShort: {
      one: 'Gebruik minstens {count} teken.',
      other: 'Gebruik minstens {count} tekens.',
    },
    rangeUnderflow: 'Vul {min} of meer in.',
    rangeOverflow: 'Vul {max} of minder in.',
    badInput: 'Dit kunnen we niet lezen. Kijk het na.',
    invalid: 'Dit klopt niet. Kijk het na.',
    charactersRemaining: {
      one: 'U kunt nog {count} teken typen',
      other: 'U kunt nog {count} tekens typen',
    },
    charactersTooMany: {
      one: 'U hebt {count} teken te veel',
      other: 'U hebt {count} tekens te veel',
    },
    notCorrect: 'Dit klopt niet',
    notCorrectLabel: 'Dit klopt niet: {label}',
  },
  fr: {
    optional: '(facultatif)',
    errorPrefix: 'Erreur :',
    valueMissing: 'Remplissez ce champ.',
    typeMismatchEmail: 'Indiquez une adresse e-mail comme nom@exemple.be.',
    typeMismatchUrl: 'Indiquez une adresse web comme https://www.belgium.be.',
    patternMismatch: "Ce n'est pas au format demandé. Regardez l'exemple.",
    tooLong: {
      one: 'Utilisez au maximum {count} caractère.',
      other: 'Utilisez au maximum {count} caractères.',
    },
    tooShort: {
      one: 'Utilisez au moins {count} caractère.',
      other: 'Utilisez au moins {count} caractères.',
    },
    rangeUnderflow: 'Indiquez {min} ou plus.',
    rangeOverflow: 'Indiquez {max} ou moins.',
    badInput: 'Nous ne pouvons pas lire ceci. Vérifiez-le.',
    invalid: "Ce n'est pas correct. Vérifiez-le.",
    charactersRemaining: {
      one: 'Il vous reste {count} caractère',
      other: 'Il vous reste {count} caractères',
    },
    charactersTooMany: {
      one: 'Vous avez {count} caractère de trop',
      other: 'Vous avez {count} caractères de trop',
    },
    notCorrect: "Ce n'est pas correct",
    notCorrectLabel: "Ce n'est pas correct : {label}",
  },
  de: {
    optional: '(freiwillig)',
    errorPrefix: 'Fehler:',
    valueMissing: 'Füllen Sie dieses Feld aus.',
    typeMismatchEmail: 'Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@beispiel.be.',
    typeMismatchUrl: 'Geben Sie eine Webadresse ein, zum Beispiel https://www.belgium.be.',
    patternMismatch: 'Das hat nicht die verlangte Form. Sehen Sie sich das Beispiel an.',
    tooLong: {
      one: 'Verwenden Sie höchstens {count} Zeichen.',
      other: 'Verwenden Sie höchstens {count} Zeichen.',
    },
    tooShort: {
      one: 'Verwenden Sie mindestens {count} Zeichen.',
      other: 'Verwenden Sie mindestens {count} Zeichen.',
    },
    rangeUnderflow: 'Geben Sie {min} oder mehr ein.',
    rangeOverflow: 'Geben Sie {max} oder weniger ein.',
    badInput: 'Das können wir nicht lesen. Prüfen Sie es bitte.',
    invalid: 'Das stimmt nicht. Prüfen Sie es bitte.',
    charactersRemaining: {
      one: 'Sie können noch {count} Zeichen eingeben',
      other: 'Sie können noch {count} Zeichen eingeben',
    },
    charactersTooMany: {
      one: 'Sie haben {count} Zeichen zu viel',
      other: 'Sie haben {count} Zeichen zu viel',
    },
    notCorrect: 'Das stimmt nicht',
    notCorrectLabel: 'Das stimmt nicht: {label}',
  },
  en: {
    optional: '(optional)',
    errorPrefix: 'Error:',
    valueMissing: 'Fill in this field.',
    typeMismatchEmail: 'Enter an email address like name@example.be.',
    typeMismatchUrl: 'Enter a web address like https://www.belgium.be.',
    patternMismatch: 'This is not in the form asked for. Look at the example.',
    tooLong: {
      one: 'Use {count} character or fewer.',
      other: 'Use {count} characters or fewer.',
    },
    tooShort: {
      one: 'Use at least {count} character.',
      other: 'Use at least {count} characters.',
    },
    rangeUnderflow: 'Enter {min} or more.',
    rangeOverflow: 'Enter {max} or less.',
    badInput: 'We cannot read this. Please check it.',
    invalid: 'This is not right. Please check it.',
    charactersRemaining: {
      one: 'You have {count} character remaining',
      other: 'You have {count} characters remaining',
    },
    charactersTooMany: {
      one: 'You have {count} character too many',
      other: 'You have {count} characters too many',
    },
    notCorrect: 'This is not correct',
    notCorrectLabel: 'This is not correct: {label}',
  },
});

declare global {
  interface BelfryStringsMap {
    'bf-form-control': FormControlStrings;
  }
}
