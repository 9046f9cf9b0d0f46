/** The header's theme menu (ThemeSelect.astro), loaded with BaseLayout's script. */
class ThemeSelect extends HTMLElement {
  connectedCallback(): void {
    const key = this.dataset['key'] ?? 'theme';
    const select = this.querySelector('select');
    if (!select) return;
    select.value = document.documentElement.dataset['theme'] ?? 'auto';
    select.addEventListener('change', () => {
      const theme = select.value;
      if (theme === 'light' || theme === 'dark') document.documentElement.dataset['theme'] = theme;
      else delete document.documentElement.dataset['theme'];
      try {
        if (theme === 'auto') localStorage.removeItem(key);
        else localStorage.setItem(key, theme);
      } catch {
        // Storage can be blocked; the choice then lasts for this page only.
      }
    });
  }
}
customElements.define('theme-select', ThemeSelect);
