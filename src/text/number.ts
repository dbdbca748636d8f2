/**
 * Numbers as a reader sees them: one place that groups thousands and sets the decimal mark, for
 * messages, the task pane, the log sheet and the sheets' number formats. Display only: every
 * amount printed here was computed elsewhere, exactly; nothing here does arithmetic on money.
 */

/**
 * An exact decimal, coef × 10^exp, as the core keeps it: coef's digits in base-10^7 limbs, least
 * significant first (core/exactInt.ts). Declared by shape so that src/text imports nothing.
 */
export interface ExactDecimal {
  readonly coef: { readonly sign: -1 | 0 | 1; readonly limbs: readonly number[] };
  readonly exp: number;
}

/**
 * A number as a Danish reader writes it in a message: `.` groups thousands and `,` is the decimal
 * mark (1.234,5). A double is printed as its shortest decimal (String(x) is the shortest that reads
 * back the same), and an exact decimal as it is, so 1,1 × 100 shows as 110, not 110.00000000000001.
 */
export function formatDanish(value: number | ExactDecimal): string {
  let digits: string;
  let exp = 0;
  let negative: boolean;
  if (typeof value === "number") {
    if (!isFinite(value)) return String(value);
    negative = value < 0;
    digits = String(negative ? -value : value);
    const e = digits.indexOf("e");
    if (e >= 0) {
      exp = +digits.slice(e + 1);
      digits = digits.slice(0, e);
    }
    const dot = digits.indexOf(".");
    if (dot >= 0) {
      exp -= digits.length - dot - 1;
      digits = (digits.slice(0, dot) + digits.slice(dot + 1)).replace(/^0+(?=\d)/, "");
    }
  } else {
    const limbs = value.coef.limbs;
    negative = value.coef.sign < 0;
    exp = value.exp;
    digits = limbs.length ? String(limbs[limbs.length - 1]) : "0";
    for (let i = limbs.length - 2; i >= 0; i--) digits += ("000000" + String(limbs[i])).slice(-7);
  }
  // Beyond 21 digits a number is shown as Excel shows it (1E+308, 5E-324), not in 300 digits.
  if (digits !== "0" && (exp + digits.length > 21 || exp + digits.length < -20)) return scientific(negative, digits, exp);
  let whole = digits;
  let fraction = "";
  if (exp > 0) whole += "0".repeat(exp);
  else if (exp < 0) {
    // No padStart: the functions bundle runs on ES2016.
    if (whole.length < -exp + 1) whole = "0".repeat(-exp + 1 - whole.length) + whole;
    fraction = whole.slice(exp).replace(/0+$/, "");
    whole = whole.slice(0, exp);
  }
  const text = fraction ? `${groupThousands(whole, ".")},${fraction}` : groupThousands(whole, ".");
  return negative && text !== "0" ? `-${text}` : text;
}

/** d,ddd…E±n with a decimal comma, as Danish Excel shows a number too long to print in full. */
function scientific(negative: boolean, digits: string, exp: number): string {
  const power = exp + digits.length - 1;
  const rest = digits.slice(1).replace(/0+$/, "");
  const mantissa = rest ? `${digits.charAt(0)},${rest}` : digits.charAt(0);
  return `${negative ? "-" : ""}${mantissa}E${power < 0 ? "-" : "+"}${Math.abs(power)}`;
}

/** Whole-number digits with a separator every three from the right: "1234567" → "1.234.567". */
export function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, separator);
}
