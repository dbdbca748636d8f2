/**
 * openWorkbook of the Office.js adapter: Excel.createWorkbook (ExcelApi 1.8) given the .xlsx as
 * Base64. createWorkbook is a plain function outside Excel.run, so a small recorder stands in for it
 * (office-addin-mock only fakes request contexts); the Base64 it receives is decoded again with
 * node's own decoder and must give back every byte.
 */
import { WorkbookError } from "../../src/sheet/errors";
import { createOfficeWorkbookApi } from "../../src/excel/office/officeWorkbook";
import { bytesToBase64, OPEN_WORKBOOK_SET, openWorkbookSupported } from "../../src/excel/office/openWorkbook";

/** A batch runner that must not be called: opening a workbook is no Excel.run batch. */
const noRun = <T>(): Promise<T> => Promise.reject(new Error("openWorkbook should not need Excel.run"));

/** Bytes from a fixed linear congruential sequence: every byte value occurs, and the test repeats exactly. */
function pseudoRandomBytes(length: number, seed = 20261123): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

function recorder(): { created: string[]; create: (base64: string) => Promise<void> } {
  const created: string[] = [];
  return {
    created,
    create: (base64) => {
      created.push(base64);
      return Promise.resolve();
    },
  };
}

describe("bytesToBase64", () => {
  test.each([0, 1, 2, 3, 4, 0x8000 - 1, 0x8000, 0x8000 + 1, 3 * 0x8000 + 2])(
    "%i bytes encode as node's Base64 does, padding included",
    (length) => {
      const bytes = pseudoRandomBytes(length);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    },
  );

  test("a view into a larger buffer encodes only its own bytes", () => {
    const whole = pseudoRandomBytes(100);
    const view = whole.subarray(10, 20);
    expect(Buffer.from(bytesToBase64(view), "base64")).toEqual(Buffer.from(whole.slice(10, 20)));
  });
});

describe("openWorkbook over Excel.createWorkbook", () => {
  test("a 6 MB workbook reaches Excel as Base64 that decodes to exactly the same bytes", async () => {
    // Far beyond what one String.fromCharCode(...bytes) call survives: this is the stack overflow check.
    const bytes = pseudoRandomBytes(6 * 1024 * 1024 + 7);
    const excel = recorder();
    const api = createOfficeWorkbookApi({
      run: noRun,
      openWorkbookSupported: () => true,
      createWorkbook: excel.create,
    });
    if (!api.openWorkbook) throw new Error("openWorkbook should be there when ExcelApi 1.8 is");
    await api.openWorkbook(bytes, "2027-MSB.xlsx");
    expect(excel.created).toHaveLength(1);
    const base64 = excel.created[0] as string;
    // Canonical Base64 survives a decode and re-encode unchanged (a regex over 8 MB can overflow V8's stack).
    expect(Buffer.from(base64, "base64").toString("base64") === base64).toBe(true);
    const decoded = new Uint8Array(Buffer.from(base64, "base64"));
    expect(decoded.length).toBe(bytes.length);
    expect(Buffer.compare(decoded, bytes)).toBe(0);
  });

  test("Excel's refusal comes back as a WorkbookError about the file, in Excel's own words", async () => {
    const api = createOfficeWorkbookApi({
      run: noRun,
      openWorkbookSupported: () => true,
      createWorkbook: () =>
        Promise.reject(
          Object.assign(new Error("This operation is not allowed due to the extension hardening policy."), {
            code: "InvalidArgument",
          }),
        ),
    });
    const error = await api.openWorkbook?.(new Uint8Array([80, 75, 3, 4]), "2027-MTM.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({
      code: "excelFailed",
      subject: "2027-MTM.xlsx",
      message: "This operation is not allowed due to the extension hardening policy.",
    });
  });

  test("without ExcelApi 1.8 there is no openWorkbook, and Excel is never asked", () => {
    const excel = recorder();
    const api = createOfficeWorkbookApi({
      run: noRun,
      openWorkbookSupported: () => false,
      createWorkbook: excel.create,
    });
    expect("openWorkbook" in api).toBe(false);
    expect(excel.created).toEqual([]);
  });

  test("by default (no Office global, as in node) there is no openWorkbook and nothing throws", () => {
    expect(openWorkbookSupported()).toBe(false);
    expect("openWorkbook" in createOfficeWorkbookApi({ run: noRun })).toBe(false);
  });

  describe("with Office and Excel globals", () => {
    const global = globalThis as { Office?: unknown; Excel?: unknown };
    afterEach(() => {
      delete global.Office;
      delete global.Excel;
    });

    function officeWith(supported: Record<string, boolean>, asked: string[]): unknown {
      return {
        context: {
          requirements: {
            isSetSupported: (name: string, version?: string) => {
              asked.push(`${name} ${version ?? ""}`);
              return supported[`${name} ${version ?? ""}`] ?? false;
            },
          },
        },
      };
    }

    test("asks Office.context.requirements for ExcelApi 1.8 and then calls the global Excel.createWorkbook", async () => {
      const asked: string[] = [];
      const excel = recorder();
      // An Excel with 1.8 but not 1.9: open in Excel, but no live previews.
      global.Office = officeWith({ "ExcelApi 1.8": true }, asked);
      global.Excel = { createWorkbook: excel.create };
      const api = createOfficeWorkbookApi({ run: noRun });
      expect(asked).toContain(`${OPEN_WORKBOOK_SET.name} ${OPEN_WORKBOOK_SET.version}`);
      expect("onChange" in api).toBe(false);
      await api.openWorkbook?.(new Uint8Array([1, 2, 3, 250]), "2027-MSB.xlsx");
      expect(excel.created).toEqual([Buffer.from([1, 2, 3, 250]).toString("base64")]);
    });

    test("an Excel that answers no for 1.8 gets no openWorkbook", () => {
      global.Office = officeWith({ "ExcelApi 1.9": false }, []);
      expect(openWorkbookSupported()).toBe(false);
      expect("openWorkbook" in createOfficeWorkbookApi({ run: noRun })).toBe(false);
    });

    test("before Office.onReady (no Office.context) there is no openWorkbook and nothing throws", () => {
      global.Office = {};
      expect(openWorkbookSupported()).toBe(false);
    });
  });
});
