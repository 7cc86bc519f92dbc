/**
 * "The item exists and still has the version the user saw": the condition of
 * every optimistic-locking Put and Delete. On failure the old item comes back,
 * so the caller can tell "changed by someone else" from "gone".
 */
export function versionIs(version: number) {
  return {
    ConditionExpression: "attribute_exists(PK) AND #version = :version",
    ExpressionAttributeNames: { "#version": "version" } as Record<string, string>,
    ExpressionAttributeValues: { ":version": version } as Record<string, unknown>,
    ReturnValuesOnConditionCheckFailure: "ALL_OLD" as const,
  };
}

/**
 * The UpdateExpression for an optimistic-locking update: sets the given
 * fields (removes those given as null), bumps `version`, and is conditional on
 * the version the user saw.
 */
export function versionedUpdate(changes: Record<string, unknown>, version: number, now: string) {
  const condition = versionIs(version);
  const names: Record<string, string> = { ...condition.ExpressionAttributeNames, "#updatedAt": "updatedAt" };
  const values: Record<string, unknown> = { ...condition.ExpressionAttributeValues, ":next": version + 1, ":now": now };
  const sets = ["#version = :next", "#updatedAt = :now"];
  const removes: string[] = [];
  let i = 0;
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    names[`#f${i}`] = name;
    if (value === null) removes.push(`#f${i}`);
    else {
      values[`:f${i}`] = value;
      sets.push(`#f${i} = :f${i}`);
    }
    i++;
  }
  return {
    UpdateExpression: `SET ${sets.join(", ")}${removes.length ? ` REMOVE ${removes.join(", ")}` : ""}`,
    ConditionExpression: condition.ConditionExpression,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}
