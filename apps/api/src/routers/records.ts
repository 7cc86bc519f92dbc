import type { Access } from "@upnest/db";
import type { BabyRecordDefinition, RecordOf, ValuesOf } from "@upnest/schemas";
import type { z } from "zod";
import type { Context } from "../trpc/context.ts";
import { babyProcedure, requireRole } from "../trpc/trpc.ts";

type Options<D extends BabyRecordDefinition, Out> = {
  /** What a client gets for a record (e.g. a measurement with its WHO scores); the record itself by default. */
  present?: (access: Access, record: RecordOf<D>) => Out;
  /**
   * Checks on the values before anything is written (e.g. a vaccine product CDC lists, a dose's course of the same
   * baby); throws a DomainError. It may read through the request's repositories (`ctx`, after the membership check).
   */
  beforeWrite?: (values: ValuesOf<D>, ctx: Context & { access: Access }) => void | Promise<void>;
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
  const values = async (ctx: Context & { access: Access }, input: Record<string, unknown>, ...omit: string[]) => {
    const out = Object.fromEntries(Object.entries(input).filter(([k]) => k !== "babyId" && !omit.includes(k)));
    await options.beforeWrite?.(out as ValuesOf<D>, ctx);
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
      const record = await repository(ctx).add(
        ctx.access,
        await values(ctx, given, "idempotencyKey"),
        given.idempotencyKey,
      );
      return present(ctx.access, record);
    }),
    update: writes(definition.inputs.update as D["inputs"]["update"]).mutation(async ({ ctx, input }) => {
      const given = input as In<D, "update">;
      const id = idOf(given);
      const record = await repository(ctx).update(
        ctx.access,
        id,
        given.version,
        await values(ctx, given, "version", definition.idField),
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
