// The example pages' own script, allowed by the strict CSP because it is a file of the site: the
// page title says "Error:" while the form has errors, and a Change link's field takes focus.
import { setErrorTitle } from '/packages/components/dist/belfry.js';

const form = document.querySelector('form#change-of-address');
if (form) {
  form.addEventListener('bf-form-invalid', () => setErrorTitle(true));
  form.addEventListener('submit', () => setErrorTitle(false));
  // A Change link on "Check your answers" points at its question (`/nl/change#street`): once the
  // page has loaded (the browser has scrolled to it), the question's field takes focus.
  const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  if (target && form.contains(target)) {
    const focus = () => customElements.whenDefined(target.localName).then(() => target.focus());
    if (document.readyState === 'complete') focus();
    else window.addEventListener('load', focus, { once: true });
  }
}
