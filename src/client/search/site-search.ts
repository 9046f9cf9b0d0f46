/**
 * The header's search (SiteSearch.astro): a button and a native modal dialog, opened also by
 * Ctrl/Cmd+K and "/". Its code loads with BaseLayout's script; the dialog's loads when first opened.
 */
class SiteSearch extends HTMLElement {
  #started = false;
  #returnFocus: HTMLElement | null = null;

  connectedCallback(): void {
    const dialog = this.querySelector('dialog');
    const button = this.querySelector<HTMLButtonElement>('button.open');
    if (!dialog || !button) return;
    if (/Mac|iPhone|iPad/.test(navigator.platform)) {
      const shortcut = this.querySelector('.shortcut');
      if (shortcut) shortcut.textContent = '⌘ K';
    }
    button.addEventListener('click', () => this.open());
    this.querySelector('button.close')?.addEventListener('click', () => dialog.close());
    // One Esc closes, even from the search box, where the browser would first clear the text.
    this.querySelector('input')?.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        dialog.close();
      }
    });
    // A click on the backdrop (outside the dialog's box) closes it.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    dialog.addEventListener('close', () => {
      this.#returnFocus?.focus();
      this.#returnFocus = null;
    });
    // Keep Tab inside the dialog, wrapping at either end.
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab') return;
      const focusable = [...dialog.querySelectorAll<HTMLElement>('input, button, a[href]:not([role="option"])')];
      const first = focusable[0];
      const last = focusable.at(-1);
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    });
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target?.tagName ?? '');
      if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing && !dialog.open)) {
        event.preventDefault();
        if (dialog.open) dialog.close();
        else this.open();
      }
    });
  }

  open(): void {
    const dialog = this.querySelector('dialog');
    const input = this.querySelector('input');
    if (!dialog || !input || dialog.open) return;
    this.#returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    input.focus();
    input.select();
    if (!this.#started) {
      this.#started = true;
      void this.#start(input);
    }
  }

  async #start(input: HTMLInputElement): Promise<void> {
    const { startSearchDialog } = await import('@/client/search/search-dialog.ts');
    const listbox = this.querySelector<HTMLElement>('[role="listbox"]');
    const status = this.querySelector<HTMLElement>('.status');
    const pageLink = this.querySelector<HTMLAnchorElement>('.page-link');
    const more = this.querySelector<HTMLButtonElement>('button.more');
    if (!listbox || !status || !pageLink || !more) return;
    startSearchDialog({
      base: this.dataset['base'] ?? '/',
      corridorNames: JSON.parse(this.dataset['corridors'] ?? '{}') as Record<string, string>,
      input,
      listbox,
      status,
      more,
      pageLink,
      searchPage: this.dataset['searchPage'] ?? '/search/',
    });
  }
}
customElements.define('site-search', SiteSearch);
