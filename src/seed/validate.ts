import fs from "node:fs";
import path from "node:path";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { ROOT } from "../config.js";
import { DATA_FILES, type DataKind, type Dataset } from "./files.js";
import { DataError, readDataFile, type DataFile } from "./read.js";
import { checkReferences } from "./references.js";

export const DATA_DIR = path.join(ROOT, "data");

/** The JSON Schemas always come from the project's data/schema, whatever folder the records are read from. */
function compileSchemas(): Map<string, ValidateFunction> {
  return compileAll().validators;
}

function compileAll(): { ajv: Ajv; validators: Map<string, ValidateFunction> } {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  const schemaDir = path.join(DATA_DIR, "schema");
  for (const file of fs.readdirSync(schemaDir).filter((name) => name.endsWith(".schema.json"))) {
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(schemaDir, file), "utf8")));
  }
  const validators = new Map<string, ValidateFunction>();
  for (const kind of Object.keys(DATA_FILES)) {
    const validate = ajv.getSchema(kind);
    if (!validate) throw new Error(`data/schema/${kind}.schema.json is missing`);
    validators.set(kind, validate);
  }
  return { ajv, validators };
}

let compiled: ReturnType<typeof compileAll> | undefined;

/**
 * Checks one record (e.g. a curator's input through the API) against the same JSON Schema as the data files, so
 * identifier formats, enumerations and lengths are defined once. Returns problems as `field.path message`.
 */
export function recordProblems(kind: DataKind, record: unknown): string[] {
  compiled ??= compileAll();
  const validate = compiled.validators.get(kind)!;
  if (validate({ records: [record] })) return [];
  return (validate.errors ?? []).map((error) =>
    describe({ ...error, instancePath: error.instancePath.replace(/^\/records\/0/, "") }).replace(/^\(file\)/, "input"),
  );
}

/** Checks a value against one shared definition of data/schema/defs.schema.json, e.g. `sources`. */
export function definitionProblems(definition: string, value: unknown): string[] {
  compiled ??= compileAll();
  const validate = compiled.ajv.getSchema(`defs#/definitions/${definition}`);
  if (!validate) throw new Error(`data/schema/defs.schema.json has no definition ${definition}`);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => describe(error).replace(/^\(file\)/, definition));
}

function describe(error: ErrorObject): string {
  const where = error.instancePath.replace(/^\//, "").replace(/\//g, ".") || "(file)";
  const allowed =
    error.keyword === "enum" ? ` (${(error.params as { allowedValues: unknown[] }).allowedValues.join(", ")})` : "";
  const extra =
    error.keyword === "additionalProperties"
      ? ` "${(error.params as { additionalProperty: string }).additionalProperty}"`
      : "";
  return `${where} ${error.message ?? "is invalid"}${extra}${allowed}`;
}

function schemaProblems(file: DataFile, validate: ValidateFunction): string[] {
  if (validate(file.value)) return [];
  return (validate.errors ?? []).map((error) => {
    const segments = error.instancePath
      .split("/")
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    return `${file.file}:${file.lineOf(segments)}: ${describe(error)}`;
  });
}

/**
 * Reads and checks every data file: YAML syntax, JSON Schema, then cross-file references, ids and order. All
 * problems are collected and thrown together (DataError), each as `data/<file>:<line>: <what is wrong>`.
 */
export function loadDataset(dataDir: string = DATA_DIR): Dataset {
  const validators = compileSchemas();
  const files = new Map<DataKind, DataFile>();
  const problems: string[] = [];
  for (const [kind, name] of Object.entries(DATA_FILES) as [DataKind, string][]) {
    const full = path.join(dataDir, name);
    const display = path.relative(ROOT, full) || name;
    if (!fs.existsSync(full)) {
      problems.push(`${display}:1: file is missing`);
      continue;
    }
    try {
      const file = readDataFile(full, display);
      problems.push(...schemaProblems(file, validators.get(kind)!));
      files.set(kind, file);
    } catch (error) {
      if (error instanceof DataError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length > 0) throw new DataError(problems);
  const records = <T>(kind: DataKind): T[] => ((files.get(kind)!.value as { records?: T[] }).records ?? []) as T[];
  const dataset: Dataset = {
    version: (files.get("dataset")!.value as { version: string }).version,
    publications: records("publications"),
    pathways: records("pathways"),
    genes: records("genes"),
    drugs: records("drugs"),
    regimens: records("regimens"),
    variants: records("variants"),
    compoundMutations: records("compound-mutations"),
    mechanisms: records("mechanisms"),
    trials: records("trials"),
    activity: records("activity"),
    mechanismResistance: records("mechanism-resistance"),
    overcomes: records("overcomes"),
    outcomes: records("outcomes"),
    testing: records("testing"),
  };
  const referenceProblems = checkReferences(dataset, files);
  if (referenceProblems.length > 0) throw new DataError(referenceProblems);
  return dataset;
}
