import {
  devMode,
  locales,
  validatePhoneNumber,
  validatePostalCode,
  type Locale,
} from '@belfry/core';

/** A place where a person helps citizens: a digital helper, or a counter or help centre. */
export interface HelpLocation {
  /** The place's or the service's name, e.g. "Digitaal Huis Schaarbeek". Plain text. */
  name: string;
  /** `helper`: a digital helper (a person who helps with procedures online); `counter`: a counter or help centre. Default `helper`. */
  kind?: 'helper' | 'counter' | undefined;
  /** Its Belgian postal code, `1030`: what the search matches on. */
  postalCode: string;
  /** Its municipality, `Schaarbeek`: places in the searched code's municipality come next. */
  municipality?: string | undefined;
  /** Street and number, `Colignonplein 1`. */
  address?: string | undefined;
  /** When it is open, as text in the page's language ("Tuesday and Thursday mornings"). */
  hours?: string | undefined;
  /** Its phone number; shown as a `tel:` link. */
  phone?: string | undefined;
  /** A page about it (how to book, what to bring). */
  href?: string | undefined;
}

/**
 * How close a place is to the searched postal code, closest first:
 * - `postal-code`: the same postal code;
 * - `municipality`: the same municipality (known when the list has a place with the searched
 *   code and a municipality: another place of that municipality matches, whatever its code);
 * - `area`: the same first two digits (the postal area, e.g. 10xx: the centre of Brussels);
 * - `region`: the same first digit (e.g. 4xxx: the province of Liège).
 */
export type HelpCloseness = 'postal-code' | 'municipality' | 'area' | 'region';

/** A place that matched a search, with how close it is. */
export interface HelpMatch {
  location: HelpLocation;
  closeness: HelpCloseness;
}

const ranks: Readonly<Record<HelpCloseness, number>> = {
  'postal-code': 0,
  municipality: 1,
  area: 2,
  region: 3,
};

/** A municipality's name compared without case, accents or punctuation (`Sint-Joost` = `sint joost`). */
function municipalityKey(name: string | undefined): string {
  return typeof name === 'string'
    ? name
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
    : '';
}

/**
 * The places nearest to `postalCode`, at most `limit` (default 5), closest first.
 *
 * Belgian postal codes follow geography: the first digit is a province or region, the first two a
 * postal area, and nearby codes are usually nearby places. So places are ranked by
 * {@link HelpCloseness} (same code, same municipality, same area, same region), and within a rank
 * by how far their code is from the searched one, then by name. Places in another region are
 * never offered: the citizen is told to call instead. Places without a valid postal code are
 * skipped. An invalid `postalCode` gives no results.
 */
export function nearestLocations(
  locations: readonly HelpLocation[] | null | undefined,
  postalCode: string,
  limit = 5,
): HelpMatch[] {
  const searched = validatePostalCode(postalCode);
  if (!searched.valid || !Array.isArray(locations)) return [];
  const code = searched.value;
  const valid = locations.flatMap((location) => {
    if (typeof location !== 'object' || location === null) return [];
    const result = validatePostalCode(location.postalCode);
    return result.valid ? [{ location, code: result.value }] : [];
  });
  const municipalities = new Set(
    valid
      .filter((place) => place.code === code)
      .map((place) => municipalityKey(place.location.municipality))
      .filter(Boolean),
  );
  const matches: (HelpMatch & { distance: number })[] = [];
  for (const place of valid) {
    let closeness: HelpCloseness | undefined;
    if (place.code === code) closeness = 'postal-code';
    else if (municipalities.has(municipalityKey(place.location.municipality))) {
      closeness = 'municipality';
    } else if (place.code.slice(0, 2) === code.slice(0, 2)) closeness = 'area';
    else if (place.code[0] === code[0]) closeness = 'region';
    if (!closeness) continue;
    matches.push({
      location: place.location,
      closeness,
      distance: Math.abs(Number(place.code) - Number(code)),
    });
  }
  matches.sort(
    (a, b) =>
      ranks[a.closeness] - ranks[b.closeness] ||
      a.distance - b.distance ||
      String(a.location.name).localeCompare(String(b.location.name)),
  );
  const count = Number.isFinite(limit) && limit > 0 ? Math.floor(limit) : 5;
  return matches.slice(0, count).map(({ location, closeness }) => ({ location, closeness }));
}

