// The example block the alternative-channels tests share: a procedure's three usual channels.
import { html, type TemplateResult } from 'lit';

/** Monday 30 November 2026, 10:00 in Brussels: the phone line is open. */
export const mondayMorning = new Date('2026-11-30T10:00:00+01:00');
/** Saturday 5 December 2026, 13:00 in Brussels: everything is closed until Monday. */
export const saturdayAfternoon = new Date('2026-12-05T13:00:00+01:00');

export const phoneHours = 'Mo-Fr 08:30-12:00,13:00-16:30';
export const officeHours = 'Mo-Th 09:00-12:00; We 13:00-16:00';

/** The block in `variant`, with its channels, in Dutch content. */
export function channelsBlock(
  variant: 'full' | 'compact' | 'footer' = 'full',
  now: Date = mondayMorning,
  headingLevel = 2,
  open = false,
): TemplateResult {
  return html`<bf-alternative-channels
    variant=${variant}
    heading-level=${headingLevel}
    ?open=${open}
  >
    <p slot="intro">U kunt uw aanvraag ook op papier of aan het loket indienen.</p>
    <bf-channel
      kind="phone"
      value="02 572 57 57"
      hours=${phoneHours}
      cost="free"
      languages="nl fr de"
      .now=${now}
    >
      <p>Houd uw rijksregisternummer bij de hand.</p>
    </bf-channel>
    <bf-channel kind="post">
      <address slot="address">
        FOD Financiën<br />
        Koning Albert II-laan 33 bus 10<br />
        1030 Brussel
      </address>
      <p>Stuur het ingevulde formulier en een kopie van uw identiteitskaart.</p>
    </bf-channel>
    <bf-channel
      kind="office"
      hours=${officeHours}
      by-appointment
      step-free
      induction-loop
      .now=${now}
    >
      <address slot="address">
        Financiëntoren<br />
        Kruidtuinlaan 50<br />
        1000 Brussel
      </address>
      <a slot="appointment" href="/afspraak">Maak een afspraak</a>
      <p>Breng uw identiteitskaart mee.</p>
    </bf-channel>
    <a slot="action" href="/papieren-formulier">Vraag het papieren formulier aan</a>
  </bf-alternative-channels>`;
}
