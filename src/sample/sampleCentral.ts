/**
 * The sample municipality shipped as examples/central.xlsx, a synthetic one of any size for
 * measuring, and the writer of a central workbook in the documented layout.
 */
import ExcelJS from "exceljs";
import { exactSum } from "../core";
import type { Central, CentralDepartment, CentralSettings } from "../workbooks/central/central";
import { CENTRAL_SHEET } from "../workbooks/central/central";
import { dateOfIso } from "../workbooks/dates";
import { amountFormat } from "../workbooks/messageFormat";
import { columnLetter } from "../workbooks/departmentLayout";
import { fractionPercentFormat } from "../workbooks/generate/quotaSheet";
import { percentFormat } from "../text/number";

const SAMPLE_SETTINGS: CentralSettings = {
  municipality: "Eksempel Kommune",
  budgetYear: 2027,
  outlineYears: 3,
  rate: 0.01,
  decimals: 1,
  unit: "mio. kr.",
  deadline: "2026-04-10",
  contact: "Økonomi og Finans, Jens Hansen, jens.hansen@eksempel.dk, 8940 2000",
  proposalRows: 40,
  password: null,
};

/** Six departments with the administrative key of the domain's worked example; amounts in mio. kr. */
export function sampleCentral(): Central {
  const departments: [string, string, number, number, number][] = [
    ["MSB", "Sociale Forhold og Beskæftigelse", 3412.6, 120, 0.284],
    ["MTM", "Teknik og Miljø", 1004.3, 85.5, 0.081],
    ["MSO", "Sundhed og Omsorg", 3950.8, 0, 0.135],
    ["MKB", "Kultur og Borgerservice", 712.4, 12.4, 0.068],
    ["MBU", "Børn og Unge", 5820.1, 0, 0.279],
    ["BA", "Borgmesterens Afdeling", 1190.7, 240, 0.153],
  ];
  return {
    settings: { ...SAMPLE_SETTINGS },
    departments: departments.map(([code, name, budget, exempt, key], i) => ({
      code,
      name,
      budget,
      exempt,
      key,
      row: i + 2,
    })),
    themes: [
      { name: "Indkøb og udbud", totals: [5, 10, 10, 10], row: 2 },
      { name: "Administration og digitalisering", totals: [2, 4, 6, 8], row: 3 },
    ],
    warnings: [],
  };
}

/** A municipality of `count` departments (D001, D002, ...) with varied budgets and the key left to be derived. */
export function syntheticCentral(count: number): Central {
  const departments: CentralDepartment[] = Array.from({ length: count }, (_, i) => ({
    code: `D${String(i + 1).padStart(3, "0")}`,
    name: `Afdeling ${i + 1}`,
    budget: Number(`${200 + ((i * 7919) % 4000)}.${i % 10}`),
    exempt: i % 4 === 0 ? 25 : 0,
    key: null,
    row: i + 2,
  }));
  return {
    settings: { ...SAMPLE_SETTINGS, municipality: "Målekommune" },
    departments,
    themes: [{ name: "Indkøb og udbud", totals: [20, 40, 40, 40], row: 2 }],
    warnings: [],
  };
}

function writeSettings(workbook: ExcelJS.Workbook, settings: CentralSettings): void {
  const sheet = workbook.addWorksheet(CENTRAL_SHEET.settings);
  sheet.columns = [{ width: 28 }, { width: 60 }];
  const rows: [string, ExcelJS.CellValue, string?][] = [
    ["Kommune", settings.municipality],
    ["Budgetår", settings.budgetYear, "0"],
    ["Antal overslagsår", settings.outlineYears, "0"],
    ["Sats", settings.rate, fractionPercentFormat(settings.rate)],
    ["Decimaler", settings.decimals, "0"],
    ["Enhed", settings.unit],
    ["Frist", dateOfIso(settings.deadline), "dd-mm-yyyy"],
    ["Kontakt", settings.contact],
    ["Forslagsrækker", settings.proposalRows, "0"],
    ["Adgangskode", settings.password ?? ""],
  ];
  rows.forEach(([label, value, numFmt], i) => {
    sheet.getCell(i + 1, 1).value = label;
    const cell = sheet.getCell(i + 1, 2);
    cell.value = value;
    cell.alignment = { horizontal: "left" };
    if (numFmt) cell.numFmt = numFmt;
  });
}

function writeDepartments(workbook: ExcelJS.Workbook, central: Central): void {
  const sheet = workbook.addWorksheet(CENTRAL_SHEET.departments, { views: [{ state: "frozen", ySplit: 1 }] });
  const amount = amountFormat(central.settings.decimals);
  sheet.columns = [{ width: 8 }, { width: 36 }, { width: 14 }, { width: 14 }, { width: 10 }];
  sheet.getRow(1).values = ["Kode", "Navn", "Budget", "Undtaget", "Nøgle"];
  sheet.getRow(1).font = { bold: true };
  central.departments.forEach((d, i) => {
    const row = sheet.getRow(i + 2);
    row.values = [d.code, d.name, d.budget, d.exempt, d.key ?? undefined];
    row.getCell(3).numFmt = amount;
    row.getCell(4).numFmt = amount;
    if (d.key !== null) row.getCell(5).numFmt = fractionPercentFormat(d.key);
  });
  // A total row as finance sheets have one; the reader stops at "I alt".
  const total = sheet.getRow(central.departments.length + 2);
  const last = central.departments.length + 1;
  total.getCell(1).value = "I alt";
  total.font = { bold: true };
  const sums: [number, number[]][] = [
    [3, central.departments.map((d) => d.budget)],
    [4, central.departments.map((d) => d.exempt)],
  ];
  if (central.departments.every((d) => d.key !== null)) sums.push([5, central.departments.map((d) => d.key ?? 0)]);
  for (const [column, values] of sums) {
    const letter = columnLetter(column);
    total.getCell(column).value = { formula: `SUM(${letter}2:${letter}${last})`, result: exactSum(values) };
    total.getCell(column).numFmt = column === 5 ? percentFormat(1, "da") : amount;
  }
}

function writeThemes(workbook: ExcelJS.Workbook, central: Central): void {
  const sheet = workbook.addWorksheet(CENTRAL_SHEET.crossCutting);
  const { budgetYear, outlineYears, decimals } = central.settings;
  sheet.columns = [{ width: 36 }, ...Array.from({ length: outlineYears + 1 }, () => ({ width: 10 }))];
  sheet.getRow(1).values = ["Tema", ...Array.from({ length: outlineYears + 1 }, (_, y) => budgetYear + y)];
  sheet.getRow(1).font = { bold: true };
  central.themes.forEach((theme, i) => {
    const row = sheet.getRow(i + 2);
    row.values = [theme.name, ...theme.totals];
    theme.totals.forEach((_, y) => (row.getCell(y + 2).numFmt = amountFormat(decimals)));
  });
}

/** A central workbook in the layout that readCentral reads (docs/workbooks.md). */
export function writeCentralWorkbook(central: Central): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Råderum";
  writeSettings(workbook, central.settings);
  writeDepartments(workbook, central);
  writeThemes(workbook, central);
  return workbook;
}
