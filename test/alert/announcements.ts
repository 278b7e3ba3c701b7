// What the page's announcer says, as the alert, tag and spinner tests read it.
import { aTimeout } from '@open-wc/testing';

export type Politeness = 'polite' | 'assertive';

/** The text in the announcer's region of `politeness` now, white space collapsed. */
export function announced(politeness: Politeness = 'polite'): string {
  const region = document.querySelector(`[data-bf-announcer="${politeness}"]`);
  return (region?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Empties both regions, so that a test reads only its own messages. */
export function clearAnnouncements(): void {
  for (const region of document.querySelectorAll('[data-bf-announcer]')) region.replaceChildren();
}

/** Waits longer than the announcer's pause, so that a message sent now would be in the region. */
export const afterAnnouncerPause = () => aTimeout(250);
