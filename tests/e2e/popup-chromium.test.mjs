// The popup end to end in Debian's Chromium (playwright-core) with dist/chrome-test.
// Run: npm run build && node --test tests/e2e/popup-chromium.test.mjs
import { launchChromium } from './harness/browsers.mjs';
import { popupSuite } from './popup-suite.mjs';

popupSuite('chromium', launchChromium);
