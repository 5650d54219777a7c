// Printed by `npm start` after the build: where the extension is and how to load it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve('.output/chrome-mv3');
if (!existsSync(resolve(dir, 'manifest.json'))) {
  console.error(`No build found at ${dir}. Run \`npx wxt build\` and look for errors.`);
  process.exit(1);
}
console.log(`
Frontline Pulse is built: ${dir}

Load it in Chromium or Chrome:
  1. Open chrome://extensions and switch on "Developer mode".
  2. Click "Load unpacked" and choose the folder above.
  3. Pin Frontline Pulse to the toolbar; its popup is the weekly pulse.
`);
