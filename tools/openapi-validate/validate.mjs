// Validates an OpenAPI document (Swagger 2.0, OpenAPI 3.0 or 3.1; JSON or YAML) with
// @apidevtools/swagger-parser: the document against the specification's JSON schema and
// every $ref resolved. swagger-parser checks the rules a schema cannot express only for
// Swagger 2.0, so the main ones are checked here for OpenAPI 3.x: unique operationIds, and
// path templates whose parameters are declared (in: path, required) and vice versa.
// Exit codes: 0 valid, 1 invalid, 2 usage.
//
//   node validate.mjs path/to/openapi.json
import SwaggerParser from "@apidevtools/swagger-parser";

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error("usage: node validate.mjs <openapi-document.json|yaml>");
  process.exit(2);
}

let api;
try {
  // No $ref may reach out to the network: the document must be complete on its own.
  api = await SwaggerParser.validate(file, { resolve: { http: false } });
} catch (error) {
  // swagger-parser's message already lists each schema violation on its own line.
  fail(String(error?.message ?? error).split("\n").map((line) => line.trim()).filter((line) => line.length > 0));
}

const problems = api.openapi ? semanticProblems(api) : [];
if (problems.length > 0) {
  fail(problems);
}

const operations = Object.values(api.paths ?? {}).flatMap((item) => methods.filter((m) => item?.[m])).length;
console.log(`${file}: valid OpenAPI ${api.openapi ?? api.swagger} document "${api.info.title}" ${api.info.version} (${operations} operations)`);

function fail(messages) {
  console.error(`${file}: INVALID OpenAPI document`);
  for (const message of messages) {
    console.error(`  ${message}`);
  }
  process.exit(1);
}

function semanticProblems(document) {
  const problems = [];
  const operationIds = new Map();
  for (const [template, item] of Object.entries(document.paths ?? {})) {
    const inTemplate = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
    const shared = item.parameters ?? [];
    for (const method of methods.filter((m) => item[m])) {
      const operation = item[method];
      const where = `${method.toUpperCase()} ${template}`;
      if (operation.operationId) {
        if (operationIds.has(operation.operationId)) {
          problems.push(`${where}: operationId "${operation.operationId}" is also used by ${operationIds.get(operation.operationId)}`);
        }
        operationIds.set(operation.operationId, where);
      }

      // Operation parameters override path-item ones with the same name and location.
      const byKey = new Map([...shared, ...(operation.parameters ?? [])].map((p) => [`${p.in}:${p.name}`, p]));
      const pathParameters = [...byKey.values()].filter((p) => p.in === "path");
      for (const name of inTemplate) {
        const parameter = pathParameters.find((p) => p.name === name);
        if (!parameter) {
          problems.push(`${where}: path parameter "${name}" is not declared`);
        } else if (parameter.required !== true) {
          problems.push(`${where}: path parameter "${name}" must be required`);
        }
      }
      for (const parameter of pathParameters.filter((p) => !inTemplate.includes(p.name))) {
        problems.push(`${where}: path parameter "${parameter.name}" is not in the path`);
      }
    }
  }
  return problems;
}
