/**
 * The sample's first department (MSB) as it comes back: its generated workbook filled in with
 * proposals, for the tests that consolidate one returned workbook (the catalogue, negotiation, log).
 */
import { fillDepartmentWorkbook, generateDepartmentWorkbooks, type ProposalInput } from "../../src/workbooks";
import { sampleCentral } from "../../src/sample/sampleCentral";
import { RUN_TIME } from "../unit/workbooks-helpers";

/** Two proposals, mio. kr. 2027–2030: 20,1 + 12,9 = 33,0 in the first year. */
export const MSB_PROPOSALS: readonly ProposalInput[] = [
  { title: "Samling af jobcentre", kind: "efficiency", amounts: [20.1, 25, 25, 25] },
  { title: "Ny takst", kind: "revenue", amounts: [12.9, 7.9, 7.9, 7.9] },
];

export async function filledMsb(
  proposals: readonly ProposalInput[] = MSB_PROPOSALS,
): Promise<{ name: string; bytes: Uint8Array }> {
  const generated = await generateDepartmentWorkbooks(sampleCentral(), { now: RUN_TIME });
  const msb = generated.files[0];
  if (!msb || msb.department !== "MSB") throw new Error("the sample's first department workbook is not MSB's");
  return { name: msb.name, bytes: await fillDepartmentWorkbook(msb.bytes, { proposals: [...proposals] }) };
}
