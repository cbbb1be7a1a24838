/**
 * The widget's size and colours, as the charts need them: the host's width (the first measurement in the next task,
 * later ones after 120 ms of quiet, changes under 8 px ignored) whether the page is in dark mode (on screen: printed,
 * it is light, and a drawn chart is drawn again light), and
 * the chart theme read from the host's custom properties (light or dark).
 *
 * The width never feeds back into itself: the host takes its width from its container, never from its content.
 * Its content is size-contained in the inline axis (`.root { contain: inline-size }` in plan-chart.styles.ts), and
 * its intrinsic widths come from a strut alone (min-content 40 px, max-content DEFAULT_WIDTH): in a table cell, a
 * float, an inline-block, a flex item, a grid `auto` column or an absolutely positioned box the widget is as wide as
 * the space it is given, up to 640 px when that space itself shrinks to fit, and a drawn chart cannot widen it.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Theme} from '../../charts/rows.js';
import {DEFAULT_THEME} from '../../charts/palettes.js';

/** The width a widget takes where its container shrinks to fit its content (px): see the strut in the styles. */
export const DEFAULT_WIDTH = 640;

export class HostSizeController implements ReactiveController {
  /** The host's content-box width in px; 0 until measured. */
  width = 0;
  dark = false;
  private observer?: ResizeObserver;
  private timer?: ReturnType<typeof setTimeout>;
  private scheme?: MediaQueryList;
  private readonly onScheme = () => {
    this.dark = !!this.scheme?.matches;
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0].contentRect.width);
      if (Math.abs(w - this.width) < 8) return;
      clearTimeout(this.timer);
      // Never within the observer's own delivery: an update there would resize the host again ("ResizeObserver
      // loop completed with undelivered notifications").
      this.timer = setTimeout(
        () => {
          this.width = w;
          this.host.requestUpdate();
        },
        this.width === 0 ? 0 : 120,
      );
    });
    this.observer.observe(this.host);
    this.scheme = matchMedia('screen and (prefers-color-scheme: dark)');
    this.dark = this.scheme.matches;
    this.scheme.addEventListener('change', this.onScheme);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.timer);
    this.scheme?.removeEventListener('change', this.onScheme);
  }

  /** The chart colours and font: the host's custom properties (light or dark), with the defaults as fallbacks. */
  theme(): Theme {
    const cs = getComputedStyle(this.host);
    const d = DEFAULT_THEME;
    const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
    return {
      font: v('--_font', d.font),
      fontSize: parseFloat(v('--_size', '')) || d.fontSize,
      text: v('--_text', d.text),
      muted: v('--_muted', d.muted),
      track: v('--_track', d.track),
      grid: v('--_grid', d.grid),
      target: v('--_target', d.target),
      zone: v('--_zone', d.zone),
      background: v('--_bg', d.background),
      status: {
        met: v('--_met', d.status.met),
        not_met: v('--_not-met', d.status.not_met),
        not_due: v('--_not-due', d.status.not_due),
        no_data: v('--_no-data', d.status.no_data),
      },
      periods: {before: v('--_before', d.periods.before), after: v('--_after', d.periods.after)},
      national: v('--_national', d.national),
    };
  }
}
