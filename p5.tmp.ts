import { roundTable } from "./src/core/roundTable";
let seed = 12345;
const next = (): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const values = Array.from({ length: 2000 }, () => Array.from({ length: 100 }, () => Math.round((next() - 0.3) * 2e9) / 100));
for (let i=0;i<4;i++){const t=performance.now(); roundTable(values,-5); console.log('total',performance.now()-t);}
