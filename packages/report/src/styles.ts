import { StyleSheet } from "@react-pdf/renderer";
import { FONT_FAMILY } from "./fonts.ts";

/** Greys only, and strong enough to survive a black-and-white printer: nothing is said by colour alone. */
export const INK = { text: "#111111", muted: "#444444", rule: "#777777", light: "#dddddd", band: "#cccccc" };

export const styles = StyleSheet.create({
  page: {
    fontFamily: FONT_FAMILY,
    fontSize: 9.5,
    color: INK.text,
    paddingTop: 56,
    paddingBottom: 52,
    paddingHorizontal: 40,
    // No lineHeight here: inherited by the page-number text, it keeps react-pdf 4.9 from drawing it at all.
  },
  header: {
    position: "absolute",
    top: 22,
    left: 40,
    right: 40,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 8.5,
    color: INK.muted,
    borderBottomWidth: 0.75,
    borderBottomColor: INK.rule,
    paddingBottom: 4,
  },
  footer: {
    position: "absolute",
    bottom: 22,
    left: 40,
    right: 40,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 8.5,
    color: INK.muted,
    borderTopWidth: 0.75,
    borderTopColor: INK.rule,
    paddingTop: 4,
  },
  bold: { fontWeight: 700 },
  h1: { fontSize: 20, fontWeight: 700, marginBottom: 6 },
  h2: {
    fontSize: 14,
    fontWeight: 700,
    marginBottom: 6,
    marginTop: 4,
    borderBottomWidth: 1.5,
    borderBottomColor: INK.text,
    paddingBottom: 2,
  },
  h3: { fontSize: 11, fontWeight: 700, marginTop: 8, marginBottom: 3 },
  note: { fontSize: 8.5, color: INK.muted, marginTop: 2 },
  box: { borderWidth: 1, borderColor: INK.text, padding: 8, marginTop: 10 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: INK.rule, paddingVertical: 2.5 },
  headRow: {
    flexDirection: "row",
    borderBottomWidth: 1,
    borderBottomColor: INK.text,
    paddingVertical: 2.5,
    fontWeight: 700,
  },
  cell: { paddingRight: 6 },
  line: { borderBottomWidth: 0.75, borderBottomColor: INK.rule, height: 24 },
});
