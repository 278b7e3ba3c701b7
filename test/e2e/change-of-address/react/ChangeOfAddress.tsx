// The "Change of address" form as a React 19 component, built only from Belfry elements. The
// rules it follows (docs/guides/forms.md): register the fields before bf-button; pass values as
// properties (`value`, `checked`), controlled from React state; read what the citizen types from
// the native `input` and `change` events that bubble from the fields' own controls; never render
// children into a field that React did not put there (a follow-up question's container and a
// choice's text are React's; the input, label, hint and error are the field's).
import '@belfry/components/text-field';
import '@belfry/components/presets';
import '@belfry/components/known-values';
import '@belfry/components/date-field';
import '@belfry/components/radio-group';
import '@belfry/components/radio';
import '@belfry/components/checkbox';
import '@belfry/components/fieldset';
import '@belfry/components/summary-list';
import '@belfry/components/error-summary';
import '@belfry/components/button';
import { setErrorTitle } from '@belfry/components/error-summary';
import type {} from '@belfry/components/jsx';
import {
  useEffect,
  useRef,
  useState,
  type FormEvent,
  type MouseEvent as ReactMouseEvent,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import texts from '../../../../stories/patterns/change-of-address/text.json';

export type Lang = keyof typeof texts;
export type Answers = Record<string, string>;

/** What the National Register knows: shown with its source, not asked. */
const known = { name: 'An Peeters', nrn: '85073003328' };

const empty: Answers = {
  street: '',
  number: '',
  box: '',
  postcode: '',
  municipality: '',
  'moving-date': '',
  'moving-with': '',
  companion: '',
  'companion-nrn': '',
  business: '',
  enterprise: '',
  phone: '',
  email: '',
  iban: '',
};

export interface ChangeOfAddressProps {
  lang: Lang;
  /** The latest moving date allowed, ISO. */
  maxDate: string;
  /** Called with the form's entries when the citizen sends the change of address. */
  onSend(entries: [string, string][]): void;
  /** Answers to start with, e.g. a draft the app kept. */
  initial?: Answers;
}

export function ChangeOfAddress({ lang, maxDate, onSend, initial }: ChangeOfAddressProps) {
  const t = texts[lang];
  const [answers, setAnswers] = useState<Answers>({ ...empty, ...initial });
  const [step, setStep] = useState<'form' | 'check' | 'done'>('form');
  const [entries, setEntries] = useState<[string, string][]>([]);
  const focusAfterChange = useRef<string | null>(null);
  const form = useRef<HTMLFormElement>(null);

  // The page title names the step; "Error:" goes before it while the form has errors. React
  // has no prop for an event of a native element that it does not know, so it is listened to.
  useEffect(() => {
    document.title = step === 'form' ? t.title : step === 'check' ? t.check : t.done;
  }, [step, t]);
  useEffect(() => {
    const element = form.current;
    const showError = () => setErrorTitle(true);
    element?.addEventListener('bf-form-invalid', showError);
    return () => element?.removeEventListener('bf-form-invalid', showError);
  }, [step]);
  // As a property, `strings` takes the object itself (the attribute takes it as JSON).
  const missing = (key: keyof typeof t) => ({ valueMissing: t[key] });

  // The native events of the fields' controls: `input` for text, `change` for choices.
  const track = (event: SyntheticEvent) => {
    const control = event.target as HTMLInputElement;
    if (!control.name || control.type === 'hidden') return;
    const value =
      control.type === 'checkbox' ? (control.checked ? control.value : '') : control.value;
    setAnswers((current) => ({ ...current, [control.name]: value }));
  };
  // The date field's value lives in its hidden input; its boxes have no name.
  const trackDate = (event: SyntheticEvent<HTMLElement>) => {
    const field = event.currentTarget as HTMLElement & { value: string };
    setAnswers((current) => ({ ...current, 'moving-date': field.value }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrorTitle(false);
    const sent = Array.from(new FormData(event.currentTarget), ([name, value]) => [
      name,
      String(value),
    ]) as [string, string][];
    setEntries(sent);
    setStep('check');
  };

  useEffect(() => {
    if (step !== 'form' || !focusAfterChange.current) return;
    const id = focusAfterChange.current;
    focusAfterChange.current = null;
    // The field was just mounted again: it has its control once its first update is done.
    const field = document.getElementById(id) as
      (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    void field?.updateComplete?.then(() => field.focus());
  }, [step]);

  // A row's Change link is in its shadow root: its click reaches React through the row.
  const change = (id: string) => (event: ReactMouseEvent) => {
    const origin = event.nativeEvent.composedPath()[0];
    if (!(origin instanceof Element) || !origin.closest('a')) return;
    event.preventDefault();
    focusAfterChange.current = id;
    setStep('form');
  };

  if (step === 'done') {
    return (
      <main>
        <h1 tabIndex={-1}>{t.done}</h1>
        <p>{t.doneText}</p>
      </main>
    );
  }

  if (step === 'check') {
    const row = (question: string, id: string, value: string) => (
      <Row question={question} href={`#${id}`} onClick={change(id)}>
        {value}
      </Row>
    );
    return (
      <main>
        <h1>{t.check}</h1>
        <bf-summary-list>
          <Row question={t.name} source="national-register">
            {known.name}
          </Row>
          {row(
            t.newAddress,
            'street',
            `${answers.street} ${answers.number}${answers.box ? ` ${t.boxWord} ${answers.box}` : ''}, ${answers.postcode} ${answers.municipality}`,
          )}
          {row(t.date, 'moving-date', answers['moving-date'] ?? '')}
          {row(
            t.movingWith,
            'moving-with',
            answers['moving-with'] === 'others' ? `${t.others}: ${answers.companion}` : t.nobody,
          )}
          {row(t.email, 'email', answers.email ?? '')}
        </bf-summary-list>
        <bf-button
          onClick={() => {
            onSend(entries);
            setStep('done');
          }}
        >
          {t.send}
        </bf-button>
      </main>
    );
  }

  return (
    <main>
      <bf-error-summary for="change-of-address-react"></bf-error-summary>
      <h1>{t.title}</h1>
      <p>{t.lead}</p>
      <form
        id="change-of-address-react"
        onSubmit={submit}
        onInput={track}
        onChange={track}
        ref={form}
      >
        <bf-fieldset legend={t.details}>
          <bf-text-field
            label={t.name}
            name="name"
            defaultValue={known.name}
            source="national-register"
            readonly
          />
          <bf-text-field
            label={t.nrn}
            name="nrn"
            preset="nrn"
            defaultValue={known.nrn}
            source="national-register"
            readonly
          />
        </bf-fieldset>
        <bf-fieldset legend={t.address}>
          <bf-text-field
            id="street"
            label={t.street}
            name="street"
            autocomplete="address-line1"
            required
            strings={missing('streetMissing')}
            value={answers.street}
          />
          <bf-text-field
            label={t.number}
            name="number"
            width="4"
            required
            strings={missing('numberMissing')}
            value={answers.number}
          />
          <bf-text-field label={t.box} name="box" width="4" value={answers.box} />
          <bf-text-field
            label={t.postcode}
            name="postcode"
            preset="postcode"
            required
            strings={missing('postcodeMissing')}
            value={answers.postcode}
          />
          <bf-text-field
            label={t.municipality}
            name="municipality"
            autocomplete="address-level2"
            required
            strings={missing('municipalityMissing')}
            value={answers.municipality}
          />
        </bf-fieldset>
        <bf-date-field
          id="moving-date"
          label={t.date}
          hint={t.dateHint}
          date-name={t.dateName}
          name="moving-date"
          max={maxDate}
          required
          value={answers['moving-date']}
          onInput={trackDate}
          onChange={trackDate}
        />
        <bf-radio-group
          id="moving-with"
          label={t.movingWith}
          name="moving-with"
          required
          strings={missing('movingWithMissing')}
          value={answers['moving-with']}
        >
          <bf-radio value="nobody">{t.nobody}</bf-radio>
          <bf-radio value="others">
            {t.others}
            <div slot="conditional">
              <bf-text-field
                label={t.companions}
                hint={t.companionsHint}
                name="companion"
                required
                strings={missing('companionsMissing')}
                value={answers.companion}
              />
              <bf-text-field
                label={t.companionNrn}
                hint={t.companionNrnHint}
                name="companion-nrn"
                preset="nrn"
                required
                strings={missing('companionNrnMissing')}
                value={answers['companion-nrn']}
              />
            </div>
          </bf-radio>
        </bf-radio-group>
        <bf-checkbox id="business" name="business" value="yes" checked={answers.business === 'yes'}>
          {t.business}
          <div slot="conditional">
            <bf-text-field
              label={t.enterprise}
              hint={t.enterpriseHint}
              name="enterprise"
              preset="enterprise-number"
              required
              strings={missing('enterpriseMissing')}
              value={answers.enterprise}
            />
          </div>
        </bf-checkbox>
        <bf-fieldset legend={t.contact}>
          <bf-text-field
            id="phone"
            label={t.phone}
            hint={t.phoneHint}
            name="phone"
            preset="phone"
            value={answers.phone}
          />
          <bf-text-field
            id="email"
            label={t.email}
            hint={t.emailHint}
            name="email"
            type="email"
            autocomplete="email"
            required
            strings={missing('emailMissing')}
            value={answers.email}
          />
          <bf-text-field
            id="iban"
            label={t.iban}
            hint={t.ibanHint}
            name="iban"
            preset="iban"
            value={answers.iban}
          />
        </bf-fieldset>
        <bf-button type="submit">{t.continue}</bf-button>
      </form>
      <output hidden data-answers={JSON.stringify(answers)} />
    </main>
  );
}

/** A "Check your answers" row: React 19 sets `question` (and the rest) as the row's properties. */
function Row(props: {
  question: string;
  href?: string;
  source?: string;
  onClick?: (event: ReactMouseEvent) => void;
  children: ReactNode;
}) {
  const { question, children, ...rest } = props;
  return (
    <bf-summary-list-row question={question} {...rest}>
      {children}
    </bf-summary-list-row>
  );
}
