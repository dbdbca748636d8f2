/**
 * Times generation and consolidation for a synthetic municipality, for the benchmarks: N
 * department workbooks generated, each filled with a few proposals (not timed), then all consolidated.
 */
import { consolidate } from "../workbooks/consolidate/consolidate";
import { fillDepartmentWorkbook, type ProposalInput } from "../workbooks/generate/fill";
import { generateDepartmentWorkbooks, type Progress } from "../workbooks/generate/generate";
import { syntheticCentral } from "../sample/sampleCentral";

export interface WorkbookTimings {
  departments: number;
  proposals: number;
  /** Seconds to build every department workbook's bytes. */
  generateSeconds: number;
  /** Seconds to read every returned workbook and build the consolidation. */
  consolidateSeconds: number;
  /** Bytes of all generated workbooks together. */
  generatedBytes: number;
}

export interface MeasureOptions {
  departments?: number;
  proposalsPerDepartment?: number;
  onProgress?: (phase: "generate" | "fill" | "consolidate", ...progress: Parameters<Progress>) => void;
}

function sampleProposals(count: number, years: number): ProposalInput[] {
  return Array.from({ length: count }, (_, i) => ({
    title: `Forslag ${i + 1}`,
    description: "Samling af opgaver og færre licenser.",
    kind: i % 3 === 0 ? "revenue" : "efficiency",
    amounts: Array.from({ length: years }, (_, y) => (i + 1) * (y + 1)),
    fte: -(i % 3),
    service: "Ingen.",
    staff: "Færre stillinger ved naturlig afgang.",
  }));
}

export async function measureDepartmentWorkbooks(options: MeasureOptions = {}): Promise<WorkbookTimings> {
  const central = syntheticCentral(options.departments ?? 100);
  const years = central.settings.outlineYears + 1;
  const startGenerate = performance.now();
  const generated = await generateDepartmentWorkbooks(central, {
    onProgress: (...progress) => options.onProgress?.("generate", ...progress),
  });
  const generateSeconds = (performance.now() - startGenerate) / 1000;
  const proposals = sampleProposals(options.proposalsPerDepartment ?? 5, years);
  const returned = [];
  for (const file of generated.files) {
    returned.push({ name: file.name, bytes: await fillDepartmentWorkbook(file.bytes, { proposals }) });
    options.onProgress?.("fill", returned.length, generated.files.length, file.name);
  }
  const startConsolidate = performance.now();
  const consolidation = await consolidate(returned, {
    onProgress: (...progress) => options.onProgress?.("consolidate", ...progress),
  });
  const consolidateSeconds = (performance.now() - startConsolidate) / 1000;
  return {
    departments: generated.files.length,
    proposals: consolidation.proposals.length,
    generateSeconds,
    consolidateSeconds,
    generatedBytes: generated.files.reduce((sum, file) => sum + file.bytes.length, 0),
  };
}
