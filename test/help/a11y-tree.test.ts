// What assistive technology meets: the browser's own accessibility tree, not our DOM.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@belfry/components/help';
import type { BfHelp } from '@belfry/components';
import { axNode, axQuery } from '../helpers/ax-query.js';
import { clickSubmit, controlledHandler, fillCallback, optionsOf, settle } from './fixtures.js';

const isFirefox = navigator.userAgent.includes('Firefox');

describe('bf-help in the accessibility tree', () => {
  beforeEach(() => (document.documentElement.lang = 'en'));
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('is a heading holding a button named "Need help?" (Chromium and Firefox)', async () => {
    await fixture(html`<bf-help id="help" phone="02 222 22 22"></bf-help>`);
    expect(await axQuery('heading', 'Need help?', 'help')).to.deep.equal(['h2']);
    expect(await axQuery('button', 'Need help?', 'help')).to.deep.equal(['button']);
  });

  it('gives the entry its expanded state, and the dialog entry its popup (Chromium)', async function () {
    if (isFirefox) this.skip();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <bf-help id="inline" open phone="02 222 22 22"></bf-help>
        <bf-help id="dialog" panel="dialog" phone="02 222 22 22"></bf-help>
      </div>`,
    );
    await Promise.all([...wrapper.querySelectorAll('bf-help')].map((help) => help.updateComplete));
    expect((await axNode('#inline', '[part="entry"]')).properties['expanded']).to.equal(true);
    const entry = await axNode('#dialog', '[part="entry"]');
    expect(entry.properties['hasPopup']).to.equal('dialog');
    expect(entry.properties['expanded']).to.equal(false);
  });

  it('names the phone link by the number, after "Phone:" (Chromium)', async function () {
    if (isFirefox) this.skip();
    const help = await fixture<BfHelp>(html`<bf-help id="help" open phone="022222222"></bf-help>`);
    const [call] = optionsOf(help);
    call!.id = 'call';
    await settle(call!);
    const link = await axNode('#help', '#call', 'a');
    expect(link.role).to.equal('link');
    expect(link.name).to.equal('02 222 22 22');
    const heading = await axNode('#help', '#call', 'h3');
    expect(heading.role).to.equal('heading');
    expect(heading.name).to.equal('Call us');
  });

  it('exposes the call-back confirmation as a region named by its heading (Chromium)', async function () {
    if (isFirefox) this.skip();
    const { handler, requests, resolve } = controlledHandler();
    const help = await fixture<BfHelp>(
      html`<bf-help id="help" open .requestCallback=${handler}></bf-help>`,
    );
    const [option] = optionsOf(help);
    option!.id = 'callback';
    await fillCallback(option!);
    clickSubmit(option!);
    await waitUntil(() => requests.length === 1);
    resolve('CB-9');
    await waitUntil(() => option!.callbackState === 'sent');
    await option!.updateComplete;
    const region = await axNode('#help', '#callback', '[part="confirmation"]');
    expect(region.role).to.equal('region');
    expect(region.name).to.equal('We will call you back');
  });
});
