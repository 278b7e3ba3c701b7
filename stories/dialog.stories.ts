import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/dialog';
import '@belfry/components/button';
import type { BfDialog } from '@belfry/components';
import { animationsFinished, localeOf, storyText, type Locale } from './story-context';

type DialogArgs = { heading: string; lightDismiss: boolean };
type Story = StoryObj<DialogArgs>;

/** The question and its explanation, in each language. */
const dialogText: Record<Locale, { open: string; heading: string; body: string; keep: string }> = {
  nl: {
    open: 'Mijn aanvraag verwijderen',
    heading: 'Uw aanvraag verwijderen?',
    body: 'Uw antwoorden worden gewist. U kunt dit niet ongedaan maken.',
    keep: 'Aanvraag bewaren',
  },
  fr: {
    open: 'Supprimer ma demande',
    heading: 'Supprimer votre demande ?',
    body: 'Vos réponses seront effacées. Vous ne pourrez pas revenir en arrière.',
    keep: 'Garder la demande',
  },
  de: {
    open: 'Meinen Antrag löschen',
    heading: 'Ihren Antrag löschen?',
    body: 'Ihre Antworten werden gelöscht. Das kann nicht rückgängig gemacht werden.',
    keep: 'Antrag behalten',
  },
  en: {
    open: 'Delete my application',
    heading: 'Delete your application?',
    body: 'Your answers will be deleted. You cannot undo this.',
    keep: 'Keep my application',
  },
};

const dialogOf = async (canvasElement: HTMLElement): Promise<BfDialog> => {
  const dialog = canvasElement.querySelector('bf-dialog');
  if (!dialog) throw new Error('no bf-dialog in the story');
  await dialog.updateComplete;
  return dialog;
};

function confirmDialog(args: DialogArgs, locale: Locale, open = false) {
  const text = dialogText[locale];
  return html`<bf-button
      variant="danger"
      @click=${(event: Event) =>
        (event.currentTarget as HTMLElement).parentElement!.querySelector('bf-dialog')!.show()}
      >${text.open}</bf-button
    >
    <bf-dialog
      heading=${args.heading || text.heading}
      ?light-dismiss=${args.lightDismiss}
      ?open=${open}
    >
      <p>${text.body}</p>
      <bf-button
        slot="footer"
        variant="danger"
        @click=${(event: Event) => (event.currentTarget as HTMLElement).closest('bf-dialog')!.close('delete')}
        >${storyText[locale].delete}</bf-button
      >
      <bf-button
        slot="footer"
        variant="secondary"
        @click=${(event: Event) => (event.currentTarget as HTMLElement).closest('bf-dialog')!.close('keep')}
        >${text.keep}</bf-button
      >
    </bf-dialog>`;
}

const documentedWithoutControl: ArgTypes = Object.fromEntries(
  ['open', 'heading-level', 'returnValue', 'light-dismiss'].map((name) => [
    name,
    { control: false },
  ]),
);

const meta = {
  title: 'Components/Dialog',
  component: 'bf-dialog',
  render: (args, context) => confirmDialog(args, localeOf(context)),
  args: { heading: '', lightDismiss: false },
  argTypes: {
    heading: {
      control: 'text',
      description: "The dialog's heading, which also names it.",
      table: { category: 'properties' },
    },
    lightDismiss: {
      control: 'boolean',
      description: 'Lets a click beside the dialog close it (off by default).',
      table: { category: 'properties', defaultValue: { summary: 'false' } },
    },
    ...documentedWithoutControl,
  },
  parameters: {
    docs: {
      description: {
        component: [
          'A modal dialog on the native <dialog>: focus moves in, stays in, and returns to the',
          'button that opened it; Escape closes it; the page behind does not scroll.',
        ].join(' '),
      },
      story: { inline: false, iframeHeight: 420 },
    },
  },
} satisfies Meta<DialogArgs>;

export default meta;

/** Open it with the button: focus moves to its heading; Escape or the × closes it. */
export const Confirm: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await userEvent.click(canvasElement.querySelector('bf-button')!);
    await waitFor(() => expect(dialog.open).toBe(true));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(dialog.open).toBe(false));
  },
};

/** Open from the start, as a page shows it; the story test checks it with axe while it is open. */
export const Open: Story = {
  render: (args, context) => confirmDialog(args, localeOf(context), true),
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await waitFor(() => expect(dialog.open).toBe(true));
    // It fades in; the story's axe check judges it once it is fully shown.
    await animationsFinished();
  },
};

/** Long content at 320 px: the content scrolls inside the dialog, the actions wrap. */
export const SmallScreen: Story = {
  globals: { viewport: { value: 'smallPhone320', isRotated: false } },
  render: (_args, context) => {
    const locale = localeOf(context);
    return html`<bf-dialog open heading=${dialogText[locale].heading}>
      ${Array.from({ length: 15 }, () => html`<p>${dialogText[locale].body}</p>`)}
      <bf-button slot="footer" variant="danger">${storyText[locale].delete}</bf-button>
      <bf-button slot="footer" variant="secondary">${dialogText[locale].keep}</bf-button>
    </bf-dialog>`;
  },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    const box = dialog.shadowRoot!.querySelector('dialog')!.getBoundingClientRect();
    await expect(box.right).toBeLessThanOrEqual(window.innerWidth);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};
