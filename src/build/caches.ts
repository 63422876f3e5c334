import type { TemplateCache } from '../brief/templates.js';
import { createTextCaches, type TextCaches } from '../brief/text-caches.js';
import { createChartCaches, type ChartCaches } from '../charts/render.js';

/** What rendering keeps between editions: parsed templates and chart specs, compiled charts, measured text. */
export interface RenderCaches {
  readonly charts: ChartCaches;
  readonly templates: TemplateCache;
  readonly text: TextCaches;
}

export const createRenderCaches = (): RenderCaches => ({ charts: createChartCaches(), templates: new Map(), text: createTextCaches() });
