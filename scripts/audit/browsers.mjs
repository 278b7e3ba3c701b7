// Starts the system's browsers through Puppeteer: Chromium over the DevTools protocol, Firefox
// ESR over WebDriver BiDi. Never downloads one (scripts/find-browsers.mjs finds them).
import puppeteer from 'puppeteer';
import { chromiumArgs, requireChromium, requireFirefox } from '../find-browsers.mjs';

export const browserNames = ['chromium', 'firefox'];

/** @param {'chromium' | 'firefox'} name */
export async function launch(name) {
  if (name === 'chromium') {
    return puppeteer.launch({
      browser: 'chrome',
      executablePath: requireChromium(),
      headless: true,
      protocolTimeout: 60_000,
      args: chromiumArgs.filter((arg) => !arg.startsWith('--headless')),
    });
  }
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: requireFirefox(),
    headless: true,
    protocolTimeout: 60_000,
    extraPrefsFirefox: {
      // Tab reaches links as well as form controls (macOS-style "forms only" is off on Linux,
      // but a user profile may say otherwise).
      'accessibility.tabfocus': 7,
    },
  });
}

/** The viewports of the matrix: 320 CSS px is WCAG 1.4.10's reflow width. */
export const viewportSizes = {
  320: { width: 320, height: 640 },
  1280: { width: 1280, height: 800 },
};

/**
 * The audit's clock: every page starts at this instant (a Tuesday morning in Brussels) and runs
 * on from there, so stories that show a date ("expires in 3 days") or an opening time ("open
 * now") render the same every day, and their tree snapshots do not change with the calendar.
 */
export const auditClockStart = Date.parse('2026-03-10T10:00:00+01:00');

/** Installs the audit's clock in every document the page opens, before its scripts run. */
export async function useAuditClock(page) {
  await page.evaluateOnNewDocument((start) => {
    const RealDate = Date;
    const offset = start - RealDate.now();
    class AuditDate extends RealDate {
      constructor(...args) {
        if (args.length === 0) super(RealDate.now() + offset);
        else super(...args);
      }
      static now() {
        return RealDate.now() + offset;
      }
    }
    globalThis.Date = AuditDate;
  }, auditClockStart);
}
