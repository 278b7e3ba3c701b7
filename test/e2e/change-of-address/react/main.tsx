// The React 19 app the end-to-end test renders: the ChangeOfAddress component, a language
// switch that keeps every answer, and the entries it was asked to send, for the test to read.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ChangeOfAddress, type Lang } from './ChangeOfAddress.js';

const regions: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', de: 'de-BE', en: 'en-BE' };
const names: Record<Lang, string> = {
  nl: 'Nederlands',
  fr: 'Français',
  de: 'Deutsch',
  en: 'English',
};

function App() {
  const [lang, setLang] = useState<Lang>('nl');
  const [sent, setSent] = useState<[string, string][] | null>(null);
  useEffect(() => {
    document.documentElement.lang = regions[lang];
  }, [lang]);
  const max = new Date();
  max.setMonth(max.getMonth() + 3);
  return (
    <>
      <nav aria-label="Language">
        {(Object.keys(names) as Lang[]).map((code) => (
          <button
            key={code}
            type="button"
            lang={code}
            aria-pressed={code === lang}
            onClick={() => setLang(code)}
          >
            {names[code]}
          </button>
        ))}
      </nav>
      <ChangeOfAddress
        lang={lang}
        maxDate={max.toISOString().slice(0, 10)}
        onSend={setSent}
        // A draft the app kept: given to the fields as properties, from React state.
        initial={{ postcode: '9000', municipality: 'Gent' }}
      />
      {sent && <pre id="sent">{JSON.stringify(sent)}</pre>}
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
