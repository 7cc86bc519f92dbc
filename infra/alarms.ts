import { infraEnv } from "./env.ts";
/**
 * CloudWatch alarms on the things that mean users are failing: function
 * errors, throttles and slow p99, and DynamoDB throttling or AWS-side errors.
 * All notify one SNS topic; subscribe to it (README, Deploy) to hear about them.
 */
export function createAlarms(args: {
  /** Lambda function names by a short key used in alarm names. */
  functions: Record<string, $util.Input<string>>;
  table: sst.aws.Dynamo;
  p99Ms: number;
}) {
  const prefix = `${$app.name}-${$app.stage}`;
  const topic = new aws.sns.Topic("Alarms", { name: `${prefix}-alarms` });
  const alarmEmail = infraEnv.alarmEmail();
  if (alarmEmail) {
    new aws.sns.TopicSubscription("AlarmsEmail", {
      topic: topic.arn,
      protocol: "email",
      endpoint: alarmEmail,
    });
  }
  const common = {
    alarmActions: [topic.arn],
    okActions: [topic.arn],
    treatMissingData: "notBreaching", // no traffic is not an incident
    period: 300,
  };

  for (const [key, functionName] of Object.entries(args.functions)) {
    const dimensions = { FunctionName: functionName };
    const metric = { namespace: "AWS/Lambda", dimensions, ...common };
    new aws.cloudwatch.MetricAlarm(`${key}Errors`, {
      ...metric,
      name: `${prefix}-${key}-errors`,
      alarmDescription: `${key}: invocations ended in an error (uncaught exception or timeout)`,
      metricName: "Errors",
      statistic: "Sum",
      comparisonOperator: "GreaterThanOrEqualToThreshold",
      threshold: 5,
      evaluationPeriods: 1,
    });
    new aws.cloudwatch.MetricAlarm(`${key}Throttles`, {
      ...metric,
      name: `${prefix}-${key}-throttles`,
      alarmDescription: `${key}: requests refused for lack of concurrency`,
      metricName: "Throttles",
      statistic: "Sum",
      comparisonOperator: "GreaterThanOrEqualToThreshold",
      threshold: 1,
      evaluationPeriods: 1,
    });
    new aws.cloudwatch.MetricAlarm(`${key}DurationP99`, {
      ...metric,
      name: `${prefix}-${key}-duration-p99`,
      alarmDescription: `${key}: p99 duration above ${args.p99Ms} ms for 15 minutes`,
      metricName: "Duration",
      extendedStatistic: "p99",
      comparisonOperator: "GreaterThanThreshold",
      threshold: args.p99Ms,
      evaluationPeriods: 3,
    });
  }

  // ThrottledRequests and SystemErrors exist only per operation; alarms cannot
  // use SEARCH, so sum the operations the app calls (CloudWatch allows 10 metrics).
  const operations = [
    "GetItem",
    "PutItem",
    "UpdateItem",
    "DeleteItem",
    "Query",
    "BatchWriteItem",
    "TransactWriteItems",
  ];
  for (const metricName of ["ThrottledRequests", "SystemErrors"]) {
    new aws.cloudwatch.MetricAlarm(`Table${metricName}`, {
      alarmActions: common.alarmActions,
      okActions: common.okActions,
      treatMissingData: common.treatMissingData,
      name: `${prefix}-table-${metricName.toLowerCase()}`,
      alarmDescription: `DynamoDB ${metricName} on the app table`,
      comparisonOperator: "GreaterThanOrEqualToThreshold",
      threshold: metricName === "SystemErrors" ? 1 : 5,
      evaluationPeriods: 1,
      metricQueries: [
        { id: "total", expression: `SUM([${operations.map((_, i) => `m${i}`).join(",")}])`, returnData: true },
        ...operations.map((operation, i) => ({
          id: `m${i}`,
          metric: {
            namespace: "AWS/DynamoDB",
            metricName,
            dimensions: { TableName: args.table.name, Operation: operation },
            stat: "Sum",
            period: common.period,
          },
        })),
      ],
    });
  }
  return topic;
}
