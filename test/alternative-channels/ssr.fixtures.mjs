// What <bf-alternative-channels> and <bf-channel> must look like when a server renders them
// (test/ssr/ssr.test.mjs checks each fixture in Node; test/ssr/hydration.test.ts hydrates each in
// Chromium and Firefox; the no-JS test uses them without the script). The hours are open round
// the clock or never, so that the open-now state is the same whenever the server and the browser
// compute it.
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, elements, find, findAll, lightDom, readableText, shadowRoot } from '../ssr/html.mjs';

const channels = html`<bf-channel
    kind="phone"
    value="02 572 57 57"
    hours="Mo-Su 00:00-24:00"
    open-on-holidays="all"
    cost="free"
    languages="nl fr"
    ><p>Houd uw rijksregisternummer bij de hand.</p></bf-channel
  >
  <bf-channel kind="post"
    ><address slot="address">FOD Financiën<br />Koning Albert II-laan 33<br />1030 Brussel</address>
    <p>Stuur het ingevulde formulier.</p></bf-channel
  >
  <bf-channel kind="office" hours="Mo-Su off" by-appointment step-free
    ><address slot="address">Kruidtuinlaan 50<br />1000 Brussel</address>
    <a slot="appointment" href="/afspraak">Maak een afspraak</a></bf-channel
  >
  <a slot="action" href="/papieren-formulier">Vraag het papieren formulier aan</a>`;

const part = (root, name) =>
  [...elements(root)].find((element) => (attr(element, 'part') ?? '').split(' ').includes(name));

function channel(fragment, kind) {
  const host = find(fragment, 'bf-channel', (element) => attr(element, 'kind') === kind);
  const root = shadowRoot(host);
  assert.ok(root, `<bf-channel kind="${kind}"> has no declarative shadow root`);
  return { host, root };
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    name: 'alternative-channels',
    serverLang: 'nl-BE',
    template: html`<bf-alternative-channels>${channels}</bf-alternative-channels>`,
    check({ fragment }) {
      const block = find(fragment, 'bf-alternative-channels');
      const root = shadowRoot(block);
      assert.ok(root, 'the block has a declarative shadow root');
      const heading = part(root, 'heading');
      assert.equal(heading.tagName, 'h2');
      assert.equal(readableText(heading), 'Liever niet online?');
      assert.equal(part(root, 'base').tagName, 'section');

      const phone = channel(fragment, 'phone');
      assert.equal(part(phone.root, 'heading').tagName, 'h3');
      const link = part(phone.root, 'value');
      assert.equal(attr(link, 'href'), 'tel:+3225725757');
      assert.equal(readableText(link), '02 572 57 57');
      assert.equal(readableText(part(phone.root, 'opening-status')), 'Nu open');
      assert.match(readableText(part(phone.root, 'opening-hours')), /Maandag tot en met zondag/);
      assert.deepEqual(findAll(part(phone.root, 'facts'), 'li').map(readableText), [
        'Gratis nummer',
        'Wij spreken Nederlands en Frans.',
      ]);

      const office = channel(fragment, 'office');
      assert.equal(readableText(part(office.root, 'opening-status')), 'Gesloten');
      assert.match(readableText(part(office.root, 'access')), /Toegang zonder trappen/);
      // The page's own details stay in the light DOM: readable without the script.
      assert.match(readableText(lightDom(office.host)), /Kruidtuinlaan 50[\s\S]*Maak een afspraak/);
      assert.match(readableText(lightDom(block)), /Vraag het papieren formulier aan/);
    },
  },
  {
    name: 'alternative-channels-compact',
    serverLang: 'fr-BE',
    sizeChanges:
      'without the script the closed panel shows its channels (its button could not open it); the script closes it',
    template: html`<bf-alternative-channels variant="compact" heading-level="3"
      >${channels}</bf-alternative-channels
    >`,
    check({ fragment }) {
      const root = shadowRoot(find(fragment, 'bf-alternative-channels'));
      const heading = part(root, 'heading');
      assert.equal(heading.tagName, 'h3');
      const button = part(root, 'button');
      assert.equal(attr(button, 'aria-expanded'), 'false');
      assert.match(readableText(button), /Vous préférez ne pas le faire en ligne/);
      assert.equal(
        attr(
          find(root, 'div', (element) => attr(element, 'id') === 'panel'),
          'hidden',
        ),
        'until-found',
      );
      assert.equal(readableText(part(channel(fragment, 'phone').root, 'heading')), 'Par téléphone');
    },
  },
  {
    name: 'alternative-channels-footer',
    serverLang: 'de-BE',
    template: html`<bf-alternative-channels variant="footer">${channels}</bf-alternative-channels>`,
    check({ fragment }) {
      const root = shadowRoot(find(fragment, 'bf-alternative-channels'));
      assert.equal(
        [...elements(root)].some((element) => /^h[2-6]$/.test(element.tagName)),
        false,
      );
      assert.equal(readableText(part(channel(fragment, 'office').root, 'heading')), 'Am Schalter');
    },
  },
  {
    name: 'channel-bad-hours',
    serverLang: 'en',
    warnings: [/hours="weekdays" cannot be read/],
    template: html`<bf-channel kind="phone" value="02 572 57 57" hours="weekdays"></bf-channel>`,
    check({ fragment }) {
      const { root } = channel(fragment, 'phone');
      assert.equal(readableText(part(root, 'opening-hours')), 'weekdays');
      assert.equal(part(root, 'opening-status'), undefined);
    },
  },
];
