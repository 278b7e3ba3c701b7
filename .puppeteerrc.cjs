/** Belfry never lets puppeteer download a browser: tests use the system Chromium/Firefox. */
module.exports = { skipDownload: true };
