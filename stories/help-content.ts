// The help widget's story content, shared by Components/Help and the procedure start page:
// helpers and counters the host provides, a simulated call-back service, and the page's own words
// in each language, as a public servant would write them.
import { html, type TemplateResult } from 'lit';
import type {
  CallbackKnown,
  CallbackRequest,
  CallbackResult,
  HelpLocation,
} from '@belfry/components';
import type { Locale } from './story-context';

/** Monday 30 November 2026, 10:00 in Brussels: the phone line is open in the stories. */
export const storyNow = new Date('2026-11-30T10:00:00+01:00');

export const phone = '02 572 57 57';
export const hours = 'Mo-Fr 08:30-12:00,13:00-16:30';

/** Digital helpers and counters, as an agency would load them from its own list. */
export const helpLocations: HelpLocation[] = [
  {
    name: 'Digitaal Huis Schaarbeek',
    kind: 'helper',
    postalCode: '1030',
    municipality: 'Schaarbeek',
    address: 'Colignonplein 1',
    phone: '02 244 75 11',
  },
  {
    name: 'Loket FOD Financiën Brussel',
    kind: 'counter',
    postalCode: '1000',
    municipality: 'Brussel',
    address: 'Kruidtuinlaan 50',
  },
  { name: 'EPN Liège Centre', kind: 'helper', postalCode: '4000', municipality: 'Liège' },
  { name: 'Digipunt Antwerpen', kind: 'counter', postalCode: '2000', municipality: 'Antwerpen' },
  { name: 'ÖSHZ Eupen', kind: 'helper', postalCode: '4700', municipality: 'Eupen' },
];

/** How the simulated call-back service answers. */
export type CallbackOutcome = 'success' | 'failure';

/**
 * A call-back handler as a host writes it (a `fetch` to its own service), simulated: it answers
 * after a short wait, with a reference number or a server error.
 */
export function simulatedCallback(
  outcome: CallbackOutcome,
  delay = 400,
): (request: CallbackRequest) => Promise<CallbackResult> {
  let count = 0;
  return () =>
    new Promise((resolve, reject) => {
      count += 1;
      setTimeout(() => {
        if (outcome === 'failure') reject(new Error('503 Service Unavailable'));
        else resolve({ reference: `CB-2026-${String(4511 + count).padStart(6, '0')}` });
      }, delay);
    });
}

/** The page's own words around the help, per language. */
export const helpText: Record<
  Locale,
  { callNote: string; appointmentNote: string; helperNote: string }
> = {
  nl: {
    callNote: 'Gratis nummer. Houd uw rijksregisternummer bij de hand.',
    appointmentNote: 'In Brussel, Antwerpen, Gent en Luik.',
    helperNote: 'Neem uw identiteitskaart en de pincode ervan mee.',
  },
  fr: {
    callNote: 'Numéro gratuit. Gardez votre numéro de registre national sous la main.',
    appointmentNote: 'À Bruxelles, Anvers, Gand et Liège.',
    helperNote: 'Apportez votre carte d’identité et son code PIN.',
  },
  de: {
    callNote: 'Kostenlose Nummer. Halten Sie Ihre Nationalregisternummer bereit.',
    appointmentNote: 'In Brüssel, Antwerpen, Gent und Lüttich.',
    helperNote: 'Bringen Sie Ihren Personalausweis und die PIN dazu mit.',
  },
  en: {
    callNote: 'Free number. Keep your national register number at hand.',
    appointmentNote: 'In Brussels, Antwerp, Ghent and Liège.',
    helperNote: 'Bring your identity card and its PIN code.',
  },
};

/** Where the citizen's phone number comes from: their profile with the service, in its words. */
const profileSource: Record<Locale, string> = {
  nl: 'Uit uw profiel',
  fr: 'Provient de votre profil',
  de: 'Aus Ihrem Profil',
  en: 'From your profile',
};

/**
 * What the service knows about a signed-in citizen, as a host passes it to `known`: the name from
 * the National Register, the phone number from their profile, and French as the language they
 * chose to be contacted in (whatever the page's language).
 */
export function signedInCitizen(locale: Locale): CallbackKnown {
  return {
    name: { value: 'Marie Dubois', source: 'national-register' },
    phone: { value: '+32470987654', source: profileSource[locale] },
    language: 'fr',
  };
}

/** The help with every option, in the agency's order, the page's words in `locale`. */
export function fullHelp(
  locale: Locale,
  options: {
    outcome?: CallbackOutcome;
    open?: boolean;
    headingLevel?: number;
    panel?: 'inline' | 'dialog';
    channels?: TemplateResult;
    known?: CallbackKnown;
  } = {},
): TemplateResult {
  const t = helpText[locale];
  return html`<bf-help
    ?open=${options.open ?? false}
    panel=${options.panel ?? 'inline'}
    heading-level=${options.headingLevel ?? 2}
    phone=${phone}
    hours=${hours}
    .now=${storyNow}
    .requestCallback=${simulatedCallback(options.outcome ?? 'success')}
    .known=${options.known}
    .locations=${helpLocations}
    appointment-href="#appointment"
  >
    <bf-help-option kind="call"><p>${t.callNote}</p></bf-help-option>
    <bf-help-option kind="callback"></bf-help-option>
    <bf-help-option kind="finder"><p>${t.helperNote}</p></bf-help-option>
    <bf-help-option kind="assistant"></bf-help-option>
    <bf-help-option kind="appointment"><p>${t.appointmentNote}</p></bf-help-option>
    ${
      options.channels
        ? html`<bf-help-option kind="channels">${options.channels}</bf-help-option>`
        : ''
    }
  </bf-help>`;
}
