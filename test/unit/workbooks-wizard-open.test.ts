/**
 * "Åbn i Excel" in the department workbooks wizard: the generated workbooks opened one at a time
 * through WorkbookApi.openWorkbook (here the in-memory workbook, which records what it was given),
 * with progress n of N, and a refusal named by its file without stopping the others.
 */
import { WorkbookError } from "../../src/sheet/errors";
import { createMemoryWorkbookApi, type OpenedWorkbook } from "../../src/excel/memory/memoryApi";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { openEach, openOutcomeNotice } from "../../src/taskpane/wizards/workbooks/openInExcel";
import { generateDepartmentWorkbooks } from "../../src/workbooks";
import { sampleCentral } from "../../src/sample/sampleCentral";
import { RUN_TIME } from "./workbooks-helpers";

function recordingApi(refuse?: string) {
  const opened: OpenedWorkbook[] = [];
  const api = createMemoryWorkbookApi(createSampleMunicipality(), {
    onOpen: (file) => {
      // As Excel does with a file its policy or its reader will not take.
      if (file.name === refuse) throw new WorkbookError("excelFailed", file.name, "The file is corrupt.");
      opened.push(file);
    },
  });
  if (!api.openWorkbook) throw new Error("the recording memory workbook should open workbooks");
  return { open: api.openWorkbook.bind(api), opened };
}

describe("opening the generated workbooks in Excel", () => {
  test("every workbook is opened in turn with its own bytes, and the progress counts 1 to N", async () => {
    const { files } = await generateDepartmentWorkbooks(sampleCentral(), { now: RUN_TIME });
    const { open, opened } = recordingApi();
    const progress: string[] = [];
    const outcome = await openEach(files, open, (n, total, name) => progress.push(`${n}/${total} ${name}`));
    const names = ["2027-MSB.xlsx", "2027-MTM.xlsx", "2027-MSO.xlsx", "2027-MKB.xlsx", "2027-MBU.xlsx", "2027-BA.xlsx"];
    expect(files.map((f) => f.name)).toEqual(names);
    expect(progress).toEqual(names.map((name, i) => `${i + 1}/6 ${name}`));
    expect(outcome).toEqual({ opened: names, refused: [] });
    expect(opened.map((o) => o.name)).toEqual(names);
    opened.forEach((o, i) => expect(Buffer.compare(o.bytes, files[i]?.bytes ?? new Uint8Array())).toBe(0));

    const notice = openOutcomeNotice(outcome);
    expect(notice.intent).toBe("success");
    expect(notice.text.da).toBe(
      "Åbnet 6 skemaer i Excel, hvert i sit eget vindue. De er ikke gemt endnu: gem hvert under sit filnavn, fx 2027-MSB.xlsx.",
    );
    expect(notice.text.en).toBe(
      "Opened 6 workbooks in Excel, each in its own window. They are not saved yet: save each under its file name, e.g. 2027-MSB.xlsx.",
    );
  });

  test("a file Excel refuses is named with Excel's words, and the files after it are still opened", async () => {
    const files = ["2027-MSB.xlsx", "2027-MTM.xlsx", "2027-MSO.xlsx"].map((name) => ({
      name,
      bytes: new Uint8Array([80, 75, 3, 4]),
    }));
    const { open, opened } = recordingApi("2027-MTM.xlsx");
    const outcome = await openEach(files, open);
    expect(opened.map((o) => o.name)).toEqual(["2027-MSB.xlsx", "2027-MSO.xlsx"]);
    expect(outcome.refused).toEqual([{ name: "2027-MTM.xlsx", reason: "The file is corrupt." }]);

    const notice = openOutcomeNotice(outcome);
    expect(notice.intent).toBe("error");
    expect(notice.text.da).toBe(
      [
        "Excel åbnede 2 af 3 skemaer. Disse afviste Excel:",
        '• 2027-MTM.xlsx: Excel svarede "The file is corrupt."',
        "Hent zip-filen i stedet, og åbn de afviste skemaer derfra.",
      ].join("\n"),
    );
    expect(notice.text.en).toBe(
      [
        "Excel opened 2 of 3 workbooks. It refused these:",
        '• 2027-MTM.xlsx: Excel said "The file is corrupt."',
        "Download the zip instead, and open the refused workbooks from there.",
      ].join("\n"),
    );
  });

  test("a refusal without words still names the file", async () => {
    const outcome = await openEach([{ name: "2027-BA.xlsx", bytes: new Uint8Array() }], () =>
      Promise.reject(new Error("  ")),
    );
    expect(outcome.refused).toEqual([{ name: "2027-BA.xlsx", reason: "" }]);
    expect(openOutcomeNotice(outcome).text.da).toContain("• 2027-BA.xlsx: Excel gav ingen grund");
  });

  test("one workbook is one, not 1 workbooks", () => {
    const one = openOutcomeNotice({ opened: ["2027-BA.xlsx"], refused: [] }).text;
    expect(one.da).toBe(
      "Åbnet 1 skema i et nyt Excel-vindue. Det er ikke gemt endnu: gem det under filnavnet 2027-BA.xlsx.",
    );
    expect(one.en).toBe(
      "Opened 1 workbook in a new Excel window. It is not saved yet: save it under the file name 2027-BA.xlsx.",
    );
  });

  test("the memory workbook opens nothing unless told where to record it, like an Excel before 1.8", () => {
    expect("openWorkbook" in createMemoryWorkbookApi(createSampleMunicipality())).toBe(false);
  });
});
