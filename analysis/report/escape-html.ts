/**
 * Text made safe for HTML content and attribute values.
 *
 * @example
 * escapeHtml('Don\'t know <b>') // 'Don&#39;t know &lt;b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
