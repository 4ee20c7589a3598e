/**
 * `/` focuses the search box, as on many sites, unless the reader is typing somewhere.
 * Loads nothing: the search itself starts only when the form is used.
 */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null);

export function installSearchShortcut(doc: Document = document): void {
  doc.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
    const input = doc.querySelector<HTMLInputElement>('[data-search-input]');
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
