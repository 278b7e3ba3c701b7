import type { ArgTypes, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/draft';
import '@belfry/components/text-field';
import '@belfry/components/date-field';
import '@belfry/components/radio-group';
import '@belfry/components/radio';
import '@belfry/components/button';
import type { BfDraft } from '@belfry/components';
import { localeOf, type Locale } from './story-context';

type DraftArgs = { storage: 'session' | 'local'; expires: string };
type Story = StoryObj<DraftArgs>;

/** The story's form, in each language, as a service would write it. */
const formText: Record<
  Locale,
  {
    street: string;
    date: string;
    movingWith: string;
    nobody: string;
    others: string;
    companion: string;
    send: string;
  }
> = {
  nl: {
    street: 'Straat en huisnummer',
    date: 'Datum van de verhuizing',
    movingWith: 'Verhuist er iemand met u mee?',
    nobody: 'Nee, niemand',
    others: 'Ja',
    companion: 'Naam van wie met u meeverhuist',
    send: 'Verder',
  },
  fr: {
    street: 'Rue et numéro',
    date: 'Date du déménagement',
    movingWith: 'Quelqu’un déménage-t-il avec vous ?',
    nobody: 'Non, personne',
    others: 'Oui',
    companion: 'Nom de la personne qui déménage avec vous',
    send: 'Continuer',
  },
  de: {
    street: 'Straße und Hausnummer',
    date: 'Datum des Umzugs',
    movingWith: 'Zieht jemand mit Ihnen um?',
    nobody: 'Nein, niemand',
    others: 'Ja',
    companion: 'Name der Person, die mit Ihnen umzieht',
    send: 'Weiter',
  },
  en: {
    street: 'Street and number',
    date: 'Moving date',
    movingWith: 'Is anyone moving with you?',
    nobody: 'No, nobody',
    others: 'Yes',
    companion: 'Name of the person moving with you',
    send: 'Continue',
  },
};

/** Keeps a draft for `key`, as if the citizen had answered an hour ago. */
function keepDraft(key: string): void {
  try {
    sessionStorage.setItem(
      `belfry-draft:${key}`,
      JSON.stringify({
        format: 'belfry-draft',
        version: 1,
        key,
        savedAt: Date.now() - 3_600_000,
        expiresAt: null,
        answers: [
          ['street', 'Kerkstraat 12'],
          ['moving-with', 'others'],
          ['companion', 'Jan Peeters'],
        ],
      }),
    );
  } catch {
    // Storage blocked in this browser: the story shows the form without a notice.
  }
}

function movingHouse(args: DraftArgs, context: StoryContext<DraftArgs>, key: string) {
  const text = formText[localeOf(context)];
  return html`<bf-draft key=${key} storage=${args.storage} expires=${args.expires || nothing}>
    <form @submit=${(event: Event) => event.preventDefault()}>
      <bf-text-field
        label=${text.street}
        name="street"
        autocomplete="address-line1"
      ></bf-text-field>
      <bf-date-field label=${text.date} name="moving-date"></bf-date-field>
      <bf-radio-group label=${text.movingWith} name="moving-with">
        <bf-radio value="nobody">${text.nobody}</bf-radio>
        <bf-radio value="others"
          >${text.others}
          <div slot="conditional">
            <bf-text-field label=${text.companion} name="companion"></bf-text-field>
          </div>
        </bf-radio>
      </bf-radio-group>
      <bf-button type="submit">${text.send}</bf-button>
    </form>
  </bf-draft>`;
}

// Rows the custom elements manifest adds to the API table, set by the stories themselves.
const documentedWithoutControl: ArgTypes = Object.fromEntries(
  ['key', 'ready', 'form'].map((name) => [name, { control: false }]),
);

const meta = {
  title: 'Components/Draft',
  component: 'bf-draft',
  render: (args, context) => movingHouse(args, context, `story-${context.id}`),
  args: { storage: 'session', expires: '' },
  argTypes: {
    storage: {
      control: 'select',
      options: ['session', 'local'],
      description: 'Where answers are kept: this tab (default), or this device with `expires`.',
      table: { category: 'properties', defaultValue: { summary: 'session' } },
    },
    expires: {
      control: 'text',
      description: 'How long answers are kept after the last change: `30m`, `12h`, `7d`.',
      table: { category: 'properties' },
    },
    ...documentedWithoutControl,
  },
  parameters: {
    docs: {
      description: {
        component: [
          'Keeps the answers to the form inside it across reloads, going back, a crash or a tab',
          'closed by mistake, and puts them back with a notice and a "Start again" button.',
          'Answer a question, then reload the page.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<DraftArgs>;

export default meta;

/** Answer a question and reload the page: the answer comes back, with a notice. */
export const MovingHouse: Story = {};

/**
 * Answers kept an hour ago come back: the street, the chosen answer and its follow-up question.
 * "Start again" empties the form and puts the cursor in its first question.
 */
export const AnswersRestored: Story = {
  render: (args, context) => {
    const key = `story-restored-${localeOf(context)}`;
    keepDraft(key);
    return movingHouse(args, context, key);
  },
  play: async ({ canvasElement }) => {
    const draft = canvasElement.querySelector<BfDraft>('bf-draft')!;
    await waitFor(async () => expect(await draft.ready).toBe(true));
    const notice = () => draft.shadowRoot!.querySelector('[part="notice"]');
    await expect(notice()).not.toBeNull();
    const companion = canvasElement.querySelector<HTMLElement & { value: string }>(
      'bf-text-field[name="companion"]',
    )!;
    await expect(companion.value).toBe('Jan Peeters');
    await userEvent.click(draft.shadowRoot!.querySelector('button')!);
    await waitFor(() => expect(notice()).toBeNull());
    await expect(companion.value).toBe('');
  },
};
