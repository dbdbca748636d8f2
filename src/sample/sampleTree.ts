/**
 * A small municipality's organisation as its chart-of-accounts export lists it, for trying
 * udmøntning (HIERARCHY) in the playground: three departments, ten areas and 40 cost centres, each
 * row with its id, name, parent and the cost centre's budget for 2025 in 1.000 kr. (blank on
 * departments and areas, whose budget is the sum of their cost centres). Departments have text
 * codes and the rest numbers, as such exports mix them. One cost centre has closed (budget 0).
 * Plain data: nothing here touches a workbook.
 */

export interface CostCentreRow {
  readonly id: string | number;
  readonly name: string;
  /** null: a department (top level). */
  readonly parent: string | number | null;
  /** 1.000 kr.; null on a department or an area. */
  readonly budget: number | null;
}

const department = (id: string, name: string): CostCentreRow => ({ id, name, parent: null, budget: null });
const area = (id: number, name: string, parent: string): CostCentreRow => ({ id, name, parent, budget: null });
const centre = (id: number, name: string, budget: number): CostCentreRow => ({
  id,
  name,
  parent: Math.floor(id / 100) * 100,
  budget,
});

export const SAMPLE_TREE: readonly CostCentreRow[] = [
  department("BUF", "Børn, Unge og Familie"),
  area(2100, "Dagtilbud", "BUF"),
  centre(2101, "Børnehuset Solstrålen", 18_450),
  centre(2102, "Vuggestuen Mælkebøtten", 12_320),
  centre(2103, "Børnehaven Skovly", 15_780),
  centre(2104, "Dagplejen", 22_610),
  centre(2105, "Fælles pulje, dagtilbud", 3_200),
  area(2200, "Skoler", "BUF"),
  centre(2201, "Nordskolen", 48_900),
  centre(2202, "Søndre Skole", 52_340),
  centre(2203, "Vestervang Skole", 39_870),
  centre(2204, "Byskolen", 61_250),
  centre(2205, "Specialklasser", 14_600),
  centre(2206, "SFO og fritidsordninger", 21_480),
  area(2300, "Familie og forebyggelse", "BUF"),
  centre(2301, "Familieafdelingen", 19_750),
  centre(2302, "PPR", 11_230),
  centre(2303, "Sundhedsplejen", 6_840),
  centre(2304, "Ungdomsskolen", 8_120),
  department("SOA", "Social og Ældre"),
  area(3100, "Hjemmepleje", "SOA"),
  centre(3101, "Hjemmepleje Nord", 34_560),
  centre(3102, "Hjemmepleje Syd", 31_980),
  centre(3103, "Sygeplejen", 18_720),
  centre(3104, "Nattevagten", 7_460),
  area(3200, "Plejecentre", "SOA"),
  centre(3201, "Plejecenter Egely", 42_310),
  centre(3202, "Plejecenter Lindegården", 38_950),
  centre(3203, "Plejecenter Åhaven", 29_870),
  area(3300, "Handicap og psykiatri", "SOA"),
  centre(3301, "Bostøtte", 16_240),
  centre(3302, "Botilbuddet Kastanjehuset", 22_890),
  centre(3303, "Værestedet", 3_450),
  centre(3304, "Aktivitetscentret", 5_610),
  area(3400, "Træning og hjælpemidler", "SOA"),
  centre(3401, "Genoptræning", 9_870),
  centre(3402, "Hjælpemiddeldepotet", 12_430),
  department("TMK", "Teknik, Miljø og Kultur"),
  area(4100, "Veje og grønne områder", "TMK"),
  centre(4101, "Vejdrift", 21_340),
  centre(4102, "Vintertjeneste", 6_500),
  centre(4103, "Parker og grønne områder", 8_760),
  centre(4104, "Trafiksikkerhed", 2_150),
  area(4200, "Ejendomme", "TMK"),
  centre(4201, "Bygningsvedligehold", 14_230),
  centre(4202, "Rengøring", 11_870),
  centre(4203, "Energi og forsyning", 9_450),
  area(4300, "Kultur og fritid", "TMK"),
  centre(4301, "Biblioteket", 10_980),
  centre(4302, "Musikskolen", 4_320),
  centre(4303, "Idrætsanlæg", 7_650),
  centre(4304, "Kulturhuset", 6_210),
  centre(4305, "Foreningspuljen (ophørt)", 0),
];

export const SAMPLE_TREE_YEARS = [2025, 2026, 2027, 2028] as const;

/** The savings the council adopted per department and year, in 1.000 kr., to be spread down the tree. */
export const ADOPTED_SAVINGS: readonly { readonly department: string; readonly amounts: readonly number[] }[] = [
  { department: "BUF", amounts: [2_500, 5_000, 7_500, 7_500] },
  { department: "SOA", amounts: [3_000, 6_000, 6_000, 6_000] },
  { department: "TMK", amounts: [1_200, 2_400, 3_100, 3_100] },
];

/** The tree as a sheet holds it, heading first: Id, Navn, Overordnet, Budget (blank cells as ""). */
export function sampleTreeSheet(): (string | number)[][] {
  return [
    ["Id", "Navn", "Overordnet", "Budget 2025 (1.000 kr.)"],
    ...SAMPLE_TREE.map((row) => [row.id, row.name, row.parent ?? "", row.budget ?? ""]),
  ];
}
