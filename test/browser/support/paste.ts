import { sendKeys } from '@web/test-runner-commands';

/** Copies text from a light-DOM input and pastes it into `target` with the real keyboard shortcut. */
export async function pasteInto(target: HTMLInputElement, text: string): Promise<void> {
  const source = document.createElement('input');
  source.value = text;
  document.body.append(source);
  source.select();
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'c' });
  await sendKeys({ up: 'Control' });
  source.remove();
  target.focus();
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'v' });
  await sendKeys({ up: 'Control' });
}
