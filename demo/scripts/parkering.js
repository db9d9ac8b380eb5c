// The parking application's one piece of configuration: the address field gets its provider from
// script (a JS property, DESIGN §2.8). A municipality points an AdressevaelgerProvider at its own
// proxy; the demo uses the offline provider over the library's sample addresses.
import { OfflineAddressProvider } from '/dist/cdn/borgerform.js';
import { sampleAddresses } from '/dist/address/sample-addresses.js';

const provider = new OfflineAddressProvider(sampleAddresses);
for (const field of document.querySelectorAll('bf-address-input')) field.provider = provider;
