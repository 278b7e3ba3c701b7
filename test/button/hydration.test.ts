// A server-rendered <bf-button>, hydrated from the built package, works as one rendered in the
// browser: it submits its form, follows its link, and follows later `lang` changes. Enter in the
// form: hydration.keyboard.test.ts.
// Hydrate support must load before Lit's LitElement: this import comes first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { aTimeout, expect } from '@open-wc/testing';
import {
  captureProblems,
  fixtureNamed,
  hydrate,
  insertServerHtml,
  loadStylesheets,
  ssrFixtures,
  followInFrame,
} from '../ssr/hydration-helpers.js';
import { settle } from '../helpers/locales.js';

const rendered = await ssrFixtures();
const fixtures = ['button-submit', 'button-link-in-frame', 'button-loading-server-lang-nl'];

describe('bf-button, server-rendered and hydrated', () => {
  const containers = new Map<string, HTMLElement>();
  let problems: ReturnType<typeof captureProblems>;
  let hydrationErrors: string[];

  const host = (name: string) => containers.get(name)!.querySelector('bf-button')!;
  const base = (name: string) =>
    host(name).shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;

  before(async function () {
    // Loads every built component (about thirty since the page chrome) before hydrating: on a
    // busy two-core machine Firefox took over 30 s.
    this.timeout(90_000);
    await loadStylesheets();
    for (const name of fixtures)
      containers.set(name, insertServerHtml(fixtureNamed(rendered, name)));
    // As a strict Content-Security-Policy (style-src 'self') leaves it: the <style> the server
    // wrote in the shadow root is not applied.
    const plain = fixtureNamed(rendered, 'button');
    containers.set(
      'styles-blocked',
      insertServerHtml({
        ...plain,
        name: 'styles-blocked',
        html: plain.html.replace(/<style>[\s\S]*?<\/style>/g, '<style></style>'),
      }),
    );
    problems = captureProblems();
    hydrationErrors = await hydrate(rendered.components);
  });

  after(() => {
    problems.stop();
    for (const container of containers.values()) container.remove();
  });

  it('hydrates without console errors or warnings', () => {
    expect(hydrationErrors).to.deep.equal([]);
    expect(problems.errors).to.deep.equal([]);
    expect(problems.warnings).to.deep.equal([]);
  });

  /** Runs `act` and resolves with what the form submitted (the submission itself is stopped). */
  async function submission(form: HTMLFormElement, act: () => unknown): Promise<FormData | null> {
    let data: FormData | null = null;
    const listener = (event: SubmitEvent) => {
      event.preventDefault();
      data = new FormData(form, event.submitter);
    };
    form.addEventListener('submit', listener);
    try {
      await act();
      await aTimeout(0);
    } finally {
      form.removeEventListener('submit', listener);
    }
    return data;
  }

  it('styles itself even where a strict CSP blocked the styles the server sent', async () => {
    const button = base('styles-blocked');
    // The colours arrive with the styles, through the button's own short transition.
    await Promise.all(button.getAnimations().map((animation) => animation.finished));
    const { width, height } = button.getBoundingClientRect();
    expect(width).to.be.at.least(44);
    expect(height).to.be.at.least(44);
    expect(getComputedStyle(button).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(button).backgroundColor).to.equal(
      getComputedStyle(base('button-submit')).backgroundColor,
    );
  });

  it('submits its form with its name and value when clicked', async () => {
    const form = containers.get('button-submit')!.querySelector('form')!;
    const data = await submission(form, () => base('button-submit').click());
    expect(data, 'the form was not submitted').to.not.equal(null);
    expect(data!.get('city')).to.equal('Eupen');
    expect(data!.get('action')).to.equal('send');
  });

  it('keeps its link and follows it', async () => {
    const link = base('button-link-in-frame') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('/test/ssr/landing.html');
    expect(await followInFrame(link)).to.equal('/test/ssr/landing.html');
  });

  it('keeps the text the server wrote in the page language, then follows lang changes', async () => {
    const name = 'button-loading-server-lang-nl';
    const text = () => base(name).querySelector('.visually-hidden')!.textContent!.trim();
    expect(text()).to.equal('Bezig met laden');
    containers.get(name)!.lang = 'fr-BE';
    await settle();
    expect(text()).to.equal('Chargement en cours');
    containers.get(name)!.lang = 'de-BE';
    await settle();
    expect(text()).to.equal('Wird geladen');
  });
});
