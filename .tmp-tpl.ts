import neo4j from "neo4j-driver";
import { cypherTemplate } from "./src/db/cypher.js";
const driver = neo4j.driver(`bolt://127.0.0.1:${process.env.NEO4J_LOCAL_BOLT_PORT}`);
const [name, slots, paramsText, min] = process.argv.slice(2);
const text = cypherTemplate(name!, JSON.parse(slots!)).text;
const params = JSON.parse(paramsText!);
for (const k of Object.keys(params)) if (Number.isInteger(params[k])) params[k] = neo4j.int(params[k]);
const s = driver.session();
const t0 = Date.now();
const r = await s.run("PROFILE " + text, params);
console.log("ms", Date.now() - t0, "rows", r.records.length, JSON.stringify(r.records.map((x) => (x.get("edges") as any[]).map((e) => e.node.id))).slice(0, 300));
let total = 0;
function walk(p: any, d = 0) { total += p.dbHits; if (p.dbHits >= Number(min ?? 0)) console.log(" ".repeat(d) + p.operatorType, p.dbHits, p.rows, (p.arguments?.Details ?? "").replace(/\s+/g, " ").slice(0, 120)); for (const c of p.children) walk(c, d + 1); }
walk(r.summary.profile);
console.log("total", total);
await s.close(); await driver.close();
