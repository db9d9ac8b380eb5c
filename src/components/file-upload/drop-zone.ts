import type { ReactiveControllerHost } from 'lit';

/**
 * Dragging files onto an upload field's drop zone: an extra beside the native picker, never the only
 * way. Bind `onDragOver`, `onDragLeave` and `onDrop` to the zone's `dragenter`/`dragover`,
 * `dragleave` and `drop`; `dragging` says whether files are over the zone (for its style), and
 * `take` receives the dropped files. Only drags that carry files are handled.
 */
export class DropZoneController {
  readonly #host: ReactiveControllerHost;
  readonly #canTake: () => boolean;
  readonly #take: (files: File[]) => void;
  #dragging = false;

  constructor(host: ReactiveControllerHost, canTake: () => boolean, take: (files: File[]) => void) {
    this.#host = host;
    this.#canTake = canTake;
    this.#take = take;
  }

  /** Files are being dragged over the zone. */
  get dragging(): boolean {
    return this.#dragging;
  }

  /** Ends a drag state (e.g. on form reset). */
  reset(): void {
    this.#setDragging(false);
  }

  readonly onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault(); // without this the browser would open the file instead
    const can = this.#canTake();
    event.dataTransfer.dropEffect = can ? 'copy' : 'none';
    this.#setDragging(can);
  };

  readonly onDragLeave = (event: DragEvent): void => {
    const zone = event.currentTarget as HTMLElement;
    if (!(event.relatedTarget instanceof Node && zone.contains(event.relatedTarget)))
      this.#setDragging(false);
  };

  readonly onDrop = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.#setDragging(false);
    this.#take([...event.dataTransfer.files]);
  };

  #setDragging(dragging: boolean): void {
    if (dragging === this.#dragging) return;
    this.#dragging = dragging;
    this.#host.requestUpdate();
  }
}
