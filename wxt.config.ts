import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See PRODUCT.md for the layout: thin pages in entrypoints/, logic in lib/ and analysis/.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // Explicit imports everywhere: analysis/ and lib/ also run in Node, outside WXT.
  imports: false,
  manifest: {
    name: 'Frontline Pulse',
    description: 'A weekly pulse and staff questionnaires for child and family social workers. Your answers stay in this browser.',
    permissions: ['storage', 'alarms', 'notifications'],
    storage: { managed_schema: 'managed-schema.json' },
    action: { default_title: 'Frontline Pulse: weekly check-in' },
    browser_specific_settings: {
      // Nothing leaves the browser: answers stay in IndexedDB until the worker exports them.
      gecko: { id: 'frontline-pulse@example.org', data_collection_permissions: { required: ['none'] } },
    },
  },
  vite: () => ({ plugins: [preact()] }),
});
