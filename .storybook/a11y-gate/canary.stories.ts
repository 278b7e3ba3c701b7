// Deliberately broken stories: the a11y gate test (a11y-gate.test.ts) runs them and expects axe
// to reject them. They live outside `stories/`, so Storybook never lists them and the normal
// story run never sees them.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

export default {
  title: 'Internal/A11y gate canaries',
} satisfies Meta;

type Story = StoryObj;

/** A text field with no label at all: axe rule `label` (WCAG 1.3.1, 4.1.2). */
export const UnlabelledInput: Story = {
  render: () => html`<input type="text" name="nationalRegisterNumber" />`,
};

/** Light grey text on white, about 1.6:1: axe rule `color-contrast` (WCAG 1.4.3). */
export const LowContrastText: Story = {
  render: () =>
    html`<p style="color: #c8c8c8; background: #ffffff">Your application was received.</p>`,
};

/** An unlabelled input inside a shadow root: axe must look inside components too. */
export const UnlabelledInputInShadowRoot: Story = {
  render: () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<input type="text" name="postcode">';
    return html`${host}`;
  },
};

/** The control: the same field, labelled. It must pass, or the gate proves nothing. */
export const LabelledInput: Story = {
  render: () =>
    html`<label for="nrn">National register number</label>
      <input id="nrn" type="text" name="nationalRegisterNumber" />`,
};
