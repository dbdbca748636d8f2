import {
  checkSum,
  cumulative,
  fte,
  gap,
  hoursFte,
  netEffect,
  payback,
  phaseIn,
  quotaPerDepartment,
} from "../../src/core";

describe("quota per department (DOMAIN.md worked example, rate 2 %, one decimal)", () => {
  const result = quotaPerDepartment([100, 55.5, -3], [0, 10, -3], 0.02, 1);
  test("bases 100,0 · 45,5 · 0,0 and quotas 2,0 · 0,9 · 0,0 adding up to 2,9", () => {
    expect(result.basis).toEqual([100, 45.5, 0]);
    expect(result.quota).toEqual([2, 0.9, 0]);
    expect(result.totalBasis).toBe(145.5);
    expect(result.totalQuota).toBe(2.9);
  });

  test("a basis below zero gives 0, exempt omitted counts as 0", () => {
    expect(quotaPerDepartment([10, -5, 30], null, 0.1, 0).quota).toEqual([1, 0, 3]);
  });

  test("bases are exact decimals: 0,3 − 0,1 is 0,2", () => {
    expect(quotaPerDepartment([0.3], [0.1], 1, 1).basis).toEqual([0.2]);
  });

  test("the message prints the exact decimals, not binary noise", () => {
    expect(() => quotaPerDepartment([100], null, 1.1, 0)).toThrow(
      /^rate: is 1,1, which would be 110 %\. If you meant 1,1 %, .* 0,011\.$/,
    );
  });

  test("a rate written as 1,5 instead of 1,5 % says how to write it", () => {
    expect(() => quotaPerDepartment([100], null, 1.5, 0)).toThrow(
      "rate: is 1,5, which would be 150 %. If you meant 1,5 %, write it with the % sign or as the fraction 0,015.",
    );
    expect(() => quotaPerDepartment([100], null, -0.01, 0)).toThrow(/^rate: is -0,01\. /);
  });
});

describe("programmes: net effect, cumulative, payback (DOMAIN.md worked example)", () => {
  test("gains 0,0/2,0/4,5 and costs -1,5/-1,0/-0,5 give net -1,5/1,0/4,0", () => {
    expect(netEffect([[0, 2, 4.5]], [[-1.5, -1, -0.5]])).toEqual([[-1.5, 1, 4]]);
  });

  test("cumulative -1,5/-0,5/3,5 and payback in the third year", () => {
    expect(cumulative([-1.5, 1, 4])).toEqual([-1.5, -0.5, 3.5]);
    expect(payback([-1.5, 1, 4])).toBe(3);
  });

  test("sums are exact decimals, not binary floating point", () => {
    expect(netEffect([[0.1]], [[0.2]])).toEqual([[0.3]]);
    expect(cumulative([0.1, 0.2, 0.3])).toEqual([0.1, 0.3, 0.6]);
    expect(0.1 + 0.2).not.toBe(0.3);
  });

  test("payback at once, and never", () => {
    expect(payback([0, -1])).toBe(1);
    expect(payback([-1, 0.5, 0.4])).toBeNull();
  });

  test("a running sum that reaches exactly 0 has paid back", () => {
    expect(payback([-0.3, 0.1, 0.2])).toBe(3);
  });
});

describe("phase-in and gap", () => {
  test("PHASEIN(2000; 25 % | 50 % | 100 % | 100 %) gives 500 | 1000 | 2000 | 2000", () => {
    expect(phaseIn(2000, [0.25, 0.5, 1, 1])).toEqual([500, 1000, 2000, 2000]);
  });

  test("phase-in rounded half away from zero", () => {
    expect(phaseIn(1000.5, [1 / 3, 0.5], 0)).toEqual([333, 500]);
    expect(phaseIn(-5, [0.5], 0)).toEqual([-3]);
  });

  test("GAP(50000; themes × years) subtracts each year's column sum", () => {
    expect(
      gap(
        [50000, 50000],
        [
          [10000, 20000],
          [15000.5, 0],
        ],
      ),
    ).toEqual([24999.5, 30000]);
  });
});

describe("FTE and CHECK", () => {
  test("10.000 invoices × 15 minutes = 2.500 hours = 1,30 FTE by the 1.924-hour norm", () => {
    expect(hoursFte(2500)).toBe(2500 / 1924);
    expect(hoursFte(2500).toFixed(2)).toBe("1.30");
    expect(hoursFte(1924, 1924)).toBe(1);
    expect(() => hoursFte(10, 0)).toThrow(/^normHours: is 0/);
  });

  test("a saving divided by an average salary; a salary of 0 is refused", () => {
    expect(fte(900_000, 450_000)).toBe(2);
    expect(() => fte(900_000, 0)).toThrow(/^averageSalary: is 0\. An average salary is above 0/);
  });

  test("the published table 0,57 + 0,16 + 0,27 + 0,14 + 0,56 + 0,31 against 2,00 is off by 0,01: within 7 × ½ hundredth", () => {
    expect(checkSum([0.57, 0.16, 0.27, 0.14, 0.56, 0.31], 2, 2)).toBe(0);
  });

  test("a catalogue row whose net is not gains + costs beyond rounding is flagged with the difference", () => {
    // gains 4,5 + costs -0,5 = 4,0 but printed 4,2: off by 0,2, beyond 3 × 0,05
    expect(checkSum([4.5, -0.5], 4.2, 1)).toBe(-0.2);
    // 0,1 off is within 3 × 0,05 = 0,15: three printed figures may each be half a tenth off
    expect(checkSum([4.5, -0.5], 4.1, 1)).toBe(0);
    // exactly at the tolerance of 3 × 0,05 = 0,15 is still rounding
    expect(checkSum([4.5, -0.5], 4.15, 1)).toBe(0);
    expect(checkSum([4.5, -0.5], 4.16, 1)).toBe(-0.16);
    // a 200.000 kr. misplaced line in whole kr.
    expect(checkSum([1_000_000, 500_000], 1_700_000, 0)).toBe(-200_000);
  });
});
