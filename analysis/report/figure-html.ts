import { escapeHtml } from './escape-html';

/**
 * An embedded image with its caption. The source must be a `data:` URI, so that the page stays
 * self-contained.
 *
 * @example
 * figureHtml({ dataUri: pngDataUri(bytes), width: 900, height: 500 }, 'Diverging bar chart of the Likert items', 'Percentages of n …')
 */
export function figureHtml(image: { dataUri: string; width: number; height: number }, alt: string, caption?: string): string {
  if (!image.dataUri.startsWith('data:')) throw new Error('figureHtml takes data: URIs only (the report must be self-contained)');
  const text = caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : '';
  return `<figure><img src="${image.dataUri}" width="${image.width}" height="${image.height}" alt="${escapeHtml(alt)}">${text}</figure>`;
}

/**
 * PNG bytes as a data URI.
 *
 * @example
 * pngDataUri(renderChartToPng(config)) // 'data:image/png;base64,iVBORw0KGgo…'
 */
export function pngDataUri(png: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < png.length; i += 0x8000) binary += String.fromCharCode(...png.subarray(i, i + 0x8000));
  return `data:image/png;base64,${btoa(binary)}`;
}
