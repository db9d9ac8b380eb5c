import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { closestAttribute } from '../base/inherited.js';
import { formatMessage, formatNumber } from './format.js';
import { hasMessage, lookupMessage, resolveLocale } from './registry.js';
import type { Message, MessageKey, MessageParams } from './types.js';

/** An element that can carry per-instance text overrides. */
export interface LocalizableHost extends ReactiveControllerHost, HTMLElement {
  /** Per-instance overrides, e.g. `{ required: 'Indtast dit fornavn' }`. */
  messages?: Partial<Record<MessageKey, Message>> & Record<string, Message | undefined>;
}

const connected = new Set<LocalizeController>();
let langObserver: MutationObserver | undefined;

/** One observer for the whole page: a changed `lang` anywhere re-resolves every element's locale. */
function observeLangChanges(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => {
    for (const controller of connected) controller.langMayHaveChanged();
  });
  langObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/**
 * The `lang` of the closest ancestor that has one, crossing shadow-root boundaries ('' when none has).
 * On the server, the ancestors the renderer provided (`src/base/inherited.ts`).
 */
export function closestLang(element: Element): string {
  return closestAttribute(element, 'lang', true) ?? '';
}

const attributeNames = new Map<string, string>();

function attributeNameFor(key: string): string {
  // Asked for on every render of every field (the marker, the validation message): made once per key.
  let name = attributeNames.get(key);
  if (name === undefined)
    attributeNames.set(key, (name = `message-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`));
  return name;
}

/**
 * Gives an element its texts in the language of its closest `lang` (Danish when none is set or the
 * language has no catalogue). Override order, first wins: the element's `messages` property, its
 * `message-<key>` attribute (`message-required="Indtast dit fornavn"`), a fallback the caller brings
 * (a custom validator's own message), a page-wide `configureMessages` override, the catalogue.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: LocalizableHost;
  #lang: string | undefined;

  constructor(host: LocalizableHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#lang = undefined;
    connected.add(this);
    observeLangChanges();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Called by the shared observer; re-renders the host only when its language really changed. */
  langMayHaveChanged(): void {
    const before = this.#lang;
    this.#lang = undefined;
    if (this.lang !== before) this.#host.requestUpdate();
  }

  /** The language tag in effect for the host (closest `lang`), lower-cased. */
  get lang(): string {
    return (this.#lang ??= closestLang(this.#host).toLowerCase());
  }

  /** The catalogue locale in effect ("da", "en", or a registered one). */
  get locale(): string {
    return resolveLocale(this.lang);
  }

  /**
   * The language to mark catalogue text with when it differs from its context (WCAG 3.1.2), e.g.
   * Danish fallback text inside a German page; `undefined` when the text matches its context.
   */
  get textLang(): string | undefined {
    const locale = this.locale;
    return this.lang === '' || this.lang.split('-')[0] === locale ? undefined : locale;
  }

  /** The element's own override of a key (`messages` property, then `message-<key>` attribute), if any. */
  instanceOverride(key: MessageKey | (string & {})): Message | undefined {
    return this.#host.messages?.[key] ?? this.#host.getAttribute(attributeNameFor(key)) ?? undefined;
  }

  /** The text for a key, with its placeholders filled. */
  term(key: MessageKey | (string & {}), params: MessageParams = {}, fallback?: Message): string {
    const message: Message =
      this.instanceOverride(key) ?? fallback ?? lookupMessage(this.locale, hasMessage(key) ? key : 'invalid');
    return formatMessage(message, params, this.locale);
  }

  /** A number formatted for the host's locale. */
  number(value: number): string {
    return formatNumber(value, this.locale);
  }
}
