import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/checkbox-group';
import { BfCheckboxGroup, type BfCheckbox } from '@belfry/components';
import {
  runCheckableControlTests,
  type CheckableField,
  withAttributes,
} from '../helpers/form-control.js';
import { forEachLocale } from '../helpers/locales.js';
import { attemptSubmit } from '../helpers/choice.js';

/** A form with one checkbox group, and the group. */
async function benefitsForm(): Promise<[HTMLFormElement, BfCheckboxGroup]> {
  const form = await fixture<HTMLFormElement>(
    html`<form>
      <bf-checkbox-group label="Welke uitkeringen ontvangt u?" name="benefit">
        <bf-checkbox value="pension">Pensioen</bf-checkbox>
        <bf-checkbox value="child">Groeipakket</bf-checkbox>
        <bf-checkbox value="unemployment" hint="Van de RVA">Werkloosheid</bf-checkbox>
      </bf-checkbox-group>
    </form>`,
  );
  const group = form.querySelector('bf-checkbox-group')!;
  await group.updateComplete;
  return [form, group];
}

const boxes = (group: BfCheckboxGroup) => group.options as BfCheckbox[];

describe('bf-checkbox-group', () => {
  it('is a fieldset whose legend is the label, around the checkboxes', async () => {
    const [, group] = await benefitsForm();
    const legend = group.shadowRoot!.querySelector('fieldset > legend')!;
    expect(legend.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Welke uitkeringen ontvangt u? (optional)',
    );
    const slot = group.shadowRoot!.querySelector<HTMLSlotElement>('fieldset slot:not([name])')!;
    expect(slot.assignedElements()).to.deep.equal(boxes(group));
  });

  it('submits name=value for every ticked box, in order', async () => {
    const [form, group] = await benefitsForm();
    boxes(group)[2]!.control!.click();
    boxes(group)[0]!.control!.click();
    expect([...new FormData(form)]).to.deep.equal([
      ['benefit', 'pension'],
      ['benefit', 'unemployment'],
    ]);
  });

  it('lets a checkbox keep a name of its own', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bf-checkbox-group label="Contact" name="contact">
          <bf-checkbox value="post" checked>Post</bf-checkbox>
          <bf-checkbox name="newsletter" checked>Nieuwsbrief</bf-checkbox>
        </bf-checkbox-group>
      </form>`,
    );
    await form.querySelector('bf-checkbox-group')!.updateComplete;
    expect([...new FormData(form)]).to.deep.equal([
      ['contact', 'post'],
      ['newsletter', 'on'],
    ]);
  });

  it('has a value: the ticked values as a list; setting it ticks exactly those', async () => {
    const [form, group] = await benefitsForm();
    expect(group.value).to.deep.equal([]);
    group.value = ['child', 'pension'];
    expect(boxes(group).map((box) => box.checked)).to.deep.equal([true, true, false]);
    expect(group.value).to.deep.equal(['pension', 'child']);
    group.value = [];
    expect([...new FormData(form)]).to.deep.equal([]);
  });

  it('warns and ticks nothing when the value is not a list', async () => {
    const [, group] = await benefitsForm();
    group.value = ['pension'];
    const original = console.warn;
    let warned = 0;
    console.warn = () => warned++;
    try {
      group.value = 'pension' as unknown as string[];
    } finally {
      console.warn = original;
    }
    expect(warned).to.equal(1);
    expect(group.value).to.deep.equal([]);
  });

  it('takes a value set before it was connected, and before it was defined', async () => {
    const group = document.createElement('bf-checkbox-group');
    group.label = 'Contact';
    group.name = 'contact';
    for (const value of ['post', 'email', 'phone']) {
      const box = document.createElement('bf-checkbox');
      box.value = value;
      box.textContent = value;
      group.append(box);
    }
    group.value = ['email', 'phone'];
    expect(group.value, 'before it is in the page').to.deep.equal(['email', 'phone']);
    const wrapper = await fixture(html`<div></div>`);
    wrapper.append(group);
    await group.updateComplete;
    await aTimeout(0);
    expect(group.value).to.deep.equal(['email', 'phone']);
  });

  it('takes a value a framework set before the element was defined', async () => {
    // A tag defined only after the property is set, as when a framework renders first.
    class LaterGroup extends BfCheckboxGroup {}
    const wrapper = await fixture(
      html`<div>
        <bf-checkbox-group-later label="Contact" name="contact">
          <bf-checkbox value="post">Post</bf-checkbox>
          <bf-checkbox value="email">E-mail</bf-checkbox>
        </bf-checkbox-group-later>
      </div>`,
    );
    const element = wrapper.firstElementChild as HTMLElement & { value: unknown };
    element.value = ['email'];
    customElements.define('bf-checkbox-group-later', LaterGroup);
    const group = element as unknown as BfCheckboxGroup;
    await group.updateComplete;
    await aTimeout(0);
    expect(group.value).to.deep.equal(['email']);
  });

  it('restores the ticked boxes written with checked on reset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bf-checkbox-group label="Contact" name="contact">
          <bf-checkbox value="post" checked>Post</bf-checkbox>
          <bf-checkbox value="email">E-mail</bf-checkbox>
        </bf-checkbox-group>
      </form>`,
    );
    const group = form.querySelector('bf-checkbox-group')!;
    await group.updateComplete;
    group.value = ['email'];
    form.reset();
    expect(group.value).to.deep.equal(['post']);
  });

  it('disables every box when disabled, and each box on its own', async () => {
    const [form, group] = await benefitsForm();
    group.value = ['pension'];
    boxes(group)[1]!.disabled = true;
    await boxes(group)[1]!.updateComplete;
    expect(boxes(group).map((box) => box.control!.disabled)).to.deep.equal([false, true, false]);
    group.disabled = true;
    await group.updateComplete;
    expect(boxes(group).every((box) => box.control!.disabled)).to.equal(true);
    expect([...new FormData(form)]).to.deep.equal([]);
    group.disabled = false;
    await group.updateComplete;
    expect(boxes(group).map((box) => box.control!.disabled)).to.deep.equal([false, true, false]);
  });

  it('greys the labels of the boxes it disables, as a box disabled on its own', async () => {
    const [, group] = await benefitsForm();
    const label = boxes(group)[0]!.querySelector('label')!;
    const enabled = getComputedStyle(label).color;
    group.disabled = true;
    await group.updateComplete;
    await boxes(group)[0]!.updateComplete;
    const greyed = getComputedStyle(label).color;
    expect(greyed).to.not.equal(enabled);
    group.disabled = false;
    await group.updateComplete;
    boxes(group)[0]!.disabled = true;
    await boxes(group)[0]!.updateComplete;
    expect(getComputedStyle(label).color).to.equal(greyed);
  });

  describe('required: at least one', () => {
    it('stops the form with one error for the group, in the page language', async () => {
      const expected = {
        nl: 'Kies minstens één mogelijkheid.',
        fr: 'Choisissez au moins une option.',
        de: 'Wählen Sie mindestens eine Möglichkeit aus.',
        en: 'Select at least one option.',
      };
      await forEachLocale(async (locale) => {
        const [form, group] = await benefitsForm();
        group.required = true;
        await group.updateComplete;
        const invalid: Element[] = [];
        form.addEventListener('invalid', (event) => invalid.push(event.target as Element), true);
        expect(await attemptSubmit(form)).to.equal(false);
        expect(invalid).to.deep.equal([boxes(group)[0]!.control]);
        expect(group.querySelector('[slot="error"]')!.textContent).to.include(expected[locale]);
        // A box in a required group is not itself required: one box is enough.
        expect(boxes(group).some((box) => box.control!.required)).to.equal(false);
        boxes(group)[1]!.control!.click();
        await group.updateComplete;
        expect(group.querySelector('[slot="error"]')).to.equal(null);
        expect(await attemptSubmit(form)).to.equal(true);
      });
    });

    it('takes a page message from setCustomValidity, which wins', async () => {
      const [, group] = await benefitsForm();
      group.setCustomValidity('Kies uw uitkering');
      expect(group.checkValidity()).to.equal(false);
      expect(group.validationMessage).to.equal('Kies uw uitkering');
      expect(group.reportValidity()).to.equal(false);
      await group.updateComplete;
      expect(group.querySelector('[slot="error"]')!.textContent).to.include('Kies uw uitkering');
      group.setCustomValidity('');
      expect(group.checkValidity()).to.equal(true);
    });
  });
});

runCheckableControlTests({
  tag: 'bf-checkbox-group',
  create: (attributes) => {
    const group = withAttributes(document.createElement('bf-checkbox-group'), attributes);
    for (const [value, text] of [
      ['post', 'By post'],
      ['email', 'By e-mail'],
      ['phone', 'By phone'],
    ]) {
      const box = document.createElement('bf-checkbox');
      box.setAttribute('value', value!);
      box.textContent = text!;
      group.append(box);
    }
    return group as unknown as CheckableField;
  },
  controls: (field) => boxes(field as unknown as BfCheckboxGroup).map((box) => box.control!),
  choose: async (field) => {
    const labels = field.querySelectorAll('label');
    labels[0]!.click();
    labels[2]!.click();
    await field.updateComplete;
  },
  chosen: ['post', 'phone'],
  makeDefault: (field) => {
    const boxes_ = field.querySelectorAll('bf-checkbox');
    boxes_[0]!.setAttribute('checked', '');
    boxes_[2]!.setAttribute('checked', '');
  },
  clear: (field) => {
    (field as unknown as BfCheckboxGroup).value = [];
  },
  valueMissingNl: 'Kies minstens één mogelijkheid.',
  saysOptional: true,
});
