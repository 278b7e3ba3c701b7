// What a server-rendered <bf-button> does when its script never runs (scripts off, blocked or
// failed to load), as docs/guides/server-rendering.md states it. This file never loads the
// component: the page has only the server's HTML and the stylesheets.
import { aTimeout, expect } from '@open-wc/testing';
import { followInFrame, ssrFixtures } from '../ssr/hydration-helpers.js';
import { withoutScript } from '../helpers/no-js.js';

const rendered = await ssrFixtures();

describe('bf-button without JavaScript', () => {
  const insert = withoutScript('bf-button', rendered);
  const base = (container: HTMLElement) =>
    container.querySelector('bf-button')!.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;

  it('shows a real, styled control from its declarative shadow root', () => {
    const button = base(insert('button'));
    expect(button.localName).to.equal('button');
    const { width, height } = button.getBoundingClientRect();
    expect(width).to.be.at.least(44);
    expect(height).to.be.at.least(44);
    expect(getComputedStyle(button).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
  });

  it('follows a link: the link in the shadow root is a real <a href>', async () => {
    const link = base(insert('button-link-in-frame')) as HTMLAnchorElement;
    expect(await followInFrame(link)).to.equal('/test/ssr/landing.html');
  });

  it('cannot submit a form: the native button in the shadow root belongs to no form', async () => {
    const container = insert('button-submit');
    const form = container.querySelector('form')!;
    const button = base(container) as HTMLButtonElement;
    // A form owns only controls in its own tree; the element itself submits only through its
    // script. The guide recommends a native submit button where forms must work without it.
    expect(button.form).to.equal(null);
    let submitted = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    button.click();
    await aTimeout(50);
    expect(submitted).to.equal(false);
  });
});
