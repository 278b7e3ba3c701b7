import { defineStrings, type LocalizeController } from './localize.js';

/**
 * Where an answer the government already knew comes from: the register or service that gave
 * it. One vocabulary for every place Belfry names a source (a field that shows a known value,
 * a row of `bf-summary-list`), so that the same answer is credited in the same words throughout a
 * procedure. A page replaces the words with
 * `registerStrings(locale, { 'bf-source': { sourceNationalRegister: '…' } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type SourceStrings = {
  /** `source="national-register"`: the answer was filled in from the National Register. */
  sourceNationalRegister: string;
  /** `source="enterprise-register"`: from the Crossroads Bank for Enterprises (KBO/BCE). */
  sourceEnterpriseRegister: string;
  /** `source="social-security"`: from the Crossroads Bank for Social Security. */
  sourceSocialSecurity: string;
  /** `source="finance"`: from the FPS Finance (the tax administration). */
  sourceFinance: string;
};

export const sourceStrings = defineStrings<SourceStrings>('bf-source', {
  nl: {
    sourceNationalRegister: 'Uit het Rijksregister',
    sourceEnterpriseRegister: 'Uit de Kruispuntbank van Ondernemingen',
    sourceSocialSecurity: 'Uit de Kruispuntbank van de Sociale Zekerheid',
    sourceFinance: 'Van de FOD Financiën',
  },
  fr: {
    sourceNationalRegister: 'Provient du Registre national',
    sourceEnterpriseRegister: 'Provient de la Banque-Carrefour des Entreprises',
    sourceSocialSecurity: 'Provient de la Banque Carrefour de la sécurité sociale',
    sourceFinance: 'Provient du SPF Finances',
  },
  de: {
    sourceNationalRegister: 'Aus dem Nationalregister',
    sourceEnterpriseRegister: 'Aus der Zentralen Datenbank der Unternehmen',
    sourceSocialSecurity: 'Aus der Zentralen Datenbank der sozialen Sicherheit',
    sourceFinance: 'Vom FÖD Finanzen',
  },
  en: {
    sourceNationalRegister: 'From the National Register',
    sourceEnterpriseRegister: 'From the Crossroads Bank for Enterprises',
    sourceSocialSecurity: 'From the Crossroads Bank for Social Security',
    sourceFinance: 'From the FPS Finance',
  },
});

/** The sources Belfry names in every language, by the keyword a `source` attribute takes. */
export const knownSources = {
  'national-register': 'sourceNationalRegister',
  'enterprise-register': 'sourceEnterpriseRegister',
  'social-security': 'sourceSocialSecurity',
  finance: 'sourceFinance',
} as const satisfies Record<string, keyof SourceStrings>;
export type KnownSource = keyof typeof knownSources;

/** Whether `source` is one of the keywords of {@link knownSources}. */
export function isKnownSource(source: string): source is KnownSource {
  return Object.hasOwn(knownSources, source);
}

/** How a source is shown: its words, and whether they are Belfry's text (which has a language). */
export interface SourceText {
  /** What to show: "From the National Register" for a keyword, any other text as written. */
  text: string;
  /** Whether the text is Belfry's own (a keyword), so it carries the text's `lang` when needed. */
  builtIn: boolean;
}

/**
 * The words for `source` in the language of `localize`: a keyword of {@link knownSources} in
 * Belfry's text, anything else as the author wrote it (trimmed), e.g. "From your municipality".
 * Empty for an empty source.
 */
export function sourceText(
  localize: Pick<LocalizeController<SourceStrings>, 'term'>,
  source: string | null | undefined,
): SourceText {
  const value = typeof source === 'string' ? source.trim() : '';
  if (isKnownSource(value)) return { text: localize.term(knownSources[value]), builtIn: true };
  return { text: value, builtIn: false };
}

declare global {
  interface BelfryStringsMap {
    'bf-source': SourceStrings;
  }
}
