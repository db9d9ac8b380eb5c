import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define/all.js';
import type { BfForm } from '../src/components/form/form.js';
import { DRAFT_SCHEMA } from '../src/drafts/draft.js';
import { HttpDraftStore } from '../src/drafts/http-draft-store.js';
import { IndexedDbDraftStore } from '../src/drafts/indexeddb-draft-store.js';
import { langArgType, preventSubmit, rendered } from './support.js';

interface Args {
  lang: string;
  database: string;
}

/**
 * Drafts in `bf-form` (`draft-key` and a `DraftStore`; here the browser's IndexedDB): the quiet
 * "Gemt kl." status with "Gem kladde", the offer of a draft found on arrival, a store that fails,
 * and a send that failed. Synthetic data.
 */
const meta = {
  title: 'Forløb/Kladde (bf-form draft-key)',
  component: 'bf-form',
  args: { lang: 'da', database: 'borgerform-story-drafts' },
  argTypes: { lang: langArgType },
  render: (a) => html`<bf-form lang=${a.lang} draft-key="flytning"
    .draftStore=${new IndexedDbDraftStore({ databaseName: a.database })}
    ><form @submit=${preventSubmit}>
      <bf-text-field name="navn" label="Navn"></bf-text-field>
      <bf-date-input name="dato" label="Flyttedato"></bf-date-input>
      <button>Send</button>
    </form></bf-form
  >`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const formIn = async (canvas: HTMLElement) => {
  const form = await rendered<BfForm>(canvas, 'bf-form');
  await form.drafts.ready;
  await form.updateComplete;
  return form;
};

/** After "Gem kladde": "Gemt kl. …" in a polite status. */
export const Saved: Story = {
  args: { database: `borgerform-story-saved-${Date.now()}` },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    (form.querySelector('bf-text-field') as HTMLElement & { value: string }).value = 'Ada';
    await form.drafts.save();
    await form.updateComplete;
    await expect(form.shadowRoot!.querySelector('[part~="draft-status"]')!.textContent).toMatch(
      /^Gemt kl\. /u,
    );
  },
};

/** A draft found on arrival: "Fortsæt med kladden" or "Start forfra". */
export const Offer: Story = {
  args: { database: 'borgerform-story-offer' },
  loaders: [
    async () => {
      await new IndexedDbDraftStore({ databaseName: 'borgerform-story-offer' }).save('flytning', {
        schema: DRAFT_SCHEMA,
        savedAt: Date.UTC(2026, 11, 5, 9, 42),
        step: 0,
        values: { navn: 'Ada Lovelace' },
      });
      return {};
    },
  ],
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await expect(form.shadowRoot!.querySelector('[part~="draft-offer"]')!.textContent).toContain(
      'Du har en kladde fra 05-12-2026 kl. 10.42.',
    );
  },
};

export const English: Story = {
  args: { lang: 'en', database: 'borgerform-story-offer' },
  loaders: Offer.loaders,
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await expect(form.shadowRoot!.querySelector('[part~="draft-offer"]')!.textContent).toContain(
      'You have a draft from 05-12-2026 at 10.42.',
    );
  },
};

/** The store cannot be reached (no connection): a warning says so; filling in and sending go on. */
export const SaveFailedOffline: Story = {
  render: (a) => html`<bf-form lang=${a.lang} draft-key="flytning"
    .draftStore=${new HttpDraftStore({ baseUrl: 'http://127.0.0.1:9/kladder' })}
    ><form @submit=${preventSubmit}>
      <bf-text-field name="navn" label="Navn" value="Ada"></bf-text-field>
      <button>Send</button>
    </form></bf-form
  >`,
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await form.drafts.save();
    await form.updateComplete;
    await expect(form.shadowRoot!.querySelector('[part~="draft-alert"]')!.textContent).toContain(
      'fordi du ikke har forbindelse til internettet',
    );
  },
};

/** Sending failed (the server is down): what happened, that nothing is lost, and "Prøv at sende igen". */
export const SendFailed: Story = {
  render: (a) => html`<bf-form lang=${a.lang}
    .submitHandler=${() => Promise.reject(new TypeError('Failed to fetch'))}
    ><form>
      <bf-text-field name="navn" label="Navn" value="Ada"></bf-text-field>
      <button>Send</button>
    </form></bf-form
  >`,
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    form.querySelector('button')!.click();
    await waitFor(() => expect(form.shadowRoot!.querySelector('[part~="retry"]')).not.toBeNull());
  },
};
