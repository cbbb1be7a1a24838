/**
 * Draws a model's panels with the chart engine: waits until the widget comes near the viewport, loads the engine
 * (once per page), draws each panel into its container with its tooltip, clicks and rows for the keyboard (see
 * vega-runtime.ts). What it draws it tears down
 * (vega-embed's `Result.finalize()`): before drawing anew, when the widget leaves the document, and on request.
 * A widget that comes back after a move is drawn again. Widgets below the fold are drawn in the background once the
 * page is quiet, and all at once before printing (background-draw.ts).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Spec, View as VegaView} from 'vega-typings';
import type {ViewModel} from '../../charts/build.js';
import {loadVega} from '../vega-loader.js';

export interface ChartHandlers {
  /** The panels are drawn (the widget moves to its `drawn` stage). */
  drawn(model: ViewModel): void;
  /** Loading the engine or drawing failed. */
  failed(error: unknown): void;
  /** A mark was clicked, or a row chosen with the keyboard: its target id, and the row's focusable element. */
  select(targetId: string, from?: HTMLElement): void;
}

/** What a draw leaves on the page, and how to take it down. */
export interface Drawing {
  model: ViewModel;
  views: VegaView[];
  specs: Spec[];
  finalize(): void;
}

/**
 * The widgets waiting for the reader before they draw, each with what starts its drawing now: the page's background
 * drawing and printing (background-draw.ts, loaded with the body) take them from here.
 */
export const waiting = new Map<HTMLElement, () => void>();

export class ChartController implements ReactiveController {
  /** The current drawing, once the panels are on the page. */
  drawing: Drawing | null = null;
  /** The model being drawn or drawn: `sync` with the same model does nothing. */
  private target: ViewModel | null = null;
  private drawId = 0;
  /** A chart was drawn (or being drawn) when the widget left the document. */
  private torn = false;
  private near?: Promise<void>;
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly on: ChartHandlers,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back after a move: what was drawn was torn down when the widget left; the next update draws it again.
    if (this.torn) {
      this.torn = false;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.torn = this.target !== null;
    this.clear();
    this.observer?.disconnect();
    this.observer = undefined;
    this.near = undefined;
    waiting.delete(this.host);
  }

  /** Fetches the chart engine once the widget nears the viewport, before there is anything to draw. */
  prefetch(): void {
    void this.nearViewport()
      .then(() => loadVega())
      .catch(() => {
        // A failed fetch is reported by the draw that needs it.
      });
  }

  /** Draws `model` into `root`'s `.vis` containers unless it is already drawn or being drawn. */
  sync(model: ViewModel, root: ParentNode): void {
    if (model === this.target) return;
    this.target = model;
    void this.draw(model, root, ++this.drawId);
  }

  /** Takes the drawing down (a table or message replaces the chart). */
  clear(): void {
    this.drawId++;
    this.target = null;
    this.drawing?.finalize();
    this.drawing = null;
  }

  private async draw(model: ViewModel, root: ParentNode, id: number): Promise<void> {
    // The engine is fetched only when a widget comes near the viewport: an article with ten charts down the page
    // loads it once, when the reader gets there.
    await this.nearViewport();
    if (id !== this.drawId) return;
    let drawing: Drawing;
    try {
      const rt = await loadVega();
      if (id !== this.drawId) return;
      const containers = [...root.querySelectorAll<HTMLElement>('.vis')];
      if (containers.length !== model.panels.length) return;
      // The new views reuse the containers' SVG elements: the old views are finalized first.
      this.drawing?.finalize();
      this.drawing = null;
      const drawn = await rt.drawPanels(
        root.querySelector<HTMLElement>('.root')!,
        containers,
        model.panels,
        (t, from) => this.on.select(t, from),
      );
      drawing = {model, ...drawn};
    } catch (e) {
      if (id === this.drawId) this.on.failed(e);
      return;
    }
    if (id !== this.drawId) {
      drawing.finalize();
      return;
    }
    this.drawing = drawing;
    this.on.drawn(model);
  }

  private nearViewport(): Promise<void> {
    // loading="eager" (as on <img>): drawn at once, wherever it is (a builder's preview, a page made for print).
    if (typeof IntersectionObserver === 'undefined' || this.host.getAttribute('loading') === 'eager')
      return Promise.resolve();
    this.near ??= new Promise<void>((resolve) => {
      const go = () => {
        io.disconnect();
        waiting.delete(this.host);
        resolve();
      };
      const io = (this.observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && go(), {
        rootMargin: '400px 0px',
      }));
      io.observe(this.host);
      waiting.set(this.host, go);
    });
    return this.near;
  }
}
