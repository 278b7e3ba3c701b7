// Story text for the checkbox and radio stories, in the four languages, so that what a story
// shows matches the `lang` it is rendered in (the toolbar's language).
import type { StoryContext } from '@storybook/web-components-vite';
import { localeOf, type Locale } from './story-context';

export type ChoiceText = {
  languageQuestion: string;
  languageHint: string;
  otherLanguage: string;
  whichLanguage: string;
  brusselsHint: string;
  contactQuestion: string;
  post: string;
  email: string;
  emailAddress: string;
  phone: string;
  phoneNumber: string;
  contactHint: string;
  declaration: string;
  declarationHint: string;
  send: string;
  sent: string;
};

const text: Readonly<Record<Locale, ChoiceText>> = {
  nl: {
    languageQuestion: 'In welke taal wilt u uw brieven?',
    languageHint: 'U kunt dit later nog wijzigen.',
    otherLanguage: 'Een andere taal',
    whichLanguage: 'Welke taal?',
    brusselsHint: 'Ook voor inwoners van Brussel',
    contactQuestion: 'Hoe mogen we u contacteren?',
    post: 'Per post',
    email: 'Per e-mail',
    emailAddress: 'E-mailadres',
    phone: 'Per telefoon',
    phoneNumber: 'Telefoonnummer',
    contactHint: 'Kies alles wat past.',
    declaration: 'Ik verklaar dat alles wat ik invulde juist is',
    declarationHint: 'Een valse verklaring kan strafbaar zijn.',
    send: 'Verzenden',
    sent: 'Verzonden:',
  },
  fr: {
    languageQuestion: 'Dans quelle langue voulez-vous vos lettres ?',
    languageHint: 'Vous pourrez encore le changer plus tard.',
    otherLanguage: 'Une autre langue',
    whichLanguage: 'Quelle langue ?',
    brusselsHint: 'Aussi pour les habitants de Bruxelles',
    contactQuestion: 'Comment pouvons-nous vous contacter ?',
    post: 'Par la poste',
    email: 'Par e-mail',
    emailAddress: 'Adresse e-mail',
    phone: 'Par téléphone',
    phoneNumber: 'Numéro de téléphone',
    contactHint: 'Choisissez tout ce qui convient.',
    declaration: 'Je déclare que tout ce que j’ai rempli est exact',
    declarationHint: 'Une fausse déclaration peut être punie.',
    send: 'Envoyer',
    sent: 'Envoyé :',
  },
  de: {
    languageQuestion: 'In welcher Sprache möchten Sie Ihre Briefe erhalten?',
    languageHint: 'Sie können das später noch ändern.',
    otherLanguage: 'Eine andere Sprache',
    whichLanguage: 'Welche Sprache?',
    brusselsHint: 'Auch für Einwohner von Brüssel',
    contactQuestion: 'Wie dürfen wir Sie kontaktieren?',
    post: 'Per Post',
    email: 'Per E-Mail',
    emailAddress: 'E-Mail-Adresse',
    phone: 'Per Telefon',
    phoneNumber: 'Telefonnummer',
    contactHint: 'Wählen Sie alles Zutreffende aus.',
    declaration: 'Ich erkläre, dass alle meine Angaben richtig sind',
    declarationHint: 'Eine falsche Erklärung kann strafbar sein.',
    send: 'Senden',
    sent: 'Gesendet:',
  },
  en: {
    languageQuestion: 'In which language do you want your letters?',
    languageHint: 'You can still change this later.',
    otherLanguage: 'Another language',
    whichLanguage: 'Which language?',
    brusselsHint: 'Also for people living in Brussels',
    contactQuestion: 'How may we contact you?',
    post: 'By post',
    email: 'By e-mail',
    emailAddress: 'E-mail address',
    phone: 'By phone',
    phoneNumber: 'Phone number',
    contactHint: 'Select all that apply.',
    declaration: 'I declare that everything I filled in is correct',
    declarationHint: 'A false declaration can be punished.',
    send: 'Send',
    sent: 'Sent:',
  },
};

/** The story text in the story's language. */
export function choiceText(context: StoryContext<never> | { globals: Record<string, unknown> }) {
  return text[localeOf(context)];
}

/** Shows what a form would send, as `name=value` lines, under the form (stories only). */
export function showSubmitted(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const output = form.querySelector('output')!;
  output.textContent = [...new FormData(form)]
    .map(([name, value]) => `${name}=${String(value)}`)
    .join(', ');
}
