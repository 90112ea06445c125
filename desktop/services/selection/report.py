"""The audit report (PDF) of a selection, made from its audit record alone.

A reader without the app should be able to follow it: what was asked (criteria and quotas),
who could be chosen (pool composition), how fair the lottery was (every pool member's
probability, by pseudonymous id), what came out (panel and reserves), and how to check it
(seed, fingerprint, the recipe of the draw and the verify command).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.services.i18n import translate
from desktop.services.letterhead import letterhead
from desktop.services.office_profile import OfficeProfile
from desktop.services.report_pdf import cells, fonts, paragraph, styles


def _pct(value: float) -> str:
    return f"{100 * value:.3f} %"


def _table(data: Sequence[Sequence[Any]], widths: Sequence[float], header_rows: int = 1,
           font_size: float = 8.5, align_right: Sequence[int] = ()) -> Table:
    font_set = fonts()
    table = Table(list(data), colWidths=list(widths), repeatRows=header_rows)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), font_set.regular),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), font_set.bold),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size + 2.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#E8EEF4")),
        ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.6, colors.HexColor("#5B7A99")),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, colors.HexColor("#F6F8FA")]),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for column in align_right:
        style.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    table.setStyle(TableStyle(style))
    return table


def _labels(record: Mapping[str, Any]) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    labels = record.get("labels") or {}
    features = {str(k): str(v) for k, v in (labels.get("features") or {}).items()}
    values = {(str(f), str(v)): str(label) for f, v, label in labels.get("values") or []}
    return features, values


def write_audit_pdf(record: Mapping[str, Any], path: str | Path,
                    office: OfficeProfile | None = None) -> Path:
    """Write the audit report of ``record`` (from ``audit_record``) to ``path``, under the
    letterhead of ``office`` when given. Words are never split across lines (a column too
    narrow for its longest word is widened) and a heading always stays with what follows."""
    out = Path(path)
    st = styles()
    for style in (st.title, st.heading):
        style.keepWithNext = 1
    for style in (st.body, st.small, st.cell):
        style.splitLongWords = 0
    font_set = fonts()
    feature_label, value_label = _labels(record)
    problem = record["problem"]
    engine = record["engine"]
    features: list[str] = [str(f) for f in problem["features"]]
    pool_rows: list[list[Any]] = problem["pool"]
    by_id = {str(row[0]): row for row in pool_rows}
    probabilities: Mapping[str, float] = record["probabilities"]
    panel: list[str] = [str(p) for p in record["panel"]]
    reserves: list[str] = [str(p) for p in record["reserves"]]
    seed = str(record["draw"]["seed"])
    fingerprint = str(record["fingerprint"])
    width = A4[0] - 36 * mm

    def fl(feature: str) -> str:
        return feature_label.get(feature, feature)

    def vl(feature: str, value: str) -> str:
        return value_label.get((feature, value), value)

    story: list[Flowable] = []
    if office is not None and not office.is_empty:
        story.extend(letterhead(office, office.name, st, width=width))
    title = str(record.get("title") or "")
    story.append(paragraph(translate("Selection", "Selection audit report"), st.title))
    if title:
        story.append(paragraph(title, st.heading))
    story.append(paragraph(translate(
        "Selection", "This report shows how the participants were chosen: a lottery that gives "
                     "every person in the pool a chance, as equal as the quotas allow, and that "
                     "anyone can re-run with the seed below to obtain exactly the same panel."),
        st.body))

    algorithm = str(engine["algorithm"])
    algorithm_text = {
        "maximin": translate("Selection", "maximin: the smallest selection probability of "
                                          "anyone in the pool is as large as possible"),
        "leximin": translate("Selection", "leximin: the smallest probability is as large as "
                                          "possible, then the next smallest, and so on"),
    }.get(algorithm, algorithm)
    cap = problem.get("cap")
    if cap is None:
        cap_text = translate("Selection", "none")
    else:
        cap_feature = str(record.get("cap_feature") or translate("Selection", "group"))
        cap_text = translate("Selection", "at most {cap} per '{feature}'").format(
            cap=cap, feature=fl(cap_feature))
    if engine.get("optimal"):
        optimal = translate("Selection", "yes")
    elif "gap" in engine:
        optimal = translate("Selection", "no (time limit; gap to the upper bound: {gap})"
                            ).format(gap=_pct(float(engine["gap"])))
    else:
        optimal = translate("Selection", "no (time limit)")
    engine_text = translate("Selection", "Diaspora Desk selection engine {version}, solver "
                                         "{solver}").format(version=engine.get("version", ""),
                                                            solver=engine.get("solver", ""))
    summary = [
        [translate("Selection", "Drawn on"), str(record.get("created_at", ""))],
        [translate("Selection", "People in the pool"), str(len(pool_rows))],
        [translate("Selection", "Seats"), str(problem["seats"])],
        [translate("Selection", "Reserves"), str(len(reserves))],
        [translate("Selection", "Cap per group"), cap_text],
        [translate("Selection", "Method"), algorithm_text],
        [translate("Selection", "Smallest probability"), _pct(float(engine["min_probability"]))],
        [translate("Selection", "Upper bound (no lottery can beat it)"),
         _pct(float(engine["upper_bound"]))],
        [translate("Selection", "Proven optimal"), optimal],
        [translate("Selection", "Engine"), engine_text],
        [translate("Selection", "Seed"), seed],
        [translate("Selection", "Fingerprint (SHA-256)"), fingerprint],
    ]
    rotation = record.get("rotation")
    if isinstance(rotation, Mapping):
        left_out = [str(p) for p in rotation.get("left_out", [])]
        summary.insert(2, [translate("Selection", "Rotation rule"), translate(
            "Selection", "People seated at another consultation from {start} to {end} "
                         "({months} months) were left out before the draw: {count}.").format(
            start=rotation.get("seated_from", ""), end=rotation.get("seated_until", ""),
            months=rotation.get("months", ""), count=len(left_out))
            + (" " + ", ".join(left_out) if left_out else "")])
    story.append(_table_cells(summary, [width * 0.33, width * 0.67], st))
    story.append(Spacer(1, 4 * mm))
    story.append(paragraph(translate("Selection", "How to check"), st.heading))
    story.append(paragraph(translate(
        "Selection", "The fingerprint is the SHA-256 of the pool and quotas in canonical JSON "
                     "(ids sorted, only the values the quotas use). Anyone with the audit file "
                     "can run: diaspora-desk select verify AUDIT.json — it recomputes the "
                     "fingerprint, checks every panel of the lottery against the quotas, "
                     "recomputes the probabilities, re-runs the draw with the seed and re-solves "
                     "the lottery to confirm it is the fairest."), st.body))
    story.append(paragraph(translate(
        "Selection", "The draw uses SHA-256 in counter mode: block i of a stream is "
                     "SHA-256(\"diaspora-desk/v1/\" + stream + \"/\" + seed + \"/\" + i); a "
                     "number below m is the first block value v under 2^256 - (2^256 mod m), "
                     "taken modulo m. One number below the total weight picks the panel; then, "
                     "for each group of interchangeable people, a partial Fisher-Yates shuffle of "
                     "their ids picks who sits on it. Reserves come from the stream "
                     "\"reserves\"."), st.small))

    # Criteria and pool composition
    story.append(paragraph(translate("Selection", "Criteria, pool and panel"), st.heading))
    comp_header = [translate("Selection", "Criterion"), translate("Selection", "Value"),
                   translate("Selection", "Min"), translate("Selection", "Max"),
                   translate("Selection", "In pool"), translate("Selection", "% of pool"),
                   translate("Selection", "On panel")]
    rows: list[list[str]] = [comp_header]
    total = max(1, len(pool_rows))
    for item in record.get("composition", []):
        feature = str(item["feature"])
        value = str(item["value"])
        rows.append([fl(feature), vl(feature, value), str(item["min"]), str(item["max"]),
                     str(item["pool"]), f"{100 * item['pool'] / total:.1f} %",
                     str(item["panel"])])
    story.append(_table_cells(rows, [width * w for w in (0.2, 0.28, 0.08, 0.08, 0.12, 0.12,
                                                          0.12)], st, header=True))

    # Panel and reserves
    def person_rows(ids: Sequence[str], rank: bool) -> list[list[str]]:
        head = (["#"] if rank else []) + [translate("Selection", "Id"),
                                           translate("Selection", "Criteria"),
                                           translate("Selection", "Probability")]
        out = [head]
        for i, pid in enumerate(ids, start=1):
            row = by_id.get(pid)
            profile = "; ".join(
                f"{fl(f)}: {vl(f, str(v))}" for f, v in zip(features, row[1], strict=True)
            ) if row else ""
            out.append(([str(i)] if rank else []) + [pid, profile,
                                                      _pct(float(probabilities.get(pid, 0.0)))])
        return out

    story.append(PageBreak())
    story.append(paragraph(translate("Selection", "The panel ({count} people)")
                           .format(count=len(panel)),
                           st.heading))
    story.append(_table_cells(person_rows(panel, False),
                              [width * 0.3, width * 0.56, width * 0.14], st, header=True,
                              small=True))
    story.append(paragraph(translate("Selection", "Reserves, in order ({count})")
                           .format(count=len(reserves)),
                           st.heading))
    if reserves:
        story.append(paragraph(translate("Selection", "When someone declines, their seat goes to "
                                                      "the first reserve in this order who keeps "
                                                      "every quota."), st.small))
        story.append(_table_cells(person_rows(reserves, True),
                                  [width * 0.05, width * 0.29, width * 0.52, width * 0.14], st,
                                  header=True, small=True))
    else:
        story.append(paragraph(translate("Selection", "No reserves were drawn."), st.body))

    # Every probability
    story.append(PageBreak())
    story.append(paragraph(translate("Selection", "Selection probability of every person in the "
                                                  "pool"),
                           st.heading))
    story.append(paragraph(translate("Selection", "By pseudonymous id, sorted by id. These are the "
                                                  "chances each person had before the draw; people "
                                                  "with equal values on every criterion have equal "
                                                  "chances."), st.small))
    ids = sorted(probabilities)
    longest = max((pdfmetrics.stringWidth(pid, font_set.regular, 7.5) for pid in ids),
                  default=0.0)
    number = pdfmetrics.stringWidth("100.000 %", font_set.regular, 7.5) + 8
    per_row = max(1, min(4, int(width // (longest + 8 + number))))
    id_width = (width / per_row) - number
    grid: list[list[str]] = [[translate("Selection", "Id"),
                              translate("Selection", "Probability")] * per_row]
    height = (len(ids) + per_row - 1) // per_row
    for r in range(height):
        line: list[str] = []
        for c in range(per_row):
            k = c * height + r
            if k < len(ids):
                line += [ids[k], _pct(float(probabilities[ids[k]]))]
            else:
                line += ["", ""]
        grid.append(line)
    story.append(_table(grid, [id_width, number] * per_row, font_size=7.5,
                        align_right=[2 * c + 1 for c in range(per_row)]))

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font_set.regular, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        text = translate("Selection", "Selection audit — seed {seed} — fingerprint {short}… — page "
                                      "{page}").format(
            seed=seed, short=fingerprint[:16], page=doc.page)
        canvas.drawString(18 * mm, 10 * mm, text)
        canvas.restoreState()

    out.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm,
                            title=translate("Selection", "Selection audit report"),
                            author="Diaspora Desk",
                            subject=fingerprint)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out


def _table_cells(rows: Sequence[Sequence[str]], widths: Sequence[float], st: Any,
                 header: bool = False, small: bool = False) -> Flowable:
    style = st.cell if not small else st.small
    data = cells(rows, style, header=header)
    widths = word_safe_widths(rows, widths, style, header=header)
    table = Table(data, colWidths=list(widths), repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1),
         [colors.white, colors.HexColor("#F6F8FA")]),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4")),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#5B7A99"))]
    table.setStyle(TableStyle(commands))
    return KeepTogether([table]) if len(rows) < 25 else table


CELL_PADDING = 12.0
"""Left plus right padding of a table cell (ReportLab's default 6 pt each side)."""


def word_safe_widths(rows: Sequence[Sequence[str]], widths: Sequence[float], style: Any,
                     header: bool = False) -> list[float]:
    """Column widths in which every column is at least as wide as its longest word, so that
    no word is ever broken across lines ("Вероятност-ь"); the room comes from columns that
    have more than they need, and the total stays the same."""
    font_set = fonts()
    size = float(style.fontSize)
    need: list[float] = []
    for column in range(len(widths)):
        longest = 0.0
        for index, row in enumerate(rows):
            if column >= len(row):
                continue
            font = font_set.bold if header and index == 0 else font_set.regular
            for word in str(row[column]).split():
                longest = max(longest, pdfmetrics.stringWidth(word, font, size))
        need.append(longest + CELL_PADDING + 1)
    out = [max(w, n) for w, n in zip(widths, need, strict=True)]
    excess = sum(out) - sum(widths)
    if excess > 0:
        slack = [max(0.0, o - n) for o, n in zip(out, need, strict=True)]
        total_slack = sum(slack)
        if total_slack > 0:
            take = min(1.0, excess / total_slack)
            out = [o - s * take for o, s in zip(out, slack, strict=True)]
    return out
