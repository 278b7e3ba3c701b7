// Focus moves: this file runs one page at a time (its name ends in keyboard.test.ts), so that
// the page has focus.
import { expect, fixture, html } from '@open-wc/testing';
import { moveFocusFrom } from '@belfry/core';
import '@belfry/components/button';

describe('moveFocusFrom', () => {
  it('goes to the next control after the element, a Belfry button included', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<main>
        <div id="leaving"><button>Inside</button></div>
        <p>Text</p>
        <bf-button>Next</bf-button>
      </main>`,
    );
    const leaving = wrapper.querySelector('#leaving')!;
    wrapper.querySelector<HTMLElement>('#leaving button')!.focus();
    const moved = moveFocusFrom(leaving);
    expect(moved).to.equal(wrapper.querySelector('bf-button'));
    expect(document.activeElement).to.equal(wrapper.querySelector('bf-button'));
  });

  it('skips hidden, disabled, inert and tabindex="-1" elements', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<main>
        <div id="leaving"></div>
        <button hidden>Hidden</button>
        <button disabled>Disabled</button>
        <div inert><button>Inert</button></div>
        <a href="#x" tabindex="-1">Out of the tab order</a>
        <a href="#y" id="next">Next</a>
      </main>`,
    );
    expect(moveFocusFrom(wrapper.querySelector('#leaving')!)).to.equal(
      wrapper.querySelector('#next'),
    );
  });

  it('stays in the landmark: the control before it, rather than one in the next landmark', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <main>
          <a href="#a" id="before">Before</a>
          <div id="leaving"></div>
        </main>
        <footer><a href="#b">Footer link</a></footer>
      </div>`,
    );
    expect(moveFocusFrom(wrapper.querySelector('#leaving')!)).to.equal(
      wrapper.querySelector('#before'),
    );
  });

  it('falls back to the landmark, then to the heading before it; never to <body>', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <section aria-label="News"><div id="in-section"></div></section>
        <h2 id="title">Title</h2>
        <div id="loose"></div>
      </div>`,
    );
    const section = wrapper.querySelector('section')!;
    expect(moveFocusFrom(wrapper.querySelector('#in-section')!)).to.equal(section);
    expect(section.getAttribute('tabindex')).to.equal('-1');
    // Outside any landmark, with nothing to focus after or before it in the whole page but the
    // section (which takes focus only as a fallback), the heading before it does.
    section.removeAttribute('tabindex');
    section.removeAttribute('aria-label');
    expect(moveFocusFrom(wrapper.querySelector('#loose')!)).to.equal(
      wrapper.querySelector('#title'),
    );
    expect(document.activeElement).to.not.equal(document.body);
  });

  it('prefers the target it is given', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<main>
        <div id="leaving"></div>
        <a href="#n">Next</a>
        <h2 id="target">Results</h2>
      </main>`,
    );
    const target = wrapper.querySelector('#target')!;
    expect(moveFocusFrom(wrapper.querySelector('#leaving')!, target)).to.equal(target);
  });
});
