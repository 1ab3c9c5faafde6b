import neo4j from "neo4j-driver";
import fs from "node:fs";
const driver = neo4j.driver(`bolt://127.0.0.1:${process.env.NEO4J_LOCAL_BOLT_PORT}`);
const text = fs.readFileSync(process.argv[2]!, "utf8");
const params = JSON.parse(process.argv[3]!);
for (const k of Object.keys(params)) if (Number.isInteger(params[k])) params[k] = neo4j.int(params[k]);
const s = driver.session();
const t0 = Date.now();
const r = await s.run("PROFILE " + text, params);
console.log("ms", Date.now() - t0, "rows", r.records.length);
let total = 0;
function walk(p: any, d = 0) { total += p.dbHits; if (p.dbHits > Number(process.argv[4] ?? 0) || d < 2) console.log(" ".repeat(d) + p.operatorType, p.dbHits, p.rows, (p.arguments?.Details ?? "").replace(/\s+/g, " ").slice(0, 140)); for (const c of p.children) walk(c, d + 1); }
walk(r.summary.profile);
console.log("total", total);
await s.close(); await driver.close();
