/// <reference path="./.sst/platform/config.d.ts" />
// UpNest on AWS. Resources live in infra/; README "Deploy" says how to use this.
// Region and account come from the AWS profile/environment, never from here.
// Annotated because an inferred return type is not checked for unknown keys: a misspelt option must fail `pnpm infra:check`.
type AppConfig = ReturnType<Parameters<typeof $config>[0]["app"]>;

export default $config({
  app(input): AppConfig {
    const production = input?.stage === "production";
    return {
      name: "upnest",
      home: "aws",
      // Production keeps its table (and buckets) when removed, and `sst remove` refuses to run on it.
      removal: production ? "retain" : "remove",
      protect: production,
      // Pinned so `sst install` resolves the same npm packages offline (CI) and on a deploying machine.
      providers: { aws: "7.20.0", random: "4.16.6" },
    };
  },
  async run() {
    // sst.config.ts may not import at the top level; infra/ is loaded here.
    const { createApp } = await import("./infra/index.ts");
    return createApp();
  },
});
