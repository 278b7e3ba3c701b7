// The same Belfry components side by side in every theme, for a designer checking an agency
// palette against the federal one (and against dark and high contrast). Real components, not
// samples: what a theme does to them is what a citizen will see.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { themeNames as builtThemes } from '@belfry/tokens';
import '@belfry/components/alert';
import '@belfry/components/button';
import '@belfry/components/checkbox';
import '@belfry/components/link';
import '@belfry/components/tag';
import '@belfry/components/text-field';
import { localeOf, themeNames, themes, type Locale, type Theme } from '../story-context';

interface CompareText {
  next: string;
  save: string;
  cancel: string;
  remove: string;
  notYet: string;
  link: string;
  infoHeading: string;
  info: string;
  errorHeading: string;
  error: string;
  postcode: string;
  postcodeError: string;
  agree: string;
  received: string;
  inProgress: string;
  done: string;
  toPay: string;
  expired: string;
}

const text: Readonly<Record<Locale, CompareText>> = {
  nl: {
    next: 'Verder',
    save: 'Opslaan als ontwerp',
    cancel: 'Annuleren',
    remove: 'Bericht verwijderen',
    notYet: 'Nog niet beschikbaar',
    link: 'Lees de voorwaarden',
    infoHeading: 'Gesloten op vrijdag',
    info: 'Onze loketten sluiten om 16:00 op vrijdag.',
    errorHeading: 'Er is een probleem',
    error: 'Uw aanvraag is niet verstuurd. Probeer het opnieuw.',
    postcode: 'Postcode',
    postcodeError: 'Vul een postcode van 4 cijfers in, zoals 1000.',
    agree: 'Ik verklaar dat deze gegevens juist zijn',
    received: 'Ontvangen',
    inProgress: 'In behandeling',
    done: 'Afgerond',
    toPay: 'Te betalen',
    expired: 'Vervallen',
  },
  fr: {
    next: 'Continuer',
    save: 'Enregistrer le brouillon',
    cancel: 'Annuler',
    remove: 'Supprimer le message',
    notYet: 'Pas encore disponible',
    link: 'Lire les conditions',
    infoHeading: 'Fermé le vendredi',
    info: 'Nos guichets ferment à 16:00 le vendredi.',
    errorHeading: 'Il y a un problème',
    error: 'Votre demande n’a pas été envoyée. Réessayez.',
    postcode: 'Code postal',
    postcodeError: 'Indiquez un code postal de 4 chiffres, comme 1000.',
    agree: 'Je déclare que ces données sont exactes',
    received: 'Reçu',
    inProgress: 'En cours',
    done: 'Terminé',
    toPay: 'À payer',
    expired: 'Expiré',
  },
  de: {
    next: 'Weiter',
    save: 'Als Entwurf speichern',
    cancel: 'Abbrechen',
    remove: 'Nachricht löschen',
    notYet: 'Noch nicht verfügbar',
    link: 'Bedingungen lesen',
    infoHeading: 'Freitags geschlossen',
    info: 'Unsere Schalter schließen freitags um 16:00.',
    errorHeading: 'Es gibt ein Problem',
    error: 'Ihr Antrag wurde nicht gesendet. Versuchen Sie es erneut.',
    postcode: 'Postleitzahl',
    postcodeError: 'Geben Sie eine Postleitzahl mit 4 Ziffern ein, zum Beispiel 1000.',
    agree: 'Ich erkläre, dass diese Angaben richtig sind',
    received: 'Eingegangen',
    inProgress: 'In Bearbeitung',
    done: 'Abgeschlossen',
    toPay: 'Zu zahlen',
    expired: 'Abgelaufen',
  },
  en: {
    next: 'Continue',
    save: 'Save draft',
    cancel: 'Cancel',
    remove: 'Delete message',
    notYet: 'Not available yet',
    link: 'Read the conditions',
    infoHeading: 'Closed on Fridays',
    info: 'Our counters close at 16:00 on Fridays.',
    errorHeading: 'There is a problem',
    error: 'Your application was not sent. Please try again.',
    postcode: 'Postcode',
    postcodeError: 'Enter a postcode of 4 digits, like 1000.',
    agree: 'I declare that these details are correct',
    received: 'Received',
    inProgress: 'In progress',
    done: 'Completed',
    toPay: 'To pay',
    expired: 'Expired',
  },
};

interface CompareArgs {
  themes: Theme[];
}

