/**
 * The coverage of a check in words: per table, its range, kind, number columns with the relations
 * each takes part in, how many number cells it holds and how many were verified; per block of
 * numbers outside every table, that none was. This is `summary.coverage` of the JSON report,
 * the "đã kiểm tra X/Y ô số" of the text report and the pane.
 */
import type { CoverageColumn, CoverageEntry, CoverageVerified, Lang } from "../findings";
import { colToLetters, rectToA1, toA1 } from "../grid/address";
import type { RowRelation } from "../tables/model";
import type { Verification } from "./index";

function sourceTag(r: RowRelation, lang: Lang): string {
  if (r.source === "numbering") return lang === "vi" ? "dòng đánh số cột" : "numbering row";
  if (r.source === "header") return lang === "vi" ? "theo tiêu đề" : "from the header";
  const fit = r.fit
    ? lang === "vi"
      ? `, đúng ${r.fit.matched}/${r.fit.rows} dòng`
      : `, holds on ${r.fit.matched}/${r.fit.rows} rows`
    : "";
  return lang === "vi" ? `suy ra từ số liệu${fit}` : `inferred from the numbers${fit}`;
}

export function coverageSummary(
  v: Verification,
  lang: Lang,
): { numericCells: number; checkedCells: number; coverage: CoverageEntry[] } {
  const coverage: CoverageEntry[] = [];
  let numericCells = 0;
  let checkedCells = 0;
  v.counts.forEach((tc, ti) => {
    const t = tc.table;
    const st = v.states[ti];
    const notes: string[] = [];
    const columns: CoverageColumn[] = t.numeric.map((c, k) => {
      const relations: string[] = [];
      const verified: CoverageVerified = {
        subtotals: st.verticalBy.subtotals[k],
        totals: st.verticalBy.totals[k],
        labelFormulas: st.verticalBy.labelFormulas[k],
        breakdowns: st.verticalBy.breakdowns[k],
        rowRelations: [],
      };
      if (st.verticalCount[k] > 0) {
        relations.push(
          lang === "vi"
            ? `cộng dọc theo đề mục: ${st.verticalCount[k]} tổng đã đối chiếu`
            : `down the outline: ${st.verticalCount[k]} totals verified`,
        );
      }
      t.relations.forEach((r, ri) => {
        if (r.target !== c.col && !r.operands.includes(c.col)) return;
        relations.push(`${r.text} (${sourceTag(r, lang)}; ${st.rowCount[ri]} ${lang === "vi" ? "dòng" : "rows"})`);
        verified.rowRelations.push({
          relation: r.text,
          kind: r.kind,
          result: r.target === c.col,
          rows: st.rowCount[ri],
          ...(r.source === "inferred" ? { inferred: true } : {}),
        });
      });
      const cc = tc.columns[k];
      if (cc.numeric > cc.checked) {
        const first = cc.firstUnchecked >= 0 ? toA1(cc.firstUnchecked, c.col) : "";
        notes.push(
          lang === "vi"
            ? `cột ${colToLetters(c.col)} "${c.header}": ${cc.numeric - cc.checked}/${cc.numeric} ô số chưa được kiểm tra${first ? ` (đầu tiên: ${first})` : ""}`
            : `column ${colToLetters(c.col)} "${c.header}": ${cc.numeric - cc.checked} of ${cc.numeric} number cells not checked${first ? ` (first: ${first})` : ""}`,
        );
      }
      return {
        column: colToLetters(c.col),
        header: c.header,
        ...(c.unit ? { unit: c.unit } : {}),
        relations,
        numericCells: cc.numeric,
        checkedCells: cc.checked,
        verified,
      };
    });
    for (const d of t.dropped) notes.push(`${d.text}: ${d.why[lang]}`);
    coverage.push({
      sheet: t.sheet,
      range: rectToA1({ top: t.headerTop, left: t.left, bottom: t.lastRow, right: t.right }),
      kind: t.kind,
      columns,
      numericCells: tc.numeric,
      checkedCells: tc.checked,
      notes,
    });
    numericCells += tc.numeric;
    checkedCells += tc.checked;
  });
  for (const b of v.blocks) {
    coverage.push({
      sheet: b.sheet,
      range: rectToA1(b),
      kind: "unrecognized",
      columns: [],
      numericCells: b.cells,
      checkedCells: 0,
      notes: [lang === "vi" ? "không thuộc bảng nào được nhận ra: không kiểm tra" : "in no recognised table: not checked"],
    });
    numericCells += b.cells;
  }
  return { numericCells, checkedCells, coverage };
}
