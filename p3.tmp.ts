import { roundTable } from "./src/core/roundTable";
import { Random, seedOf } from "./bench/random";
const random = new Random(seedOf("roundTable 2000 x 100"));
const values = Array.from({ length: 2000 }, () => Array.from({ length: 100 }, () => random.int(0, 50_000_000) * (random.next() < 0.2 ? -1 : 1)/1000));
for (let i=0;i<5;i++){const t=performance.now(); roundTable(values,1); console.log('total',performance.now()-t);}
