import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@belfry/components/date-field';
import type { BfDateField } from '@belfry/components';
import { settle } from '../helpers/locales.js';

// What assistive technology meets: the browser's own accessibility tree, not our DOM. Each
// element is read on its own (`ax-node`, see web-test-runner.config.mjs): the snapshot leaves out
// groups, which screen readers announce when focus enters them.
type AXElement = {
  role: string;
  name: string;
  description: string;
  ignored: boolean;
  properties: Record<string, unknown>;
};

const axElement = (...path: string[]) =>
  executeServerCommand('ax-node', { path }) as Promise<AXElement>;
const boxesOf = (id: string) =>
  Promise.all(['day', 'month', 'year'].map((part) => axElement(`#${id} > [slot="${part}"]`)));

async function inForm(template: unknown): Promise<BfDateField> {
  const form = await fixture<HTMLFormElement>(html`<form lang="en">${template}</form>`);
  const field = form.querySelector('bf-date-field')!;
  await field.updateComplete;
  await settle();
  return field;
}

describe('bf-date-field in the accessibility tree', () => {
  before(function () {
    // The tree comes from the Chrome DevTools Protocol, which Firefox does not offer; axe and
    // the ARIA checks in date-field.test.ts cover Firefox.
    if (navigator.userAgent.includes('Firefox')) this.skip();
  });

  it('is a group named by the question, described by the example, holding three named boxes', async () => {
    await inForm(
      html`<bf-date-field id="birth" label="Date of birth" name="birth" required></bf-date-field>`,
    );
    const group = await axElement('#birth');
    expect([group.role, group.name, group.description]).to.deep.equal([
      'group',
      'Date of birth',
      'For example, 27 3 2007',
    ]);
    const boxes = await boxesOf('birth');
    expect(boxes.map((box) => [box.role, box.name])).to.deep.equal([
      ['textbox', 'Day'],
      ['textbox', 'Month'],
      ['textbox', 'Year'],
    ]);
  });

  it('says "optional" in the group name when the date may be left empty', async () => {
    await inForm(
      html`<bf-date-field id="death" label="Date of death" name="death"></bf-date-field>`,
    );
    expect((await axElement('#death')).name).to.equal('Date of death (optional)');
  });

  it('after a failed submit: the error describes the group, and only the boxes in error are invalid', async () => {
    const field = await inForm(
      html`<bf-date-field
        id="birth"
        label="Date of birth"
        name="birth"
        date-name="the date of birth"
      ></bf-date-field>`,
    );
    field.querySelector<HTMLInputElement>('[slot="day"]')!.value = '27';
    field.querySelector<HTMLInputElement>('[slot="month"]')!.value = '3';
    field
      .querySelector('[slot="month"]')!
      .dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const submit = document.createElement('button');
    field.form!.append(submit);
    submit.click();
    await settle();
    expect((await axElement('#birth')).description).to.equal(
      'For example, 27 3 2007 Error: The date of birth must include a year.',
    );
    const invalid = (await boxesOf('birth')).map((box) => box.properties['invalid']);
    expect(invalid).to.deep.equal(['false', 'false', 'true']);
  });

  it('shows a disabled date as three unavailable boxes, a read-only one as read-only', async () => {
    await inForm(
      html`<bf-date-field
          id="start"
          label="Start"
          name="start"
          disabled
          value="2026-09-01"
        ></bf-date-field>
        <bf-date-field
          id="end"
          label="End"
          name="end"
          readonly
          value="2027-08-31"
        ></bf-date-field>`,
    );
    expect((await boxesOf('start')).map((box) => box.properties['disabled'])).to.deep.equal([
      true,
      true,
      true,
    ]);
    expect((await boxesOf('end')).map((box) => box.properties['readonly'])).to.deep.equal([
      true,
      true,
      true,
    ]);
  });
});
