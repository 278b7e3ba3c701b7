// A page with icons, served with a strict Content-Security-Policy that also requires Trusted
// Types (Lit's own `lit-html` policy is the only one allowed), for the bf-icon end-to-end tests.
// Needs `npm run build`.
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { csp as strictCsp } from './fixture-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const csp = `${strictCsp}; require-trusted-types-for 'script'; trusted-types lit-html`;

export const page = `<!doctype html>
<html lang="nl-BE">
  <head>
    <meta charset="utf-8" />
    <title>Uw e-Box</title>
    <link rel="stylesheet" href="/packages/tokens/dist/css/belfry.css" />
    <script type="module" src="/packages/components/dist/belfry.js"></script>
  </head>
  <body>
    <main>
      <h1>Uw e-Box</h1>
      <p><bf-icon name="warning" label="Actie nodig"></bf-icon> Aanslagbiljet 2025</p>
      <p><bf-icon name="clock" size="small"></bf-icon> Open van 9 tot 12 uur</p>
      <bf-button><bf-icon slot="start" name="download"></bf-icon>Downloaden</bf-button>
      <bf-icon id="hostile" name="__proto__"></bf-icon>
    </main>
  </body>
</html>`;

/** Starts the server on a free loopback port; resolves with its origin and a `close()`. */
export function startIconServer() {
  return startStaticServer({
    root,
    headers: { 'Content-Security-Policy': csp },
    pages: { '/': page },
    allow: (file) => file.includes(`${sep}dist${sep}`),
  });
}

/** Runs in the page: what the icons drew, and what a hostile registration left behind. */
export async function inspectIcons() {
  const { registerIcon } = await import('/packages/components/dist/belfry.js');
  registerIcon('hostile-icon', {
    viewBox: '0 0 24 24',
    paths: ['M0 0"/><script>window.__pwned = 1</script>', 'javascript:alert(1)'],
  });
  const hostile = document.createElement('bf-icon');
  hostile.name = 'hostile-icon';
  document.body.append(hostile);
  const icons = [...document.querySelectorAll('bf-icon')];
  await Promise.all(icons.map((icon) => icon.updateComplete));
  return {
    paths: icons.map((icon) => icon.shadowRoot.querySelectorAll('path').length),
    sizes: icons.map((icon) => Math.round(icon.getBoundingClientRect().width)),
    scripts: icons.flatMap((icon) => [...icon.shadowRoot.querySelectorAll('script')]).length,
    pwned: window.__pwned ?? null,
    violations: window.__cspViolations,
  };
}
