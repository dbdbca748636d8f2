const DANISH = /^[+-]?(?:[1-9]\d{0,2}(?:[.\u00a0 ]\d{3})+|\d+)(?:,\d+)?$/;
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * A number typed or pasted as text. Danish format first (`.` groups thousands, `,` is the decimal
 * mark, so "1.000" is one thousand); then a plain decimal with a point ("1234.5"). A trailing %
 * divides by 100 ("28,4 %" is 0.284). A leading group of 0 is not grouping: "0.500" is the point
 * decimal 0,5 (FUNCTIONS.md). Returns undefined for anything else.
 */
export function parseNumberText(text: string): number | undefined {
  let body = text.trim().replace(/^\u2212/, "-");
  let percent = false;
  if (body.endsWith("%")) {
    percent = true;
    body = body.slice(0, -1).trim();
  }
  let canonical: string;
  if (DANISH.test(body)) canonical = body.replace(/[.\u00a0 ]/g, "").replace(",", ".");
  else if (PLAIN.test(body)) canonical = body;
  else return undefined;
  // Shifting the exponent in the text keeps "28,4 %" exactly 0.284 instead of 28.4 / 100.
  const value = Number(percent ? `${canonical}e-2` : canonical);
  return Number.isFinite(value) ? value : undefined;
}