const meta = {
  title: 'Foundations/Compare themes',
  parameters: {
    docs: {
      description: {
        component:
          'The same components in each theme, side by side: buttons, a link, alerts, a field with an error, ' +
          'a checkbox and status tags. Choose the themes to compare below (for example *Federal* and your ' +
          'agency theme). Agency themes change an accent set only; the token build has already checked the ' +
          'contrast of every colour pair, so look here for what contrast ratios cannot tell: whether the ' +
          'palette looks like one family, and whether the primary action still stands out. The language ' +
          'toolbar changes the text; the theme toolbar does not apply here.',
      },
    },
  },
  argTypes: {
    themes: {
      description: 'The themes to show, in this order.',
      control: 'inline-check',
      options: [...themes],
      // Each option labelled as in the theme toolbar.
      labels: themeNames,
    },
  },
  args: { themes: [...themes] },
  // Every story of this page draws the chosen themes side by side.
  render: (args, context) => {
    const t = text[localeOf(context)];
    // Unknown values from a URL are left out rather than drawn as the federal theme twice.
    const chosen = (args.themes ?? []).filter((theme) =>
      (themes as readonly string[]).includes(theme),
    );
    return html`${styles}
      <div class="bf-compare">${chosen.map((theme) => column(theme, t))}</div>`;
  },
  play: async ({ canvasElement, args }) => {
    // Every theme the token build makes can be chosen here and in the toolbar: a new agency theme
    // that is missing from stories/story-context.ts fails this story.
    await expect([...themes].sort()).toEqual([...builtThemes].sort());
    const columns = canvasElement.querySelectorAll<HTMLElement>('[data-bf-theme].bf-compare-theme');
    await expect([...columns].map((el) => el.dataset['bfTheme'])).toEqual(args.themes);
    // The themes really differ where agencies differ: the primary button's colour.
    const primaryColour = (el: HTMLElement) => {
      const button = el.querySelector('bf-button')?.shadowRoot?.querySelector('button');
      return button ? getComputedStyle(button).backgroundColor : '';
    };
    const colours = new Set([...columns].map(primaryColour));
    await expect(colours.size).toBeGreaterThan(1);
  },
} satisfies Meta<CompareArgs>;
export default meta;
type Story = StoryObj<CompareArgs>;

const styles = html`<style>
  .bf-compare {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    gap: var(--bf-space-4);
  }
  .bf-compare-theme {
    display: grid;
    align-content: start;
    gap: var(--bf-space-4);
    padding: var(--bf-space-4);
    border: var(--bf-border-width-thin) solid var(--bf-color-border-strong);
    border-block-start: var(--bf-space-2) solid var(--bf-color-brand);
    border-radius: var(--bf-radius-medium);
    background: var(--bf-color-surface);
    color: var(--bf-color-text);
  }
  .bf-compare-theme h2 {
    margin: 0;
    font-size: var(--bf-font-size-heading-4);
  }
  .bf-compare-theme p {
    margin: 0;
  }
  .bf-compare-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--bf-space-2);
  }
</style>`;

function column(theme: Theme, t: CompareText) {
  const id = `compare-${theme}`;
  return html`<section class="bf-compare-theme" data-bf-theme=${theme} aria-labelledby=${id}>
    <h2 id=${id} lang="en">${themeNames[theme]}</h2>
    <div class="bf-compare-row">
      <bf-button>${t.next}</bf-button>
      <bf-button variant="secondary">${t.save}</bf-button>
      <bf-button variant="tertiary">${t.cancel}</bf-button>
      <bf-button variant="danger">${t.remove}</bf-button>
      <bf-button disabled>${t.notYet}</bf-button>
    </div>
    <p>
      <bf-link><a href="#conditions">${t.link}</a></bf-link>
    </p>
    <bf-alert variant="info" heading=${t.infoHeading} heading-level="3"><p>${t.info}</p></bf-alert>
    <bf-alert variant="error" heading=${t.errorHeading} heading-level="3" announce="off"
      ><p>${t.error}</p></bf-alert
    >
    <bf-text-field width="postcode">
      <label slot="label" for="${id}-postcode">${t.postcode}</label>
      <p slot="error">${t.postcodeError}</p>
      <input slot="control" id="${id}-postcode" name="postcode" value="99" inputmode="numeric" />
    </bf-text-field>
    <bf-checkbox name="agree-${theme}" checked>${t.agree}</bf-checkbox>
    <div class="bf-compare-row">
      <bf-tag>${t.received}</bf-tag>
      <bf-tag variant="info" icon>${t.inProgress}</bf-tag>
      <bf-tag variant="success" icon>${t.done}</bf-tag>
      <bf-tag variant="warning" icon>${t.toPay}</bf-tag>
      <bf-tag variant="error" icon>${t.expired}</bf-tag>
    </div>
  </section>`;
}

export const CompareThemes: Story = {
  name: 'Compare themes',
};

/** Federal and the two agency examples only: what an agency designer compares most. */
export const FederalAndAgencies: Story = {
  name: 'Federal and agency themes',
  args: { themes: ['federal', 'agency-finance', 'agency-pensions'] },
};
