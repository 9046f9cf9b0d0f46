/**
 * What copying falls back to where the Clipboard API is refused (src/client/site/copy.ts loads it
 * then): the text selected, or a box with the address, selected, so Ctrl+C copies it.
 */

export function selectContents(element: Element): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Where copying fails, a box with the address, selected, so Ctrl+C copies it. */
export function offerManualCopy(link: HTMLElement, url: string): void {
  link.parentElement?.querySelector('.copy-fallback')?.remove();
  const box = document.createElement('input');
  box.className = 'copy-fallback';
  box.readOnly = true;
  box.value = url;
  box.setAttribute('aria-label', 'Link address, selected: press Ctrl+C or Command+C to copy');
  link.after(box);
  // After the browser's move to the link's #fragment, which resets focus to the page.
  window.setTimeout(() => {
    box.focus();
    box.select();
  }, 60);
  // It stays until the reader presses Escape or clicks elsewhere.
  const dismiss = (event: Event) => {
    if (event.target === box && !(event instanceof KeyboardEvent && event.key === 'Escape')) return;
    box.remove();
    document.removeEventListener('pointerdown', dismiss);
  };
  box.addEventListener('keydown', dismiss);
  window.setTimeout(() => document.addEventListener('pointerdown', dismiss), 0);
}
