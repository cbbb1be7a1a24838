/**
 * A Vega tooltip handler that renders inside the widget's shadow root: text only (a source title with markup
 * shows its characters), styled by the widget's own stylesheet, no <style> injected into the page. Given the
 * hovered row's band (client coordinates), the tooltip sits below the band, or above it where the viewport has no
 * room below, never over the row it describes; without one, under the pointer.
 */
export function createTooltip(
  container: HTMLElement,
): (handler: unknown, event: MouseEvent, item: unknown, value: unknown, band?: {top: number; bottom: number}) => void {
  let el = container.querySelector<HTMLDivElement>(':scope > .tooltip');
  if (!el) {
    el = document.createElement('div');
    el.className = 'tooltip';
    el.setAttribute('role', 'tooltip');
    el.hidden = true;
    container.appendChild(el);
  }
  const tip = el;
  return (_handler, event, _item, value, band) => {
    const el = tip;
    if (value === null || value === undefined || value === '') {
      el.hidden = true;
      return;
    }
    el.replaceChildren();
    if (typeof value === 'object') {
      const dl = document.createElement('dl');
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        const dt = document.createElement('dt');
        dt.textContent = k;
        const dd = document.createElement('dd');
        dd.textContent = String(v);
        dl.append(dt, dd);
      }
      el.append(dl);
    } else el.textContent = String(value);
    el.hidden = false;
    const box = container.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    const w = el.offsetWidth;
    el.style.left = `${Math.max(0, Math.min(x + 12, box.width - w - 4))}px`;
    if (!band) {
      el.style.top = `${y + 16}px`;
      return;
    }
    const h = el.offsetHeight;
    const gap = 6;
    const below = window.innerHeight - band.bottom - gap;
    const above = band.top - gap;
    const under = below >= h || below >= above;
    el.style.top = `${(under ? band.bottom + gap : band.top - gap - h) - box.top}px`;
  };
}
