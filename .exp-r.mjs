import { launchChromium } from './scripts/find-browsers.mjs';
import { startStaticServer } from './scripts/static-server.mjs';
const base = (body) => `<!doctype html><html lang="en"><head><script src="/test/e2e/form/no-bfcache.js"></script><script type="module" src="/packages/components/dist/belfry.js"></script></head><body><form action="/next" method="get">${body}<button>Go</button></form></body></html>`;
const variants = {
  nativeWithBfButton: base('<input name="a"><input name="b"><bf-button type="submit">Go</bf-button>'),
  authoredWithBfButton: base('<bf-text-field label="A"><input name="a"></bf-text-field><bf-text-field label="B"><input name="b"></bf-text-field><bf-button type="submit">Go</bf-button>'),
};
const fills = { nativeWithBfButton: ['a','b'], authoredWithBfButton: ['a','b'] };
for (const [name, page] of Object.entries(variants)) {
  const server = await startStaticServer({ root: process.cwd(), headers: { 'Content-Security-Policy': (await import('./test/e2e/fixture-server.mjs')).csp }, pages: { '/': page, '/next': '<p>n' } });
  const b = await launchChromium(); const ctx = await b.newContext(); const t = await ctx.newPage();
  await t.goto(server.origin + '/');
  await t.waitForFunction(() => customElements.get('bf-button'));
  for (const n of fills[name]) await t.fill(`input[name=${n}]`, n + '1');
  
  await t.evaluate(() => { window.__m = 'kept'; document.querySelector('form').submit(); });
  await t.waitForURL(/next/);
  await t.goBack(); await t.waitForTimeout(1000);
  console.log(name, await t.evaluate(() => performance.getEntriesByType('navigation')[0].type + ' ' + (window.__m||'') + ' ' + [...document.querySelectorAll('form input')].map(i => i.name + '=' + i.value).join(' ')));
  await b.close(); await server.close();
}
