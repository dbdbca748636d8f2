/**
 * The core's public interface: what the doors (functions, task pane, workbooks, CLI) and the
 * benchmarks may use. The speed kernels and their helpers (allocate.ts's selection and mask paths,
 * shortDecimal.ts, exactInt.ts's arithmetic, the flow solver) stay behind these names, so they can
 * change without a door noticing. A name is added here when a door needs it, not before.
 */
/** InputError's sentences are src/core/messages.ts: the doors and the Danish catalogue import them from there. */
export { InputError, cellLabel, type ErrorKind, type Id, type Place } from "./errors";
export {
  compareDecimal,
  decimalOf,
  decimalToNumber,
  exactSum,
  fractionDigits,
  multiplyDecimal,
  shiftDecimal,
  unitsToNumber,
} from "./decimal";
export { formatDanish } from "./danishFormat";
export { MAX_DECIMALS, isValidDecimals, roundHalfAway } from "./rounding";
export { parseNumberText } from "./numberText";
export { shapeOf, type Shape } from "./shape";
export { distribute, type DistributeInput } from "./distribute";
export { quotaPerDepartment } from "./quota";
export { keyFromBase } from "./key";
export { cumulative, gap, netEffect, payback, phaseIn } from "./programme";
export { DANISH_NORM_HOURS, fte, hoursFte } from "./fte";
export { checkSum } from "./check";
export { roundTableWithTotals } from "./roundTable";
export { roundTableGrouped, roundTableGroupedWithTotals, type GroupedRoundedTable } from "./roundTableGrouped";
export { buildTree, idKey, type NodeId, type Tree } from "./tree";
export { hierarchy, type HierarchyInput } from "./hierarchy";
export { readRateTable, reprice, levelRatio, lineKinds, kindIndex, type RateTable } from "./reprice";
export { demography } from "./demography";
