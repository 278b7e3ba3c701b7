import { defineStrings } from '../localize.js';

/**
 * What the validators say about a value they refuse, in plain words: what is wrong and how to
 * put it right, with an example. Each key is `<kind><Reason>`. Placeholders: `{count}` how many
 * digits or characters were entered, `{expected}` how many an IBAN of that country has,
 * `{country}` the country code entered, `{countries}` the accepted codes, `{code}` a postal code.
 * Agencies replace them with `registerStrings(locale, { 'bf-validators': { … } })`, and a field
 * with its `strings` property.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type ValidatorStrings = {
  nrnEmpty: string;
  nrnCharacters: string;
  nrnLength: string;
  nrnChecksum: string;
  nrnDate: string;
  nrnBis: string;
  ibanEmpty: string;
  ibanCharacters: string;
  ibanFormat: string;
  ibanCountry: string;
  ibanNotAccepted: string;
  ibanNotBelgian: string;
  ibanLength: string;
  ibanChecksum: string;
  enterpriseNumberEmpty: string;
  enterpriseNumberCharacters: string;
  enterpriseNumberLength: string;
  enterpriseNumberFormat: string;
  enterpriseNumberChecksum: string;
  postalCodeEmpty: string;
  postalCodeFormat: string;
  postalCodeRange: string;
  phoneEmpty: string;
  phoneCharacters: string;
  phoneFormat: string;
  phoneCountry: string;
  phoneLength: string;
  phoneMobile: string;
};

export const validatorStrings = defineStrings<ValidatorStrings>('bf-validators', {
  nl: {
    nrnEmpty: 'Vul een rijksregisternummer in. Het heeft 11 cijfers, zoals 85.07.30-033.28.',
    nrnCharacters:
      'Een rijksregisternummer bestaat alleen uit cijfers. Vul 11 cijfers in, zoals 85.07.30-033.28.',
    nrnLength:
      'Een rijksregisternummer heeft 11 cijfers, zoals 85.07.30-033.28. U vulde er {count} in.',
    nrnChecksum:
      'Dit rijksregisternummer klopt niet. Controleer of u elk cijfer juist hebt ingevuld.',
    nrnDate:
      'De eerste 6 cijfers van een rijksregisternummer zijn een geboortedatum (jaar, maand, dag). Controleer ze.',
    nrnBis: 'Vul een rijksregisternummer in. Een bisnummer kan hier niet.',
    ibanEmpty: 'Vul een rekeningnummer (IBAN) in, zoals BE68 5390 0754 7034.',
    ibanCharacters: 'Een IBAN bestaat alleen uit letters en cijfers, zoals BE68 5390 0754 7034.',
    ibanFormat:
      'Een IBAN begint met 2 letters voor het land en 2 cijfers, zoals BE68 5390 0754 7034.',
    ibanCountry:
      'Een IBAN begint met de code van een land, zoals BE voor België. {country} is geen landcode: controleer de eerste 2 letters.',
    ibanNotAccepted: 'Vul een rekeningnummer in uit een van deze landen: {countries}.',
    ibanNotBelgian:
      'Vul een Belgisch rekeningnummer in. Het begint met BE, zoals BE68 5390 0754 7034.',
    ibanLength:
      'Een IBAN die met {country} begint, heeft {expected} tekens. U vulde er {count} in.',
    ibanChecksum: 'Dit rekeningnummer klopt niet. Controleer of u elk teken juist hebt ingevuld.',
    enterpriseNumberEmpty:
      'Vul een ondernemingsnummer in. Het heeft 10 cijfers, zoals 0123.456.749.',
    enterpriseNumberCharacters:
      'Een ondernemingsnummer bestaat alleen uit cijfers, zoals 0123.456.749.',
    enterpriseNumberLength:
      'Een ondernemingsnummer heeft 10 cijfers, zoals 0123.456.749. U vulde er {count} in.',
    enterpriseNumberFormat: 'Een ondernemingsnummer begint met 0 of 1, zoals 0123.456.749.',
    enterpriseNumberChecksum:
      'Dit ondernemingsnummer klopt niet. Controleer of u elk cijfer juist hebt ingevuld.',
    postalCodeEmpty: 'Vul een postcode in, zoals 1000.',
    postalCodeFormat: 'Een Belgische postcode heeft 4 cijfers, zoals 1000.',
    postalCodeRange:
      '{code} is geen Belgische postcode. Belgische postcodes gaan van 1000 tot 9992.',
    phoneEmpty: 'Vul een telefoonnummer in, zoals 0470 12 34 56 of 02 123 45 67.',
    phoneCharacters:
      'Een telefoonnummer bestaat alleen uit cijfers, met eventueel een + vooraan. Bijvoorbeeld 0470 12 34 56.',
    phoneFormat: 'Begin het telefoonnummer met 0 of +32, zoals 0470 12 34 56 of +32 470 12 34 56.',
    phoneCountry: 'Vul een Belgisch telefoonnummer in. Het begint met 0 of +32.',
    phoneLength:
      'Een gsm-nummer heeft 10 cijfers, zoals 0470 12 34 56. Een vast nummer heeft er 9, zoals 02 123 45 67.',
    phoneMobile: 'Vul een gsm-nummer in. Het begint met 04, zoals 0470 12 34 56.',
  },
  fr: {
    nrnEmpty:
      'Indiquez un numéro de registre national. Il compte 11 chiffres, par exemple 85.07.30-033.28.',
    nrnCharacters:
      'Un numéro de registre national ne contient que des chiffres. Indiquez 11 chiffres, par exemple 85.07.30-033.28.',
    nrnLength:
      'Un numéro de registre national compte 11 chiffres, par exemple 85.07.30-033.28. Vous en avez indiqué {count}.',
    nrnChecksum: "Ce numéro de registre national n'est pas correct. Vérifiez chaque chiffre.",
    nrnDate:
      "Les 6 premiers chiffres d'un numéro de registre national sont une date de naissance (année, mois, jour). Vérifiez-les.",
    nrnBis: "Indiquez un numéro de registre national. Un numéro BIS n'est pas accepté ici.",
    ibanEmpty: 'Indiquez un numéro de compte (IBAN), par exemple BE68 5390 0754 7034.',
    ibanCharacters:
      'Un IBAN ne contient que des lettres et des chiffres, par exemple BE68 5390 0754 7034.',
    ibanFormat:
      'Un IBAN commence par 2 lettres pour le pays et 2 chiffres, par exemple BE68 5390 0754 7034.',
    ibanCountry:
      "Un IBAN commence par le code d'un pays, par exemple BE pour la Belgique. {country} n'est pas un code de pays\u00a0: vérifiez les 2 premières lettres.",
    ibanNotAccepted: "Indiquez un numéro de compte d'un de ces pays\u00a0: {countries}.",
    ibanNotBelgian:
      'Indiquez un numéro de compte belge. Il commence par BE, par exemple BE68 5390 0754 7034.',
    ibanLength:
      'Un IBAN qui commence par {country} compte {expected} caractères. Vous en avez indiqué {count}.',
    ibanChecksum: "Ce numéro de compte n'est pas correct. Vérifiez chaque caractère.",
    enterpriseNumberEmpty:
      "Indiquez un numéro d'entreprise. Il compte 10 chiffres, par exemple 0123.456.749.",
    enterpriseNumberCharacters:
      "Un numéro d'entreprise ne contient que des chiffres, par exemple 0123.456.749.",
    enterpriseNumberLength:
      "Un numéro d'entreprise compte 10 chiffres, par exemple 0123.456.749. Vous en avez indiqué {count}.",
    enterpriseNumberFormat: "Un numéro d'entreprise commence par 0 ou 1, par exemple 0123.456.749.",
    enterpriseNumberChecksum: "Ce numéro d'entreprise n'est pas correct. Vérifiez chaque chiffre.",
    postalCodeEmpty: 'Indiquez un code postal, par exemple 1000.',
    postalCodeFormat: 'Un code postal belge compte 4 chiffres, par exemple 1000.',
    postalCodeRange:
      "{code} n'est pas un code postal belge. Les codes postaux belges vont de 1000 à 9992.",
    phoneEmpty: 'Indiquez un numéro de téléphone, par exemple 0470 12 34 56 ou 02 123 45 67.',
    phoneCharacters:
      "Un numéro de téléphone ne contient que des chiffres, éventuellement précédés d'un +. Par exemple 0470 12 34 56.",
    phoneFormat:
      'Commencez le numéro de téléphone par 0 ou +32, par exemple 0470 12 34 56 ou +32 470 12 34 56.',
    phoneCountry: 'Indiquez un numéro de téléphone belge. Il commence par 0 ou +32.',
    phoneLength:
      'Un numéro de GSM compte 10 chiffres, par exemple 0470 12 34 56. Un numéro fixe en compte 9, par exemple 02 123 45 67.',
    phoneMobile: 'Indiquez un numéro de GSM. Il commence par 04, par exemple 0470 12 34 56.',
  },
  de: {
    nrnEmpty:
      'Geben Sie eine Nationalregisternummer ein. Sie hat 11 Ziffern, zum Beispiel 85.07.30-033.28.',
    nrnCharacters:
      'Eine Nationalregisternummer besteht nur aus Ziffern. Geben Sie 11 Ziffern ein, zum Beispiel 85.07.30-033.28.',
    nrnLength:
      'Eine Nationalregisternummer hat 11 Ziffern, zum Beispiel 85.07.30-033.28. Sie haben {count} eingegeben.',
    nrnChecksum: 'Diese Nationalregisternummer ist nicht korrekt. Prüfen Sie jede Ziffer.',
    nrnDate:
      'Die ersten 6 Ziffern einer Nationalregisternummer sind ein Geburtsdatum (Jahr, Monat, Tag). Prüfen Sie sie.',
    nrnBis: 'Geben Sie eine Nationalregisternummer ein. Eine BIS-Nummer ist hier nicht möglich.',
    ibanEmpty: 'Geben Sie eine Kontonummer (IBAN) ein, zum Beispiel BE68 5390 0754 7034.',
    ibanCharacters:
      'Eine IBAN besteht nur aus Buchstaben und Ziffern, zum Beispiel BE68 5390 0754 7034.',
    ibanFormat:
      'Eine IBAN beginnt mit 2 Buchstaben für das Land und 2 Ziffern, zum Beispiel BE68 5390 0754 7034.',
    ibanCountry:
      'Eine IBAN beginnt mit dem Code eines Landes, zum Beispiel BE für Belgien. {country} ist kein Ländercode: Prüfen Sie die ersten 2 Buchstaben.',
    ibanNotAccepted: 'Geben Sie eine Kontonummer aus einem dieser Länder ein: {countries}.',
    ibanNotBelgian:
      'Geben Sie eine belgische Kontonummer ein. Sie beginnt mit BE, zum Beispiel BE68 5390 0754 7034.',
    ibanLength:
      'Eine IBAN, die mit {country} beginnt, hat {expected} Zeichen. Sie haben {count} eingegeben.',
    ibanChecksum: 'Diese Kontonummer ist nicht korrekt. Prüfen Sie jedes Zeichen.',
    enterpriseNumberEmpty:
      'Geben Sie eine Unternehmensnummer ein. Sie hat 10 Ziffern, zum Beispiel 0123.456.749.',
    enterpriseNumberCharacters:
      'Eine Unternehmensnummer besteht nur aus Ziffern, zum Beispiel 0123.456.749.',
    enterpriseNumberLength:
      'Eine Unternehmensnummer hat 10 Ziffern, zum Beispiel 0123.456.749. Sie haben {count} eingegeben.',
    enterpriseNumberFormat:
      'Eine Unternehmensnummer beginnt mit 0 oder 1, zum Beispiel 0123.456.749.',
    enterpriseNumberChecksum: 'Diese Unternehmensnummer ist nicht korrekt. Prüfen Sie jede Ziffer.',
    postalCodeEmpty: 'Geben Sie eine Postleitzahl ein, zum Beispiel 4700.',
    postalCodeFormat: 'Eine belgische Postleitzahl hat 4 Ziffern, zum Beispiel 4700.',
    postalCodeRange:
      '{code} ist keine belgische Postleitzahl. Belgische Postleitzahlen gehen von 1000 bis 9992.',
    phoneEmpty: 'Geben Sie eine Telefonnummer ein, zum Beispiel 0470 12 34 56 oder 087 12 34 56.',
    phoneCharacters:
      'Eine Telefonnummer besteht nur aus Ziffern, eventuell mit einem + am Anfang. Zum Beispiel 0470 12 34 56.',
    phoneFormat:
      'Beginnen Sie die Telefonnummer mit 0 oder +32, zum Beispiel 0470 12 34 56 oder +32 470 12 34 56.',
    phoneCountry: 'Geben Sie eine belgische Telefonnummer ein. Sie beginnt mit 0 oder +32.',
    phoneLength:
      'Eine Handynummer hat 10 Ziffern, zum Beispiel 0470 12 34 56. Eine Festnetznummer hat 9, zum Beispiel 087 12 34 56.',
    phoneMobile: 'Geben Sie eine Handynummer ein. Sie beginnt mit 04, zum Beispiel 0470 12 34 56.',
  },
  en: {
    nrnEmpty: 'Enter a national register number. It has 11 digits, like 85.07.30-033.28.',
    nrnCharacters:
      'A national register number has only digits. Enter 11 digits, like 85.07.30-033.28.',
    nrnLength:
      'A national register number has 11 digits, like 85.07.30-033.28. You entered {count}.',
    nrnChecksum:
      'This national register number is not correct. Check that you typed every digit correctly.',
    nrnDate:
      'The first 6 digits of a national register number are a date of birth (year, month, day). Check them.',
    nrnBis: 'Enter a national register number. A BIS number cannot be used here.',
    ibanEmpty: 'Enter an account number (IBAN), like BE68 5390 0754 7034.',
    ibanCharacters: 'An IBAN has only letters and digits, like BE68 5390 0754 7034.',
    ibanFormat:
      'An IBAN starts with 2 letters for the country and 2 digits, like BE68 5390 0754 7034.',
    ibanCountry:
      'An IBAN starts with the code of a country, like BE for Belgium. {country} is not a country code: check the first 2 letters.',
    ibanNotAccepted: 'Enter an account number from one of these countries: {countries}.',
    ibanNotBelgian: 'Enter a Belgian account number. It starts with BE, like BE68 5390 0754 7034.',
    ibanLength:
      'An IBAN that starts with {country} has {expected} characters. You entered {count}.',
    ibanChecksum:
      'This account number is not correct. Check that you typed every character correctly.',
    enterpriseNumberEmpty: 'Enter an enterprise number. It has 10 digits, like 0123.456.749.',
    enterpriseNumberCharacters: 'An enterprise number has only digits, like 0123.456.749.',
    enterpriseNumberLength:
      'An enterprise number has 10 digits, like 0123.456.749. You entered {count}.',
    enterpriseNumberFormat: 'An enterprise number starts with 0 or 1, like 0123.456.749.',
    enterpriseNumberChecksum:
      'This enterprise number is not correct. Check that you typed every digit correctly.',
    postalCodeEmpty: 'Enter a postal code, like 1000.',
    postalCodeFormat: 'A Belgian postal code has 4 digits, like 1000.',
    postalCodeRange:
      '{code} is not a Belgian postal code. Belgian postal codes go from 1000 to 9992.',
    phoneEmpty: 'Enter a phone number, like 0470 12 34 56 or 02 123 45 67.',
    phoneCharacters:
      'A phone number has only digits, and perhaps a + at the start. For example 0470 12 34 56.',
    phoneFormat: 'Start the phone number with 0 or +32, like 0470 12 34 56 or +32 470 12 34 56.',
    phoneCountry: 'Enter a Belgian phone number. It starts with 0 or +32.',
    phoneLength:
      'A mobile number has 10 digits, like 0470 12 34 56. A landline number has 9, like 02 123 45 67.',
    phoneMobile: 'Enter a mobile number. It starts with 04, like 0470 12 34 56.',
  },
});

declare global {
  interface BelfryStringsMap {
    'bf-validators': ValidatorStrings;
  }
}
