import { Text, View } from "@react-pdf/renderer";
import { styles } from "./styles.ts";

export type Column<T> = { head: string; width: `${number}%`; cell: (row: T) => string; bold?: boolean };

/** A table whose rows never split across pages; its heading row repeats on each page it runs onto. */
export function Table<T>({ columns, rows }: { columns: readonly Column<T>[]; rows: readonly T[] }) {
  return (
    <View>
      <View style={styles.headRow} fixed>
        {columns.map((c) => (
          <Text key={c.head} style={[styles.cell, { width: c.width }]}>
            {c.head}
          </Text>
        ))}
      </View>
      {rows.map((row, i) => (
        <View key={i} style={styles.row} wrap={false}>
          {columns.map((c) => (
            <Text key={c.head} style={[styles.cell, { width: c.width }, c.bold ? styles.bold : {}]}>
              {c.cell(row)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
