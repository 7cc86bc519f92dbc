/**
 * The UpdateExpression for an optimistic-locking update: sets the given
 * fields (removes those given as null), bumps `version`, and is conditional on
 * the version the user saw.
 */
export function versionedUpdate(changes: Record<string, unknown>, version: number, now: string) {
  const names: Record<string, string> = { "#version": "version", "#updatedAt": "updatedAt" };
  const values: Record<string, unknown> = { ":version": version, ":next": version + 1, ":now": now };
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
    ConditionExpression: "attribute_exists(PK) AND #version = :version",
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}
