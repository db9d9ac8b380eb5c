import { css } from 'lit';
import { token } from '../../tokens/css.js';

/**
 * The search box with its list of suggestions below it, the notice, the "Jeg kan ikke finde min
 * adresse" button and the manual fields (street; house number, floor, door; postcode and town).
 */
export const addressInputStyles = css`
  .combobox {
    position: relative;
    max-width: 41em;
  }
  .listbox {
    position: absolute;
    inset-inline: 0;
    top: 100%;
    z-index: 10;
    max-height: 18em;
    margin: 0;
    padding: 0;
    overflow-y: auto;
    list-style: none;
    border: ${token('border-width')} solid ${token('input-border-color')};
    border-block-start-width: 0;
    background: ${token('input-background')};
    color: ${token('input-text-color')};
  }
  .listbox[hidden] {
    display: none;
  }
  .option {
    display: flex;
    align-items: center;
    min-height: ${token('target-size')};
    padding: ${token('space-2')} ${token('space-3')};
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .option + .option {
    border-block-start: 1px solid ${token('color-background-muted')};
  }
  .option:hover {
    background: ${token('color-background-muted')};
    text-decoration: underline;
  }
  .option[aria-selected='true'] {
    background: ${token('button-background')};
    color: ${token('button-text-color')};
    outline: ${token('focus-width')} solid ${token('focus-color')};
    outline-offset: calc(-1 * ${token('focus-width')});
  }
  .notice {
    margin: ${token('space-3')} 0 0;
    padding: ${token('space-2')} ${token('space-3')};
    border-inline-start: 4px solid ${token('button-background')};
    background: ${token('color-background-muted')};
  }
  .manual-button {
    margin-block-start: ${token('space-3')};
    text-align: start;
  }
  .manual {
    min-width: 0;
    margin: ${token('space-4')} 0 0;
    padding: 0;
    border: 0;
  }
  .manual.by-hand {
    margin-block-start: 0;
  }
  .manual > legend {
    padding: 0;
    margin-block-end: ${token('space-2')};
    font-weight: ${token('font-weight-label')};
  }
  .manual.by-hand > legend {
    margin-block-end: ${token('space-1')};
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('space-4')};
  }
  .part {
    display: flex;
    flex-direction: column;
    min-width: 0;
    margin-block-end: ${token('space-3')};
  }
  .part > .label {
    font-weight: normal;
  }
  .part > .hint {
    margin-block-end: ${token('space-1')};
  }
  .part > .error {
    margin-block-end: ${token('space-1')};
  }
  .part.street, .part.city {
    flex: 1 1 14em;
    max-width: 30em;
  }
  .part.houseNumber .input, .part.postcode .input {
    width: 9ex;
  }
  .part.floor .input, .part.door .input {
    width: 7.25ex;
  }
  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      outline-color: Highlight;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .notice { border-inline-start-color: CanvasText; }
  }
`;
