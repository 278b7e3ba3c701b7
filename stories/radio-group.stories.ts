import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '@belfry/components/radio-group';
import '@belfry/components/button';
import type { BfRadioGroup } from '@belfry/components';
import { choiceText, showSubmitted } from './choice-text';

type Args = { required: boolean; disabled: boolean };
type Story = StoryObj<Args>;

const meta: Meta<Args> = {
  title: 'Components/Radio group',
  component: 'bf-radio-group',
  args: { required: false, disabled: false },
  render: (args, context) => {
    const t = choiceText(context);
    return html`<bf-radio-group
      label=${t.languageQuestion}
      name="language"
      hint=${t.languageHint}
      ?required=${args.required}
      ?disabled=${args.disabled}
    >
      <bf-radio value="nl"><span lang="nl">Nederlands</span></bf-radio>
      <bf-radio value="fr" hint=${t.brusselsHint}><span lang="fr">Français</span></bf-radio>
      <bf-radio value="de"><span lang="de">Deutsch</span></bf-radio>
    </bf-radio-group>`;
  },
};
export default meta;

const group = async (canvasElement: HTMLElement) => {
  const element = canvasElement.querySelector<BfRadioGroup>('bf-radio-group')!;
  await element.updateComplete;
  return element;
};

/** A question with one answer to choose. Each language is named in itself, with its `lang`. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const element = await group(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByLabelText('Français'));
    await expect(element.value).toBe('fr');
  },
};

/** Arrow keys move between the answers and choose them, as with native radio buttons. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const element = await group(canvasElement);
    element.options[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(element.value).toBe('fr');
  },
};

/** Every answer is disabled and nothing is sent. Prefer explaining why a question does not apply. */
export const Disabled: Story = { args: { disabled: true } };

/** A follow-up question shows under the answer that needs it, and keeps what was typed. */
export const FollowUpQuestion: Story = {
  render: (_args, context) => {
    const t = choiceText(context);
    return html`<bf-radio-group label=${t.languageQuestion} name="language">
      <bf-radio value="nl"><span lang="nl">Nederlands</span></bf-radio>
      <bf-radio value="fr"><span lang="fr">Français</span></bf-radio>
      <bf-radio value="other" checked
        >${t.otherLanguage}
        <div slot="conditional">
          <label for="story-other-language">${t.whichLanguage}</label><br />
          <input id="story-other-language" name="otherLanguage" autocomplete="language" />
        </div>
      </bf-radio>
    </bf-radio-group>`;
  },
};

/**
 * Required: sending without an answer shows one error for the whole question, in the page's
 * language, and moves focus to the first answer.
 */
export const RequiredInAForm: Story = {
  render: (_args, context) => {
    const t = choiceText(context);
    return html`<form @submit=${showSubmitted}>
      <bf-radio-group label=${t.languageQuestion} name="language" required>
        <bf-radio value="nl"><span lang="nl">Nederlands</span></bf-radio>
        <bf-radio value="fr"><span lang="fr">Français</span></bf-radio>
        <bf-radio value="de"><span lang="de">Deutsch</span></bf-radio>
      </bf-radio-group>
      <bf-button type="submit">${t.send}</bf-button>
      <p>${t.sent} <output></output></p>
    </form>`;
  },
  play: async ({ canvasElement }) => {
    const element = await group(canvasElement);
    await userEvent.click(canvasElement.querySelector('bf-button')!);
    await waitFor(() => expect(element.querySelector('[slot="error"]')).not.toBeNull());
    await userEvent.click(within(canvasElement).getByLabelText('Deutsch'));
    await waitFor(() => expect(element.querySelector('[slot="error"]')).toBeNull());
    await userEvent.click(canvasElement.querySelector('bf-button')!);
    await waitFor(() =>
      expect(canvasElement.querySelector('output')!.textContent).toBe('language=de'),
    );
  },
};
