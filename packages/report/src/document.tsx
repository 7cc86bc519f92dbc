import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { ReportInput } from "./data.ts";
import { CareAverages } from "./sections/care.tsx";
import { Cover } from "./sections/cover.tsx";
import { GrowthCharts } from "./sections/growth.tsx";
import { HealthLog } from "./sections/health.tsx";
import { Measurements } from "./sections/measurements.tsx";
import { Milestones } from "./sections/milestones.tsx";
import { Questions } from "./sections/questions.tsx";
import { Vaccinations } from "./sections/vaccines.tsx";
import { styles } from "./styles.ts";
import { wordsFor } from "./words.ts";

/**
 * The paediatrician's report as a PDF document (@react-pdf/renderer): A4 pages with the baby's name and the page
 * number on each, a cover, then one section after another (a section that starts a page says so with `break`).
 * The care log's section is there only when the care log has entries in the range's last days.
 */
export function ReportDocument({ data, questions, language }: ReportInput) {
  const w = wordsFor(language);
  const s = (key: "growth" | "measurements" | "vaccines" | "milestones" | "health" | "care" | "questions") =>
    w.t(`sections.${key}`);
  const sections: { title: string; body: ReactNode; newPage: boolean }[] = [
    { title: s("growth"), body: <GrowthCharts data={data} w={w} />, newPage: true },
    { title: s("measurements"), body: <Measurements data={data} w={w} />, newPage: true },
    { title: s("vaccines"), body: <Vaccinations data={data} w={w} />, newPage: true },
    { title: s("milestones"), body: <Milestones data={data} w={w} />, newPage: true },
    { title: s("health"), body: <HealthLog data={data} w={w} />, newPage: true },
    ...(data.care ? [{ title: s("care"), body: <CareAverages care={data.care} w={w} />, newPage: false }] : []),
    { title: s("questions"), body: <Questions questions={questions} w={w} />, newPage: true },
  ];
  return (
    <Document
      title={`${w.t("cover")}: ${data.baby.name}`}
      author={data.madeBy ?? "UpNest"}
      creator="UpNest"
      language={language}
    >
      <Page size="A4" style={styles.page} wrap>
        <View style={styles.header} fixed>
          <Text style={styles.bold}>
            {data.baby.name} · {w.t("born", { date: w.date(data.baby.dateOfBirth) })}
          </Text>
          <Text>{w.t("cover")}</Text>
        </View>
        <View style={styles.footer} fixed>
          <Text>{data.baby.name}</Text>
          <Text render={({ pageNumber, totalPages }) => w.t("pageOf", { page: pageNumber, pages: totalPages })} />
        </View>
        <Cover data={data} w={w} sections={sections.map((x) => x.title)} />
        {sections.map((x, i) => (
          <View key={x.title} break={x.newPage} style={{ marginTop: x.newPage ? 0 : 14 }}>
            <Text style={styles.h2} minPresenceAhead={80}>
              {i + 1}. {x.title}
            </Text>
            {x.body}
          </View>
        ))}
      </Page>
    </Document>
  );
}
