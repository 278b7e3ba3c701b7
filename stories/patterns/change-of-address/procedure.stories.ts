// Patterns/Change of address in five steps: <bf-stepper> above one form per step, each form in a
// <bf-draft>. Reload the page mid-way: every answer comes back, and the stepper is on the step
// you had reached. The procedure itself is in procedure.ts, shared with its browser test
// (test/patterns/change-of-address-procedure.test.ts).
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { BfStepper } from '@belfry/components';
import { localeOf } from '../../story-context';
import { procedure, procedureSteps, stepStorageName } from './procedure';
import texts from './text.json';

/** A fresh start for each story: no draft and no step kept from another story. */
function forget(): void {
  sessionStorage.removeItem(stepStorageName);
  for (const step of procedureSteps) {
    if (step.draft) sessionStorage.removeItem(`belfry-draft:${step.draft}`);
  }
}

const meta = {
  title: 'Patterns/Change of address in five steps',
  render: (_args, context) => {
    forget();
    const root = document.createElement('div');
    procedure(root, localeOf(context), texts);
    return root;
  },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component: [
          'The change of address as a procedure of five steps: a stepper ("Step 2 of 5", links',
          'back to the steps done), one form per step, each kept by bf-draft in the browser tab.',
          'Reloading the page mid-way puts the answers back and the stepper on the same step.',
          'See docs/components/stepper.mdx and docs/components/draft.mdx.',
        ].join(' '),
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const input = (root: HTMLElement, name: string) =>
  root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

/** The procedure at its first step, in the toolbar's language. */
export const FiveSteps: Story = {};

/** Step 1 answered: Continue moves the stepper to step 2, whose link back returns to step 1. */
export const ContinueAndGoBack: Story = {
  play: async (context: StoryContext) => {
    const root = context.canvasElement;
    await waitFor(() => expect(input(root, 'street')).toBeTruthy());
    await userEvent.type(input(root, 'street'), 'Kerkstraat');
    await userEvent.type(input(root, 'number'), '12');
    await userEvent.type(input(root, 'postcode'), '1000');
    await userEvent.type(input(root, 'municipality'), 'Brussel');
    await userEvent.click(root.querySelector<HTMLElement>('#change-of-address-1 bf-button')!);
    const stepper = root.querySelector<BfStepper>('bf-stepper')!;
    await waitFor(() => expect(stepper.currentStep).toBe(2));
    const link = stepper.steps[0]!.shadowRoot!.querySelector('a')!;
    await userEvent.click(link);
    await waitFor(() => expect(stepper.currentStep).toBe(1));
    await expect(input(root, 'street').value).toBe('Kerkstraat');
    forget();
  },
};
