/**
 * Mounting Preact components into happy-dom for component tests, and driving them the way a
 * person does: clicking a label, typing into a box. (happy-dom has no keyboard activation; the
 * keyboard is driven in real Chromium by the end-to-end tests.)
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export interface Mounted {
  container: HTMLElement;
  unmount: () => void;
}

export async function mount(vnode: ComponentChild): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => render(vnode, container));
  return {
    container,
    unmount: () => {
      render(null, container);
      container.remove();
    },
  };
}

/** Clicks the label whose text is `text` inside `scope` (as a mouse user picks an option). */
export async function clickLabel(scope: ParentNode, text: string): Promise<void> {
  const label = [...scope.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`no label "${text}" (labels: ${[...scope.querySelectorAll('label')].map((l) => l.textContent?.trim()).join(' | ')})`);
  await act(() => label.click());
}

/** Replaces the text of a box and fires `input`, as typing does. */
export async function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  await act(() => {
    field.focus();
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
