import { css } from 'lit';
import { token } from '../../tokens/css.js';

/**
 * The drop zone (the invisible native input covers it, so a click or tap anywhere opens the
 * picker), the button drawn for the input, the list of chosen files and the multi-line error.
 */
export const fileUploadStyles = css`
  .messages {
    min-width: 0;
  }
  .message {
    margin: 0;
  }
  .zone {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')} ${token('space-3')};
    align-items: center;
    max-width: 100%;
    padding: ${token('space-4')};
    border: ${token('border-width')} dashed ${token('input-border-color')};
    border-radius: ${token('radius')};
    background: ${token('input-background')};
  }
  .zone.dragging {
    border-style: solid;
    border-color: ${token('button-background')};
    background: ${token('color-background-muted')};
  }
  .zone.invalid {
    border-color: ${token('error-color')};
  }
  .file-input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    padding: 0;
    opacity: 0;
    cursor: pointer;
    font: inherit;
  }
  .file-input:disabled {
    cursor: not-allowed;
  }
  .choose {
    pointer-events: none;
  }
  .file-input:hover ~ .choose {
    background: ${token('button-background')};
    color: ${token('button-text-color')};
  }
  .file-input:focus-visible ~ .choose {
    outline: ${token('focus-width')} solid ${token('focus-color')};
    outline-offset: ${token('focus-offset')};
    box-shadow: 0 0 0 ${token('focus-offset')} ${token('color-focus-halo')};
  }
  .file-input:disabled ~ .choose,
  .file-input:disabled ~ .drop-text {
    opacity: 0.7;
  }
  .file-input:disabled ~ .choose {
    background: ${token('input-disabled-background')};
    color: ${token('color-text')};
    border-color: ${token('input-border-color')};
  }
  .drop-text {
    min-width: 0;
    pointer-events: none;
  }
  .files {
    margin: ${token('space-3')} 0 0;
    padding: 0;
    list-style: none;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')} ${token('space-3')};
    align-items: center;
    padding-block: ${token('space-2')};
    border-block-end: 1px solid ${token('input-border-color')};
  }
  .file-name {
    flex: 1 1 12em;
    min-width: 0;
    overflow-wrap: anywhere;
    font-weight: ${token('font-weight-label')};
  }
  .file-size {
    color: ${token('hint-color')};
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .file-input:focus-visible ~ .choose { outline-color: Highlight; }
    .zone.dragging { border-color: Highlight; }
  }
`;
