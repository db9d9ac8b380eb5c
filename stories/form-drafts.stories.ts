import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/all.js';
import type { BfForm } from '../src/components/form/form.js';
import { DRAFT_SCHEMA } from '../src/drafts/draft.js';
import { IndexedDbDraftStore } from '../src/drafts/indexeddb-draft-store.js';
import { langArgType, preventSubmit, rendered } from './support.js';

interface Args {
  lang: string;
  database: string;
}

/**
 * Drafts in `bf-form` (`draft-key` and a `DraftStore`; here the browser's IndexedDB): the quiet
 * "Gemt kl." status with "Gem kladde", and the offer of a draft found on arrival. Synthetic data.
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
