/** Where an integration calls the API: the REST operations under `/api/v1` of the API's address. */
export const restBase = (apiUrl: string) => `${apiUrl}/api/v1`;
export const openApiUrl = (apiUrl: string) => `${restBase(apiUrl)}/openapi.json`;

/** The curl commands the page shows with a new key: add a wet diaper, read the last feeding. */
export function curlExamples(apiUrl: string, babyId: string, secret: string) {
  const baby = `${restBase(apiUrl)}/babies/${babyId}`;
  return {
    add: `curl -X POST ${baby}/diapers \\\n  -H "Authorization: Bearer ${secret}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"contents":"wet"}'`,
    read: `curl "${baby}/feedings?limit=1" \\\n  -H "Authorization: Bearer ${secret}"`,
  };
}
