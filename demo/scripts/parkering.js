// The parking application's configuration, set from script (JS properties, DESIGN §2.8): the address
// field's provider (a municipality points an AdressevaelgerProvider at its own proxy; the demo uses
// the offline provider over the library's sample addresses), and the form's drafts on the server
// (the endpoint in demo/routes/drafts.mjs, per session).
import { HttpDraftStore, OfflineAddressProvider } from '/dist/cdn/borgerform.js';
import { sampleAddresses } from '/dist/address/sample-addresses.js';

const provider = new OfflineAddressProvider(sampleAddresses);
for (const field of document.querySelectorAll('bf-address-input')) field.provider = provider;

// The server asks each change for the page's CSRF token (demo/form-guard.mjs), given in a meta tag.
const csrfToken = document.querySelector('meta[name="csrf-token"]')?.content ?? '';
for (const form of document.querySelectorAll('bf-form[draft-key]'))
  form.draftStore = new HttpDraftStore({ baseUrl: '/kladder', headers: { 'x-csrf-token': csrfToken } });
