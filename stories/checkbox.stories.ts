import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/checkbox';
import '@belfry/components/button';
import type { BfCheckbox } from '@belfry/components';
import { choiceText, showSubmitted } from './choice-text';
import { statesGrid } from './states-grid';

type Args = { checked: boolean; disabled: boolean; required: boolean };
type Story = StoryObj<Args>;

const meta: Meta<Args> = {
  title: 'Components/Checkbox',
  component: 'bf-checkbox',
  args: { checked: false, disabled: false, required: false },
  render: (args, context) => {
    const t = choiceText(context);
    return html`<bf-checkbox
      name="declaration"
      hint=${t.declarationHint}
      ?checked=${args.checked}
      ?disabled=${args.disabled}
      ?required=${args.required}
      >${t.declaration}</bf-checkbox
    >`;
  },
};
export default meta;

/** A checkbox on its own, for a yes-or-no statement. A tap anywhere on the row ticks it. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const box = canvasElement.querySelector<BfCheckbox>('bf-checkbox')!;
    await box.updateComplete;
    await userEvent.click(box.querySelector('label')!);
    await expect(box.checked).toBe(true);
  },
};

export const Checked: Story = { args: { checked: true } };

export const Disabled: Story = { args: { disabled: true, checked: true } };

/** A declaration that must be ticked: sending without it shows the error above the box. */
export const RequiredInAForm: Story = {
  render: (_args, context) => {
    const t = choiceText(context);
    return html`<form @submit=${showSubmitted}>
      <bf-checkbox name="declaration" required hint=${t.declarationHint}
        >${t.declaration}</bf-checkbox
      >
      <bf-button type="submit">${t.send}</bf-button>
      <p>${t.sent} <output></output></p>
    </form>`;
  },
  play: async ({ canvasElement }) => {
    const box = canvasElement.querySelector<BfCheckbox>('bf-checkbox')!;
    await box.updateComplete;
    await userEvent.click(canvasElement.querySelector('bf-button')!);
    await waitFor(() => expect(box.querySelector('[slot="error"]')).not.toBeNull());
    await userEvent.click(box.querySelector('label')!);
    await userEvent.click(canvasElement.querySelector('bf-button')!);
    await waitFor(() =>
      expect(canvasElement.querySelector('output')!.textContent).toBe('declaration=on'),
    );
  },
};

/** The states a citizen meets, side by side, for the guide. The error state: RequiredInAForm. */
export const States: Story = {
  render: (_args, context) => {
    const t = choiceText(context);
    return statesGrid([
      [
        'Not ticked, with a hint',
        html`<bf-checkbox name="states-empty" hint=${t.declarationHint}
          >${t.declaration}</bf-checkbox
        >`,
      ],
      ['Ticked', html`<bf-checkbox name="states-ticked" checked>${t.declaration}</bf-checkbox>`],
      [
        'Disabled',
        html`<bf-checkbox name="states-disabled" disabled>${t.declaration}</bf-checkbox>`,
      ],
      [
        'Disabled and ticked',
        html`<bf-checkbox name="states-disabled-ticked" disabled checked
          >${t.declaration}</bf-checkbox
        >`,
      ],
    ]);
  },
  parameters: { controls: { disable: true } },
  play: async ({ canvasElement }) => {
    const boxes = [...canvasElement.querySelectorAll<BfCheckbox>('bf-checkbox')];
    await Promise.all(boxes.map((box) => box.updateComplete));
    await expect(boxes.map((box) => box.checked)).toEqual([false, true, false, true]);
    await expect(boxes.map((box) => box.querySelector('input')!.disabled)).toEqual([
      false,
      false,
      true,
      true,
    ]);
  },
};
