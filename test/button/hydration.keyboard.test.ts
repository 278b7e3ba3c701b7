// Keyboard: this file runs one page at a time (its name ends in keyboard.test.ts), so that Enter
// reaches this page. The rest of the hydrated button: hydration.test.ts.
// Hydrate support must load before Lit's LitElement: this import comes first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { aTimeout, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  captureProblems,
  fixtureNamed,
  hydrate,
  insertServerHtml,
  loadStylesheets,
  ssrFixtures,
} from '../ssr/hydration-helpers.js';

const rendered = await ssrFixtures();

describe('bf-button, server-rendered and hydrated, with the keyboard', () => {
  let container: HTMLElement;
  let problems: ReturnType<typeof captureProblems>;
  let hydrationErrors: string[];

  before(async function () {
    // Room for a busy two-core machine, as in hydration.test.ts (only the button loads here).
    this.timeout(90_000);
    await loadStylesheets();
    container = insertServerHtml(fixtureNamed(rendered, 'button-submit'));
    problems = captureProblems();
    hydrationErrors = await hydrate(
      rendered.components.filter((component) => component.tags.includes('bf-button')),
    );
  });

  after(() => {
    problems.stop();
    container.remove();
  });

  it('submits its form when Enter is pressed in a text field', async () => {
    expect(hydrationErrors).to.deep.equal([]);
    const form = container.querySelector('form')!;
    let data: FormData | null = null;
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        data = new FormData(form, event.submitter);
      },
      { once: true },
    );
    form.querySelector('input')!.focus();
    await sendKeys({ press: 'Enter' });
    await aTimeout(0);
    expect(data, 'the form was not submitted').to.not.equal(null);
    expect(data!.get('city')).to.equal('Eupen');
    expect(data!.get('action')).to.equal('send');
    expect(problems.errors).to.deep.equal([]);
  });
});
