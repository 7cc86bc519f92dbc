import { Text, View } from "@react-pdf/renderer";
import { styles } from "../styles.ts";
import type { Words } from "../words.ts";

/** The parents' questions, numbered, then ruled lines to write on (a page of them when there are no questions). */
export function Questions({ questions, w }: { questions: string; w: Words }) {
  const asked = questions
    .split("\n")
    .map((q) => q.trim())
    .filter(Boolean);
  const lines = (n: number) => Array.from({ length: n }, (_, i) => <View key={i} style={styles.line} />);
  return (
    <View>
      {asked.length === 0 ? (
        <>
          <Text style={styles.note}>{w.t("questions.empty")}</Text>
          {lines(18)}
        </>
      ) : (
        <>
          <Text style={styles.h3}>{w.t("questions.intro")}</Text>
          {asked.map((q, i) => (
            <Text key={`${i}-${q}`} style={{ marginBottom: 3 }} wrap={false}>
              {i + 1}. {q}
            </Text>
          ))}
          <Text style={styles.h3}>{w.t("questions.notes")}</Text>
          {lines(10)}
        </>
      )}
    </View>
  );
}
