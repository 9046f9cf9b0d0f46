/**
 * Copying, for readers who cite the site: a click on a heading's or
 * paragraph's own link copies its full URL (the link still moves to it), and
 * <copy-button> copies the text of the element just before it (a citation, a
 * page's address, an embed's code). Both confirm in place and to screen readers.
 * Where the Clipboard API is refused, the text is selected instead, by code
 * loaded then (copy-fallback.ts), as is the Embed control's code when a reader
 * opens it (embed-code.ts): neither weighs on a page's first visit.
 */

/**
 * Links into the page they are on. A card's "Fact page" link (a.permalink) is only followed: its page
 * would unload before a copy could be confirmed, and the browser may drop the write with it; the
 * fact's page has a "Copy link" of its own.
 */
const LINK_SELECTOR = 'a.anchor-link, a.para-number';

function announce(message: string): void {
  const region = document.getElementById('copy-status');
  if (!region) return;
  // Clear first, so the same message is announced again on a second copy.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}

/** Shows a short confirmation next to an element, without moving anything. */
function confirmNear(element: HTMLElement, message: string): void {
  element.querySelector('.copy-tip')?.remove();
  const tip = document.createElement('span');
  tip.className = 'copy-tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.textContent = message;
  element.append(tip);
  window.setTimeout(() => tip.remove(), 1800);
}

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>(LINK_SELECTOR);
  if (
    !link ||
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  const url = new URL(link.getAttribute('href') ?? '', location.href).href;
  void writeClipboard(url).then((copied) => {
    if (copied) {
      confirmNear(link, 'Link copied');
      announce('Link copied');
    } else {
      void import('./copy-fallback.ts').then(({ offerManualCopy }) => offerManualCopy(link, url));
      announce('Copying is not allowed here; the link address is selected');
    }
  });
});

class CopyButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    // What it copies: the element just before it, so no id needs spelling out.
    const target = this.previousElementSibling;
    if (!button || !target) return;
    const label = button.textContent ?? 'Copy';
    button.addEventListener('click', () => {
      void writeClipboard(target.textContent?.trim() ?? '').then((copied) => {
        const what = this.dataset['what'] ?? 'Text';
        if (copied) {
          button.textContent = 'Copied';
          announce(`${what} copied`);
          window.setTimeout(() => {
            button.textContent = label;
          }, 1800);
        } else {
          void import('./copy-fallback.ts').then(({ selectContents }) => selectContents(target));
          announce(`${what} selected: press Ctrl+C or Command+C to copy`);
        }
      });
    });
  }
}
customElements.define('copy-button', CopyButton);

// `toggle` does not bubble, so it is caught on its way down.
document.addEventListener(
  'toggle',
  (event) => {
    const details = event.target;
    if (details instanceof HTMLDetailsElement && details.open && details.dataset['embed'] !== undefined)
      void import('./embed-code.ts').then(({ fillEmbedCode }) => fillEmbedCode(details));
  },
  true,
);
