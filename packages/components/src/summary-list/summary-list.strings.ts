import { defineStrings } from '@belfry/core';

/**
 * The summary list's built-in text. Every language must provide every key. Agencies replace it
 * with `registerStrings(locale, { 'bf-summary-list-row': { … } })`.
 */
// A type alias, not an interface, so that it is assignable to the core `Catalog` record.
export type SummaryListStrings = {
  /** The link that goes back to a question. Screen readers hear the question after it. */
  change: string;
  /** Shown as the answer to a question that was left empty. */
  notProvided: string;
  /** `source="national-register"`: the answer was filled in from the National Register. */
  sourceNationalRegister: string;
  /** `source="enterprise-register"`: from the Crossroads Bank for Enterprises (KBO/BCE). */
  sourceEnterpriseRegister: string;
  /** `source="social-security"`: from the Crossroads Bank for Social Security. */
  sourceSocialSecurity: string;
  /** `source="finance"`: from the FPS Finance. */
  sourceFinance: string;
};

export const summaryListStrings = defineStrings<SummaryListStrings>('bf-summary-list-row', {
  nl: {
    change: 'Wijzigen',
    notProvided: 'Niet ingevuld',
    sourceNationalRegister: 'Uit het Rijksregister',
    sourceEnterpriseRegister: 'Uit de Kruispuntbank van Ondernemingen',
    sourceSocialSecurity: 'Uit de Kruispuntbank van de Sociale Zekerheid',
    sourceFinance: 'Van de FOD Financiën',
  },
  fr: {
    change: 'Modifier',
    notProvided: 'Non renseigné',
    sourceNationalRegister: 'Provient du Registre national',
    sourceEnterpriseRegister: 'Provient de la Banque-Carrefour des Entreprises',
    sourceSocialSecurity: 'Provient de la Banque Carrefour de la sécurité sociale',
    sourceFinance: 'Provient du SPF Finances',
  },
  de: {
    change: 'Ändern',
    notProvided: 'Nicht angegeben',
    sourceNationalRegister: 'Aus dem Nationalregister',
    sourceEnterpriseRegister: 'Aus der Zentralen Datenbank der Unternehmen',
    sourceSocialSecurity: 'Aus der Zentralen Datenbank der sozialen Sicherheit',
    sourceFinance: 'Vom FÖD Finanzen',
  },
  en: {
    change: 'Change',
    notProvided: 'Not provided',
    sourceNationalRegister: 'From the National Register',
    sourceEnterpriseRegister: 'From the Crossroads Bank for Enterprises',
    sourceSocialSecurity: 'From the Crossroads Bank for Social Security',
    sourceFinance: 'From the FPS Finance',
  },
});

/** The sources Belfry names in every language, by the keyword `source` takes. */
export const summaryListSources = {
  'national-register': 'sourceNationalRegister',
  'enterprise-register': 'sourceEnterpriseRegister',
  'social-security': 'sourceSocialSecurity',
  finance: 'sourceFinance',
} as const satisfies Record<string, keyof SummaryListStrings>;
export type SummaryListSource = keyof typeof summaryListSources;

declare global {
  interface BelfryStringsMap {
    'bf-summary-list-row': SummaryListStrings;
  }
}
