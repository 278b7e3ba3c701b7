// Keyboard only, as a user meets it: Tab from the start of the page, Enter, and on into the
// content. One page at a time (real focus), see docs/accessibility/testing.md.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/skip-link';
import type { BfSkipLink } from '@belfry/components';
import { deepActiveElement, press, pressAndExpectFocus } from '../helpers/keyboard.js';

/** Whether `element` is drawn at a readable size, not clipped to the 1px of hidden content. */
const isShown = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.width > 20 && box.height >= 44;
};

describe('bf-skip-link with the keyboard', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('is the first stop, shows itself, and Enter moves focus into main', async () => {
    document.documentElement.lang = 'nl-BE';
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <bf-skip-link></bf-skip-link>
        <header><a href="/">Home</a> <a href="/menu">Menu</a></header>
        <main>
          <h1>Verhuizing doorgeven</h1>
          <a href="/start">Start</a>
        </main>
      </div>`,
    );
    const skip = page.querySelector('bf-skip-link')!;
    await skip.updateComplete;
    const own = skip.querySelector('a')!;
    const main = page.querySelector('main')!;
    expect(isShown(skip), 'hidden before it has focus').to.equal(false);

    // From the start of the page (focus on the body, as after a page load).
    (document.activeElement as HTMLElement | null)?.blur();
    await pressAndExpectFocus('Tab', own);
    expect(own.textContent).to.equal('Naar de hoofdinhoud');
    expect(isShown(skip), 'visible while it has focus').to.equal(true);

    await press('Enter');
    expect(deepActiveElement()).to.equal(main);
    expect(main.getAttribute('tabindex'), 'focusable by script, not in the Tab order').to.equal(
      '-1',
    );
    expect(isShown(skip), 'hidden again').to.equal(false);

    // The next Tab goes on from main, past the header.
    await pressAndExpectFocus('Tab', page.querySelector('main a')!);
    expect(main.hasAttribute('tabindex'), 'given back once focus left').to.equal(false);
  });

  it('works the same with the author’s own <a> and a named target', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <bf-skip-link target="content"><a href="#content">Skip to the form</a></bf-skip-link>
        <nav><a href="/">Home</a></nav>
        <main>
          <p>Intro</p>
          <section id="content"><a href="/next">Next</a></section>
        </main>
      </div>`,
    );
    const skip = page.querySelector<BfSkipLink>('bf-skip-link')!;
    await skip.updateComplete;
    const authors = skip.querySelector('a')!;
    (document.activeElement as HTMLElement | null)?.blur();
    await pressAndExpectFocus('Tab', authors);
    expect(isShown(authors)).to.equal(true);
    await press('Enter');
    expect(deepActiveElement()).to.equal(page.querySelector('#content'));
    expect(location.hash, 'the address is unchanged').to.equal('');
  });
});
