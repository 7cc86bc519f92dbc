/** The Function URL the mocks give a `aws.lambda.FunctionUrl` resource, so tests can tell origins apart. */
export const mockFunctionUrl = (resourceName: string) =>
  `https://${resourceName.toLowerCase()}.lambda-url.eu-west-1.on.aws/`;
