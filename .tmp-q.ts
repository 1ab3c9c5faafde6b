import neo4j from "neo4j-driver";
const driver = neo4j.driver(`bolt://127.0.0.1:${process.env.NEO4J_LOCAL_BOLT_PORT}`, undefined, { disableLosslessIntegers: true });
const s = driver.session();
const r = await s.run(process.argv[2]!);
for (const rec of r.records) console.log(JSON.stringify(rec.toObject()));
await s.close(); await driver.close();
