import { aTimeout, expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { OpeningHoursController } from '@belfry/core';
import { warningsDuring } from '../helpers/warnings.js';

/** A host as a component would be: hours from a property, the clock injectable. */
class OpeningHoursHost extends LitElement {
  static override properties = { hours: {}, closures: {} };
  hours = '';
  closures = '';
  fixedNow: Date | undefined;
  clockOffset = 0;
  renders = 0;
  readonly openingHours = new OpeningHoursController(this, {
    hours: () => this.hours,
    closures: () => this.closures,
    now: () => this.fixedNow,
    clock: () => Date.now() + this.clockOffset,
  });

  protected override render() {
    this.renders += 1;
    return html`${this.openingHours.renderStatus()}${this.openingHours.renderWeek()}`;
  }
}
customElements.define('test-opening-hours', OpeningHoursHost);

const text = (host: Element, selector: string) =>
  host.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('OpeningHoursController', () => {
  it('shows the open-now line and the weekly hours in the page’s language', async () => {
    const host = document.createElement('test-opening-hours') as OpeningHoursHost;
    host.hours = 'Mo-Fr 08:30-12:00,13:00-16:30';
    host.fixedNow = new Date('2026-11-30T10:00+01:00');
    const wrapper = await fixture(html`<div lang="nl-BE"></div>`);
    wrapper.append(host);
    await host.updateComplete;
    expect(text(host, '.opening-status')).to.equal('Nu open — sluit om 12:00');
    expect(host.shadowRoot!.querySelector('.opening-status')!.getAttribute('data-state')).to.equal(
      'open',
    );
    const rows = [...host.shadowRoot!.querySelectorAll('.opening-row')].map((row) =>
      row.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).to.deep.equal([
      'Maandag tot en met vrijdag 08:30 tot 12:00 en 13:00 tot 16:30',
      'Zaterdag tot en met zondag gesloten',
    ]);
    wrapper.setAttribute('lang', 'de-BE');
    await aTimeout(0); // the language is watched with a MutationObserver
    await host.updateComplete;
    expect(text(host, '.opening-status')).to.equal('Jetzt geöffnet — schließt um 12:00 Uhr');
    // A frozen clock never moves: no timer.
    expect(host.openingHours.scheduledFor).to.equal(undefined);
  });

  it('shows hours it cannot read as written, with one console warning, and no state', async () => {
    let host!: OpeningHoursHost;
    const warnings = await warningsDuring(async () => {
      host = await fixture<OpeningHoursHost>(
        html`<test-opening-hours hours="weekdays 9 to 5"></test-opening-hours>`,
      );
      host.requestUpdate();
      await host.updateComplete;
    });
    expect(text(host, '.opening-hours-raw')).to.equal('weekdays 9 to 5');
    expect(host.shadowRoot!.querySelector('.opening-status')).to.equal(null);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<test-opening-hours> hours="weekdays 9 to 5" cannot be read');
  });

  it('re-renders by itself when the service closes, with one timer set for that moment', async () => {
    const host = document.createElement('test-opening-hours') as OpeningHoursHost;
    host.hours = 'Mo-Fr 08:30-12:00,13:00-16:30';
    // Run the clock as if it were 1.5 s before noon in Brussels on a Monday: room for the first
    // render on a loaded machine, which must still come before noon.
    const noon = new Date('2026-11-30T12:00:00+01:00').getTime();
    host.clockOffset = noon - 1500 - Date.now();
    await fixture(html`<div lang="en"></div>`).then((wrapper) => wrapper.append(host));
    await host.updateComplete;
    expect(text(host, '.opening-status')).to.equal('Open now — closes at 12:00');
    expect(host.openingHours.scheduledFor?.getTime()).to.equal(noon);
    const rendersBefore = host.renders;
    // Wait for the change itself (a timer can fire late on a loaded machine), not for a time.
    await waitUntil(
      () => text(host, '.opening-status') === 'Closed — opens today at 13:00',
      'the status did not change at noon',
      { timeout: 6000 },
    );
    await host.updateComplete;
    expect(host.renders).to.equal(rendersBefore + 1);
    expect(host.openingHours.scheduledFor?.getTime()).to.equal(noon + 3_600_000);
    host.remove();
    expect(host.openingHours.scheduledFor, 'no timer once removed').to.equal(undefined);
  });

  it('reads the state again when the page becomes visible', async () => {
    const host = await fixture<OpeningHoursHost>(
      html`<test-opening-hours hours="Mo-Su 08:00-20:00"></test-opening-hours>`,
    );
    const rendersBefore = host.renders;
    const event = oneEvent(document, 'visibilitychange');
    document.dispatchEvent(new Event('visibilitychange'));
    await event;
    await host.updateComplete;
    expect(host.renders).to.equal(rendersBefore + (document.visibilityState === 'visible' ? 1 : 0));
  });
});
