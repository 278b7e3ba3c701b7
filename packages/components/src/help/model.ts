import { validatePostalCode, type Locale } from '@belfry/core';

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
