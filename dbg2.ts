import "reflect-metadata";
import { parse, execute } from "graphql";
import { createSchema } from "./src/schema.js";
const schema = await createSchema();
const fakeCtx: any = { executor: { read: async (q: any, p: any) => { console.log(q.text); console.log(JSON.stringify(p)); return []; } } };
const res = await execute({ schema, document: parse(process.argv[2]!), contextValue: fakeCtx, variableValues: JSON.parse(process.argv[3] ?? "{}") });
console.log(JSON.stringify(res.errors?.map(e => [e.message, e.originalError?.stack?.slice(0,800)])));
