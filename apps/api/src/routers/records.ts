import type { Access } from "@upnest/db";
import type { BabyRecordDefinition, RecordOf, ValuesOf } from "@upnest/schemas";
import type { z } from "zod";
import type { Context } from "../trpc/context.ts";
import { babyProcedure, requireRole } from "../trpc/trpc.ts";

type Options<D extends BabyRecordDefinition, Out> = {
  /** What a client gets for a record (e.g. a measurement with its WHO scores); the record itself by default. */
  present?: (access: Access, record: RecordOf<D>) => Out;
  /** Checks on the values before anything is written (e.g. a vaccine product CDC lists); throws a DomainError. */
  beforeWrite?: (values: ValuesOf<D>) => void;
};
type In<D extends BabyRecordDefinition, K extends keyof D["inputs"]> = z.output<D["inputs"][K]>;

/**
 * A record type's procedures, from its registry definition: list (newest first, by date range), get, add,
 * update and delete, each a baby procedure (membership read once, writes for caregivers and owners).
 */
export function recordProcedures<D extends BabyRecordDefinition, Out = RecordOf<D>>(
  definition: D,
  options: Options<D, Out> = {},
) {
  const repository = (ctx: Context) => ctx.repos.records(definition);
  const present = options.present ?? ((_: Access, record: RecordOf<D>) => record as unknown as Out);
  const idOf = (input: Record<string, unknown>) => String(input[definition.idField]);
  const values = (input: Record<string, unknown>, ...omit: string[]) => {
    const out = Object.fromEntries(Object.entries(input).filter(([k]) => k !== "babyId" && !omit.includes(k)));
    options.beforeWrite?.(out as ValuesOf<D>);
    return out as ValuesOf<D>;
  };
  const writes = <S extends z.ZodType<{ babyId: string }>>(input: S) =>
    babyProcedure(input).use(requireRole("caregiver"));

  return {
    /** Newest first; a date range and an opaque cursor for the next page. */
    list: babyProcedure(definition.inputs.list as D["inputs"]["list"]).query(async ({ ctx, input }) => {
      const { babyId: _, ...query } = input as In<D, "list">;
      const page = await repository(ctx).list(ctx.access, query);
      return { ...page, items: page.items.map((r) => present(ctx.access, r)) };
    }),
    get: babyProcedure(definition.inputs.ref as D["inputs"]["ref"]).query(async ({ ctx, input }) =>
      present(ctx.access, await repository(ctx).get(ctx.access, idOf(input as In<D, "ref">))),
    ),
    add: writes(definition.inputs.add as D["inputs"]["add"]).mutation(async ({ ctx, input }) => {
      const given = input as In<D, "add">;
      const record = await repository(ctx).add(ctx.access, values(given, "idempotencyKey"), given.idempotencyKey);
      return present(ctx.access, record);
    }),
    update: writes(definition.inputs.update as D["inputs"]["update"]).mutation(async ({ ctx, input }) => {
      const given = input as In<D, "update">;
      const id = idOf(given);
      const record = await repository(ctx).update(
        ctx.access,
        id,
        given.version,
        values(given, "version", definition.idField),
      );
      return present(ctx.access, record);
    }),
    delete: writes(definition.inputs.remove as D["inputs"]["remove"]).mutation(async ({ ctx, input }) => {
      const given = input as In<D, "remove">;
      await repository(ctx).remove(ctx.access, idOf(given), given.version);
      return { [definition.idField]: idOf(given) } as { [K in D["idField"]]: string };
    }),
  };
}
