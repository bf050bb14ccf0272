// The popup end to end in Firefox ESR (puppeteer-core over WebDriver BiDi) with dist/firefox-test.
// Run: npm run build && node --test tests/e2e/popup-firefox.test.mjs
import { launchFirefox } from './harness/browsers.mjs';
import { popupSuite } from './popup-suite.mjs';

popupSuite('firefox', launchFirefox, { colorScheme: 'relaunch' });
