import SwaggerParser from "@apidevtools/swagger-parser";
import type { OpenAPIV3_1 } from "openapi-types";
import { describe, expect, it } from "vitest";
import { KEY_PROCEDURES } from "./allowed.ts";
import { openApiJson } from "./openapi.ts";

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 and has the operations an integration needs, each behind the API key", async () => {
    const text = await openApiJson();
    // validate() dereferences the document it is given: hand it a copy.
    const doc = (await SwaggerParser.validate(JSON.parse(text))) as OpenAPIV3_1.Document;
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: "/api/v1" }]);
    const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
      (["get", "post", "put", "patch", "delete"] as const).flatMap((m) =>
        item?.[m] ? [`${m.toUpperCase()} ${path}`] : [],
      ),
    );
    expect(operations.sort()).toEqual(
      [
        "POST /babies/{babyId}/feedings",
        "POST /babies/{babyId}/diapers",
        "POST /babies/{babyId}/measurements",
        "GET /babies/{babyId}/feedings",
        "GET /babies/{babyId}/diapers",
        "GET /babies/{babyId}/sleeps",
        "GET /babies/{babyId}/measurements",
      ].sort(),
    );
    expect(doc.components?.securitySchemes).toEqual({
      apiKey: expect.objectContaining({ type: "http", scheme: "bearer" }),
    });
    for (const item of Object.values(doc.paths ?? {}))
      for (const op of [item?.get, item?.post].filter((o) => o !== undefined)) {
        expect(op.security).toEqual([{ apiKey: [] }]);
        // Every operation is a procedure an API key may call.
        expect(KEY_PROCEDURES.has(String(op.operationId).replace("-", "."))).toBe(true);
      }
  });

  it("says what each operation takes: a diaper's contents and a list's limit", async () => {
    const doc = JSON.parse(await openApiJson()) as OpenAPIV3_1.Document;
    const diapers = doc.paths?.["/babies/{babyId}/diapers"];
    const request = diapers?.post?.requestBody as OpenAPIV3_1.RequestBodyObject | undefined;
    const body = (request?.content["application/json"]?.schema ?? {}) as OpenAPIV3_1.SchemaObject;
    expect(body.required).toEqual(["contents"]);
    expect(body.properties?.contents).toMatchObject({ enum: ["wet", "dirty", "both"] });
    const params = (diapers?.get?.parameters ?? []) as OpenAPIV3_1.ParameterObject[];
    expect(params.map((p) => [p.in, p.name, p.required ?? false])).toEqual([
      ["path", "babyId", true],
      ["query", "limit", false],
    ]);
  });
});
