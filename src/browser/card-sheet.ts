/**
 * On a phone an annotation's card opens as a sheet along the bottom of the screen (global.css).
 * When the sheet would cover the mark it was opened from, the page scrolls just enough to show
 * the mark above it. Without this script the card still opens; the mark may be under it.
 */
const PHONE = '(max-width: 40rem)';
const GAP = 12;

export function keepMarkAboveCardSheet(): void {
  // `toggle` does not bubble: listen while it passes down to the card.
  document.addEventListener(
    'toggle',
    (event) => {
      const card = event.target;
      if (!(card instanceof HTMLElement) || (event as ToggleEvent).newState !== 'open' || !card.matches('.ann-notes > ol > li') || !matchMedia(PHONE).matches) return;
      const button = document.querySelector(`[popovertarget="${CSS.escape(card.id)}"]`);
      if (!button) return;
      const covered = button.getBoundingClientRect().bottom + GAP - card.getBoundingClientRect().top;
      if (covered > 0) window.scrollBy({ top: covered });
    },
    true,
  );
}
