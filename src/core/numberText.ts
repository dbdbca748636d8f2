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
  const value = Number(percent ? percentText(canonical) : canonical);
  return Number.isFinite(value) ? value : undefined;
}

/** A plain decimal's text divided by 100, exactly: "28.4" is "28.4e-2" and "1e3" is "1e1". */
function percentText(plain: string): string {
  const e = plain.search(/e/i);
  if (e < 0) return `${plain}e-2`;
  const exponent = Number(plain.slice(e + 1));
  // An exponent this far out reads as 0 or Infinity either way; beyond 1e21 String would write its own e.
  const shifted = Math.abs(exponent) < 1e9 ? exponent - 2 : exponent;
  return `${plain.slice(0, e)}e${String(shifted)}`;
}