/** What the citizen asks for in the call-back form, given to `requestCallback`. */
export interface CallbackRequest {
  /** The name the citizen gave. */
  name: string;
  /** The phone number in international form, `+32470123456`. */
  phone: string;
  /** The language to call in. */
  language: Locale;
  /** The chosen time slot's `value` (`any`, `morning`, `afternoon`, or one of `timeSlots`). */
  timeSlot: string;
  /** What the question is about, in a few words; may be empty. */
  topic: string;
}

/** What `requestCallback` resolves to once the agency has the request. */
export interface CallbackResult {
  /** The reference number shown to the citizen, e.g. `CB-2026-004512`. */
  reference: string;
}

/** The host's handler that sends a call-back request, e.g. with `fetch`. It rejects on failure. */
export type CallbackHandler = (request: CallbackRequest) => Promise<CallbackResult>;

/** A time slot the citizen can choose for the call back. */
export interface CallbackTimeSlot {
  value: string;
  /** Shown to the citizen, in the page's language. */
  label: string;
}

/**
 * A detail the service already knows about the citizen, as a field's `value` and `source` take
 * it: the value alone, or with where it comes from (a `knownSources` keyword such as
 * `national-register`, or text in the page's language such as "From your profile").
 */
export type CallbackKnownDetail = string | { value: string; source?: string | undefined };

/**
 * What the service already knows about a signed-in citizen, so that the call-back form starts
 * with it ("only once"). Every part is optional; a part that cannot be used is left out.
 */
export interface CallbackKnown {
  /** Their name, e.g. `{ value: 'An Peeters', source: 'national-register' }`. */
  name?: CallbackKnownDetail | undefined;
  /** Their Belgian phone number (`0470 12 34 56`, `+32470123456`), shown grouped. */
  phone?: CallbackKnownDetail | undefined;
  /** The language they want to be called in, `nl`, `fr`, `de` or `en` (or a tag such as `fr-BE`): proposed instead of the page's. */
  language?: string | undefined;
}

/** A known detail the form can use: its value, and its source (empty when none was given). */
export interface UsableCallbackKnownDetail {
  value: string;
  source: string;
}

/** The parts of a {@link CallbackKnown} the call-back form can use. */
export interface UsableCallbackKnown {
  name?: UsableCallbackKnownDetail;
  phone?: UsableCallbackKnownDetail;
  language?: Locale;
}

/**
 * The usable parts of what a host gave as `known`. Development builds tell `problem`, in a
 * sentence, of each part left out: not an object, a part that is not text, a phone number that
 * does not pass core's check, a language Belfry does not speak. Never throws. A valid phone
 * number is given grouped as people read it (`0470 12 34 56`); the form checks what is sent.
 */
export function usableCallbackKnown(
  known: unknown,
  problem: (message: string) => void,
): UsableCallbackKnown {
  const usable: UsableCallbackKnown = {};
  if (known == null) return usable;
  if (typeof known !== 'object' || Array.isArray(known)) {
    if (devMode)
      problem(
        `known must be an object such as { name, phone, language }, not ${Array.isArray(known) ? 'a list' : `a ${typeof known}`}; it is ignored.`,
      );
    return usable;
  }
  const given = known as Readonly<Record<string, unknown>>;
  const detail = (key: 'name' | 'phone'): UsableCallbackKnownDetail | undefined => {
    const entry = given[key];
    if (entry == null) return undefined;
    const { value, source } = (typeof entry === 'object' ? entry : { value: entry }) as Record<
      string,
      unknown
    >;
    if (typeof value !== 'string' || (source != null && typeof source !== 'string')) {
      if (devMode)
        problem(`known.${key} must be text or { value, source } with text; it is ignored.`);
      return undefined;
    }
    return value.trim() ? { value: value.trim(), source: source?.trim() ?? '' } : undefined;
  };
  const name = detail('name');
  if (name) usable.name = name;
  const phone = detail('phone');
  const checked = phone && validatePhoneNumber(phone.value);
  if (phone && checked?.valid) usable.phone = { value: checked.formatted, source: phone.source };
  // The number itself is not logged: it is the citizen's.
  else if (phone && devMode) problem('known.phone is not a Belgian phone number; it is ignored.');
  const language = given['language'];
  // A language tag as pages write it (`fr-BE`) names its language too.
  const primary =
    typeof language === 'string' ? language.trim().toLowerCase().split(/[-_]/)[0] : '';
  if ((locales as readonly unknown[]).includes(primary)) usable.language = primary as Locale;
  else if (language != null && devMode)
    problem(
      `known.language ${typeof language === 'string' ? `"${language}"` : `(a ${typeof language})`} is not nl, fr, de or en; the page's language is proposed.`,
    );
  return usable;
}
