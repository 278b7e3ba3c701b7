import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '@belfry/components/checkbox-group';
import '@belfry/components/button';
import type { BfCheckboxGroup } from '@belfry/components';
import { choiceText, showSubmitted } from './choice-text';

type Args = { required: boolean; disabled: boolean };
type Story = StoryObj<Args>;

const meta: Meta<Args> = {
  title: 'Components/Checkbox group',
  component: 'bf-checkbox-group',
  args: { required: false, disabled: false },
  render: (args, context) => {
    const t = choiceText(context);
    return html`<bf-checkbox-group
      label=${t.contactQuestion}
      name="contact"
      hint=${t.contactHint}
      ?required=${args.required}
      ?disabled=${args.disabled}
    >
      <bf-checkbox value="post">${t.post}</bf-checkbox>
      <bf-checkbox value="email">${t.email}</bf-checkbox>
      <bf-checkbox value="phone">${t.phone}</bf-checkbox>
    </bf-checkbox-group>`;
  },
};
export default meta;

/** A question with several answers to tick. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<BfCheckboxGroup>('bf-checkbox-group')!;
    await element.updateComplete;
    const labels = canvasElement.querySelectorAll('label');
    await userEvent.click(labels[0]!);
    await userEvent.click(labels[2]!);
    await expect(element.value).toEqual(['post', 'phone']);
  },
};

export const Disabled: Story = { args: { disabled: true } };

/** Follow-up questions under the boxes that need them; hidden, they are not sent. */
export const FollowUpQuestions: Story = {
  render: (_args, context) => {
    const t = choiceText(context);
    return html`<bf-checkbox-group label=${t.contactQuestion} name="contact" hint=${t.contactHint}>
      <bf-checkbox value="post">${t.post}</bf-checkbox>
      <bf-checkbox value="email" checked
        >${t.email}
        <div slot="conditional">
          <label for="story-email">${t.emailAddress}</label><br />
          <input id="story-email" name="email" type="email" autocomplete="email" />
        </div>
      </bf-checkbox>
      <bf-checkbox value="phone"
        >${t.phone}
        <div slot="conditional">
          <label for="story-phone">${t.phoneNumber}</label><br />
          <input id="story-phone" name="phone" type="tel" autocomplete="tel" />
        </div>
      </bf-checkbox>
    </bf-checkbox-group>`;
  },
};

/** Required: at least one box. Sending with none shows one error for the whole question. */
export const RequiredInAForm: Story = {
  render: (_args, context) => {
    const t = choiceText(context);
    return html`<form @submit=${showSubmitted}>
      <bf-checkbox-group label=${t.contactQuestion} name="contact" required>
        <bf-checkbox value="post">${t.post}</bf-checkbox>
        <bf-checkbox value="email">${t.email}</bf-checkbox>
      </bf-checkbox-group>
      <bf-button type="submit">${t.send}</bf-button>
      <p>${t.sent} <output></output></p>
    </form>`;
  },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<BfCheckboxGroup>('bf-checkbox-group')!;
    await element.updateComplete;
    await userEvent.click(canvasElement.querySelector('bf-button')!);
    await waitFor(() => expect(element.querySelector('[slot="error"]')).not.toBeNull());
    await userEvent.click(within(canvasElement).getAllByRole('checkbox')[1]!);
    await userEvent.click(canvasElement.querySelector('bf-button')!);
    await waitFor(() =>
      expect(canvasElement.querySelector('output')!.textContent).toBe('contact=email'),
    );
  },
};
