import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '@belfry/components/radio-group';
import type { BfRadio } from '@belfry/components';
import { choiceText } from './choice-text';

type Story = StoryObj;

/** One answer of a `bf-radio-group`, in each of its states. */
const meta: Meta = {
  title: 'Components/Radio',
  component: 'bf-radio',
};
export default meta;

/** Chosen, with a hint, disabled: each answer's own states. */
export const States: Story = {
  render: (_args, context) => {
    const t = choiceText(context);
    return html`<bf-radio-group label=${t.contactQuestion} name="contact">
      <bf-radio value="post" checked>${t.post}</bf-radio>
      <bf-radio value="email" hint=${t.emailAddress}>${t.email}</bf-radio>
      <bf-radio value="phone" disabled>${t.phone}</bf-radio>
    </bf-radio-group>`;
  },
  play: async ({ canvasElement }) => {
    const [post, , phone] = canvasElement.querySelectorAll<BfRadio>('bf-radio');
    await post!.updateComplete;
    await expect(post!.checked).toBe(true);
    await expect(phone!.control).toBeDisabled();
  },
};
