import { describe, expect, it } from "vitest";
import { curlExamples, openApiUrl } from "./rest-example.ts";

describe("the page's curl examples", () => {
  it("name the baby's REST operations on the API's address, with the key in the Authorization header", () => {
    const examples = curlExamples("https://upnest.example", "01ARZ3NDEKTSV4RRFFQ69G5FAV", "upn_KEY_secret");
    expect(examples.add).toBe(
      `curl -X POST https://upnest.example/api/v1/babies/01ARZ3NDEKTSV4RRFFQ69G5FAV/diapers \\
  -H "Authorization: Bearer upn_KEY_secret" \\
  -H "Content-Type: application/json" \\
  -d '{"contents":"wet"}'`,
    );
    expect(examples.read).toContain(
      '"https://upnest.example/api/v1/babies/01ARZ3NDEKTSV4RRFFQ69G5FAV/feedings?limit=1"',
    );
    expect(openApiUrl("https://upnest.example")).toBe("https://upnest.example/api/v1/openapi.json");
  });
});
