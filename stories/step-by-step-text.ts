// The "Moving house" life event, as a federal portal would write it, in four languages: for the
// step-by-step stories. Each step says what to do, where, what it costs and how long it takes.
import type { StepByStepStatus } from '@belfry/components';
import type { Locale } from './story-context';

export type MovingStep = {
  id: string;
  heading: string;
  logic?: 'and' | 'or';
  optional?: boolean;
  /** What a signed-in citizen sees in the signed-in story. */
  status: StepByStepStatus;
  text: string;
  /** Cost, time needed, who does it. */
  facts: string[];
  link: { href: string; text: string };
};

export type LifeEvent = {
  title: string;
  intro: string;
  /** The page of one step, next to which the sidebar story shows the whole life event. */
  sidebarTitle: string;
  sidebarPage: string;
  steps: MovingStep[];
};

export const movingHouse: Readonly<Record<Locale, LifeEvent>> = {
  nl: {
    title: 'Verhuizen',
    intro: 'Wat u moet doen als u in België verhuist, stap voor stap.',
    sidebarTitle: 'Uw adres wijzigen bij de gemeente',
    sidebarPage:
      'Geef uw nieuwe adres door binnen 8 werkdagen na uw verhuizing. Dat is gratis. Daarna komt de wijkagent langs om te controleren dat u er echt woont.',
    steps: [
      {
        id: 'address',
        heading: 'Uw adres wijzigen bij de gemeente',
        status: 'done',
        text: 'Geef uw nieuwe adres door aan de gemeente waar u nu woont. Dat kan aan het loket of online.',
        facts: [
          'Wanneer: binnen 8 werkdagen na uw verhuizing',
          'Kostprijs: gratis',
          'Wie: u zelf, voor iedereen die met u verhuist',
        ],
        link: { href: '#gemeente', text: 'Zoek het adres van uw gemeente' },
      },
      {
        id: 'eid',
        heading: 'Het adres op uw identiteitskaart laten aanpassen',
        logic: 'and',
        status: 'action-needed',
        text: 'Na het bezoek van de wijkagent krijgt u een uitnodiging. Breng uw identiteitskaart en de pincode ervan mee naar het gemeentehuis.',
        facts: ['Kostprijs: gratis', 'Tijd: ongeveer 10 minuten aan het loket'],
        link: { href: '#eid', text: 'Pincode vergeten? Vraag een nieuwe aan' },
      },
      {
        id: 'vehicle',
        heading: 'Het inschrijvingsbewijs van uw voertuig controleren',
        optional: true,
        status: 'in-progress',
        text: 'De DIV (Dienst Inschrijvingen Voertuigen) past uw adres automatisch aan zodra de gemeente u heeft ingeschreven. U krijgt geen nieuw inschrijvingsbewijs.',
        facts: ['Kostprijs: gratis', 'Wie: de DIV, u hoeft niets te doen'],
        link: { href: '#div', text: 'Meer over de inschrijving van voertuigen' },
      },
      {
        id: 'employer',
        heading: 'Uw werkgever verwittigen',
        status: 'not-started',
        text: 'Geef uw nieuwe adres door aan de personeelsdienst. Zo komen uw loonbrief en uw fiscale fiche op het juiste adres.',
        facts: ['Tijd: 5 minuten', 'Wie: u zelf'],
        link: { href: '#werkgever', text: 'Wat uw werkgever moet weten' },
      },
      {
        id: 'health-insurer',
        heading: 'Uw ziekenfonds verwittigen',
        logic: 'and',
        status: 'done',
        text: 'Uw ziekenfonds (mutualiteit) krijgt uw nieuwe adres meestal van het Rijksregister. Controleer het in uw online dossier of bel uw ziekenfonds.',
        facts: ['Kostprijs: gratis', 'Tijd: 5 minuten'],
        link: { href: '#ziekenfonds', text: 'Vind uw ziekenfonds' },
      },
      {
        id: 'child-benefit',
        heading: 'Uw kinderbijslagfonds verwittigen',
        optional: true,
        status: 'not-started',
        text: 'Hebt u kinderen? Geef uw nieuwe adres door aan uw kinderbijslagfonds. Verhuist u naar een ander gewest, dan verandert misschien ook uw fonds.',
        facts: ['Kostprijs: gratis', 'Wie: de ouder die de kinderbijslag ontvangt'],
        link: { href: '#kinderbijslag', text: 'Welk fonds hoort bij uw gewest?' },
      },
      {
        id: 'energy',
        heading: 'Uw contract voor elektriciteit en gas meenemen',
        status: 'not-started',
        text: 'Noteer op de dag van de verhuizing de meterstanden in uw oude en uw nieuwe woning. Geef ze door aan uw leverancier.',
        facts: ['Wanneer: op de dag van de verhuizing', 'Wie: u en de vorige bewoner'],
        link: { href: '#energie', text: 'Het formulier voor de meterstanden' },
      },
      {
        id: 'energy-new',
        heading: 'Een nieuwe energieleverancier kiezen',
        logic: 'or',
        status: 'not-started',
        text: 'U mag ook een nieuw contract sluiten. Vergelijk de prijzen van de leveranciers voor u kiest.',
        facts: ['Kostprijs: gratis overstappen', 'Tijd: ongeveer 15 minuten'],
        link: { href: '#vergelijken', text: 'Energieprijzen vergelijken' },
      },
      {
        id: 'water',
        heading: 'De watermaatschappij verwittigen',
        status: 'not-started',
        text: 'Uw watermaatschappij hangt af van uw gemeente. Geef de meterstand en uw nieuwe adres door.',
        facts: ['Wanneer: op de dag van de verhuizing', 'Kostprijs: gratis'],
        link: { href: '#water', text: 'Welke watermaatschappij hoort bij uw gemeente?' },
      },
    ],
  },
  fr: {
    title: 'Déménager',
    intro: 'Ce que vous devez faire quand vous déménagez en Belgique, étape par étape.',
    sidebarTitle: 'Changer votre adresse à la commune',
    sidebarPage:
      'Communiquez votre nouvelle adresse dans les 8 jours ouvrables après votre déménagement. C’est gratuit. Ensuite, l’agent de quartier passe vérifier que vous habitez bien à cette adresse.',
    steps: [
      {
        id: 'address',
        heading: 'Changer votre adresse à la commune',
        status: 'done',
        text: 'Communiquez votre nouvelle adresse à la commune où vous habitez maintenant. Vous pouvez le faire au guichet ou en ligne.',
        facts: [
          'Quand : dans les 8 jours ouvrables après votre déménagement',
          'Prix : gratuit',
          'Qui : vous, pour toutes les personnes qui déménagent avec vous',
        ],
        link: { href: '#commune', text: 'Trouver l’adresse de votre commune' },
      },
      {
        id: 'eid',
        heading: 'Faire changer l’adresse sur votre carte d’identité',
        logic: 'and',
        status: 'action-needed',
        text: 'Après la visite de l’agent de quartier, vous recevez une invitation. Apportez votre carte d’identité et son code PIN à la maison communale.',
        facts: ['Prix : gratuit', 'Durée : environ 10 minutes au guichet'],
        link: { href: '#eid', text: 'Code PIN oublié ? Demandez-en un nouveau' },
      },
      {
        id: 'vehicle',
        heading: 'Vérifier le certificat d’immatriculation de votre véhicule',
        optional: true,
        status: 'in-progress',
        text: 'La DIV (Direction pour l’Immatriculation des Véhicules) modifie votre adresse automatiquement dès que la commune vous a inscrit. Vous ne recevez pas de nouveau certificat.',
        facts: ['Prix : gratuit', 'Qui : la DIV, vous n’avez rien à faire'],
        link: { href: '#div', text: 'En savoir plus sur l’immatriculation' },
      },
      {
        id: 'employer',
        heading: 'Prévenir votre employeur',
        status: 'not-started',
        text: 'Communiquez votre nouvelle adresse au service du personnel. Ainsi, votre fiche de paie et votre fiche fiscale arrivent à la bonne adresse.',
        facts: ['Durée : 5 minutes', 'Qui : vous'],
        link: { href: '#employeur', text: 'Ce que votre employeur doit savoir' },
      },
      {
        id: 'health-insurer',
        heading: 'Prévenir votre mutualité',
        logic: 'and',
        status: 'done',
        text: 'Votre mutualité reçoit en général votre nouvelle adresse du Registre national. Vérifiez-la dans votre dossier en ligne ou appelez votre mutualité.',
        facts: ['Prix : gratuit', 'Durée : 5 minutes'],
        link: { href: '#mutualite', text: 'Trouver votre mutualité' },
      },
      {
        id: 'child-benefit',
        heading: 'Prévenir votre caisse d’allocations familiales',
        optional: true,
        status: 'not-started',
        text: 'Vous avez des enfants ? Communiquez votre nouvelle adresse à votre caisse d’allocations familiales. Si vous changez de région, votre caisse peut aussi changer.',
        facts: ['Prix : gratuit', 'Qui : le parent qui reçoit les allocations familiales'],
        link: { href: '#allocations', text: 'Quelle caisse pour votre région ?' },
      },
      {
        id: 'energy',
        heading: 'Emporter votre contrat d’électricité et de gaz',
        status: 'not-started',
        text: 'Le jour du déménagement, notez les index des compteurs dans votre ancien et votre nouveau logement. Communiquez-les à votre fournisseur.',
        facts: ['Quand : le jour du déménagement', 'Qui : vous et l’occupant précédent'],
        link: { href: '#energie', text: 'Le formulaire pour les index' },
      },
      {
        id: 'energy-new',
        heading: 'Choisir un nouveau fournisseur d’énergie',
        logic: 'or',
        status: 'not-started',
        text: 'Vous pouvez aussi conclure un nouveau contrat. Comparez les prix des fournisseurs avant de choisir.',
        facts: ['Prix : changer est gratuit', 'Durée : environ 15 minutes'],
        link: { href: '#comparer', text: 'Comparer les prix de l’énergie' },
      },
      {
        id: 'water',
        heading: 'Prévenir la société de distribution d’eau',
        status: 'not-started',
        text: 'Votre société de distribution d’eau dépend de votre commune. Communiquez l’index du compteur et votre nouvelle adresse.',
        facts: ['Quand : le jour du déménagement', 'Prix : gratuit'],
        link: { href: '#eau', text: 'Quelle société pour votre commune ?' },
      },
    ],
  },
  de: {
    title: 'Umziehen',
    intro: 'Was Sie tun müssen, wenn Sie in Belgien umziehen, Schritt für Schritt.',
    sidebarTitle: 'Ihre Adresse bei der Gemeinde ändern',
    sidebarPage:
      'Melden Sie Ihre neue Adresse innerhalb von 8 Werktagen nach dem Umzug. Das ist kostenlos. Danach kommt der Viertelpolizist vorbei und prüft, ob Sie wirklich dort wohnen.',
    steps: [
      {
        id: 'address',
        heading: 'Ihre Adresse bei der Gemeinde ändern',
        status: 'done',
        text: 'Melden Sie Ihre neue Adresse bei der Gemeinde, in der Sie jetzt wohnen. Das geht am Schalter oder online.',
        facts: [
          'Wann: innerhalb von 8 Werktagen nach dem Umzug',
          'Kosten: kostenlos',
          'Wer: Sie selbst, für alle, die mit Ihnen umziehen',
        ],
        link: { href: '#gemeinde', text: 'Die Adresse Ihrer Gemeinde finden' },
      },
      {
        id: 'eid',
        heading: 'Die Adresse auf Ihrem Personalausweis ändern lassen',
        logic: 'and',
        status: 'action-needed',
        text: 'Nach dem Besuch des Viertelpolizisten erhalten Sie eine Einladung. Bringen Sie Ihren Personalausweis und die PIN dazu ins Gemeindehaus mit.',
        facts: ['Kosten: kostenlos', 'Dauer: etwa 10 Minuten am Schalter'],
        link: { href: '#eid', text: 'PIN vergessen? Beantragen Sie eine neue' },
      },
      {
        id: 'vehicle',
        heading: 'Die Zulassungsbescheinigung Ihres Fahrzeugs prüfen',
        optional: true,
        status: 'in-progress',
        text: 'Die DIV (Direktion für die Fahrzeugzulassung) ändert Ihre Adresse automatisch, sobald die Gemeinde Sie eingetragen hat. Sie erhalten keine neue Bescheinigung.',
        facts: ['Kosten: kostenlos', 'Wer: die DIV, Sie müssen nichts tun'],
        link: { href: '#div', text: 'Mehr über die Fahrzeugzulassung' },
      },
      {
        id: 'employer',
        heading: 'Ihren Arbeitgeber informieren',
        status: 'not-started',
        text: 'Geben Sie Ihre neue Adresse an die Personalabteilung weiter. So kommen Ihre Lohnabrechnung und Ihre Steuerbescheinigung an die richtige Adresse.',
        facts: ['Dauer: 5 Minuten', 'Wer: Sie selbst'],
        link: { href: '#arbeitgeber', text: 'Was Ihr Arbeitgeber wissen muss' },
      },
      {
        id: 'health-insurer',
        heading: 'Ihre Krankenkasse informieren',
        logic: 'and',
        status: 'done',
        text: 'Ihre Krankenkasse erhält Ihre neue Adresse meistens aus dem Nationalregister. Prüfen Sie sie in Ihrer Online-Akte oder rufen Sie Ihre Krankenkasse an.',
        facts: ['Kosten: kostenlos', 'Dauer: 5 Minuten'],
        link: { href: '#krankenkasse', text: 'Ihre Krankenkasse finden' },
      },
      {
        id: 'child-benefit',
        heading: 'Ihre Kindergeldkasse informieren',
        optional: true,
        status: 'not-started',
        text: 'Haben Sie Kinder? Geben Sie Ihre neue Adresse an Ihre Kindergeldkasse weiter. Wenn Sie in eine andere Region ziehen, ändert sich vielleicht auch Ihre Kasse.',
        facts: ['Kosten: kostenlos', 'Wer: der Elternteil, der das Kindergeld erhält'],
        link: { href: '#kindergeld', text: 'Welche Kasse gehört zu Ihrer Region?' },
      },
      {
        id: 'energy',
        heading: 'Ihren Strom- und Gasvertrag mitnehmen',
        status: 'not-started',
        text: 'Notieren Sie am Umzugstag die Zählerstände in der alten und der neuen Wohnung. Geben Sie sie an Ihren Lieferanten weiter.',
        facts: ['Wann: am Umzugstag', 'Wer: Sie und der vorige Bewohner'],
        link: { href: '#energie', text: 'Das Formular für die Zählerstände' },
      },
      {
        id: 'energy-new',
        heading: 'Einen neuen Energielieferanten wählen',
        logic: 'or',
        status: 'not-started',
        text: 'Sie können auch einen neuen Vertrag abschließen. Vergleichen Sie die Preise der Lieferanten, bevor Sie wählen.',
        facts: ['Kosten: der Wechsel ist kostenlos', 'Dauer: etwa 15 Minuten'],
        link: { href: '#vergleichen', text: 'Energiepreise vergleichen' },
      },
      {
        id: 'water',
        heading: 'Die Wassergesellschaft informieren',
        status: 'not-started',
        text: 'Ihre Wassergesellschaft hängt von Ihrer Gemeinde ab. Geben Sie den Zählerstand und Ihre neue Adresse weiter.',
        facts: ['Wann: am Umzugstag', 'Kosten: kostenlos'],
        link: { href: '#wasser', text: 'Welche Gesellschaft gehört zu Ihrer Gemeinde?' },
      },
    ],
  },
  en: {
    title: 'Moving house',
    intro: 'What you need to do when you move house in Belgium, step by step.',
    sidebarTitle: 'Change your address at the municipality',
    sidebarPage:
      'Give your new address within 8 working days of moving. It is free. A local police officer then visits to check that you really live there.',
    steps: [
      {
        id: 'address',
        heading: 'Change your address at the municipality',
        status: 'done',
        text: 'Give your new address to the municipality you now live in. You can do this at the counter or online.',
        facts: [
          'When: within 8 working days of moving',
          'Cost: free',
          'Who: you, for everyone who moves with you',
        ],
        link: { href: '#municipality', text: 'Find the address of your municipality' },
      },
      {
        id: 'eid',
        heading: 'Have the address on your identity card changed',
        logic: 'and',
        status: 'action-needed',
        text: 'After the local police officer’s visit you get an invitation. Bring your identity card and its PIN code to the town hall.',
        facts: ['Cost: free', 'Time: about 10 minutes at the counter'],
        link: { href: '#eid', text: 'Forgot your PIN code? Ask for a new one' },
      },
      {
        id: 'vehicle',
        heading: 'Check your vehicle’s registration certificate',
        optional: true,
        status: 'in-progress',
        text: 'The DIV (the vehicle registration service) changes your address automatically once the municipality has registered you. You do not get a new certificate.',
        facts: ['Cost: free', 'Who: the DIV, you do not need to do anything'],
        link: { href: '#div', text: 'More about vehicle registration' },
      },
      {
        id: 'employer',
        heading: 'Tell your employer',
        status: 'not-started',
        text: 'Give your new address to the HR department, so that your payslip and your tax form reach the right address.',
        facts: ['Time: 5 minutes', 'Who: you'],
        link: { href: '#employer', text: 'What your employer needs to know' },
      },
      {
        id: 'health-insurer',
        heading: 'Tell your health insurer',
        logic: 'and',
        status: 'done',
        text: 'Your health insurer (mutualiteit, mutualité, Krankenkasse) usually gets your new address from the National Register. Check it in your online file or call your health insurer.',
        facts: ['Cost: free', 'Time: 5 minutes'],
        link: { href: '#health-insurer', text: 'Find your health insurer' },
      },
      {
        id: 'child-benefit',
        heading: 'Tell your child benefit fund',
        optional: true,
        status: 'not-started',
        text: 'Do you have children? Give your new address to your child benefit fund. If you move to another region, your fund may change too.',
        facts: ['Cost: free', 'Who: the parent who receives the child benefit'],
        link: { href: '#child-benefit', text: 'Which fund belongs to your region?' },
      },
      {
        id: 'energy',
        heading: 'Take your electricity and gas contract with you',
        status: 'not-started',
        text: 'On moving day, write down the meter readings in your old and your new home. Give them to your supplier.',
        facts: ['When: on moving day', 'Who: you and the previous occupant'],
        link: { href: '#energy', text: 'The meter reading form' },
      },
      {
        id: 'energy-new',
        heading: 'Choose a new energy supplier',
        logic: 'or',
        status: 'not-started',
        text: 'You can also sign a new contract. Compare the suppliers’ prices before you choose.',
        facts: ['Cost: switching is free', 'Time: about 15 minutes'],
        link: { href: '#compare', text: 'Compare energy prices' },
      },
      {
        id: 'water',
        heading: 'Tell the water company',
        status: 'not-started',
        text: 'Your water company depends on your municipality. Give them the meter reading and your new address.',
        facts: ['When: on moving day', 'Cost: free'],
        link: { href: '#water', text: 'Which water company serves your municipality?' },
      },
    ],
  },
};
