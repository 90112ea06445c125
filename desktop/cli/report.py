"""``diaspora-desk report indicators``: the monitoring figures as XLSX or as a donor PDF.

Exit codes: 0 written, 1 a bad date, a period that ends before it starts, an unknown region,
or an output type other than .xlsx/.pdf.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from desktop.cli.common import CliEnv, CliError

_TRANSLATORS: list[Any] = []
"""Keeps the loaded translator alive while the command runs."""


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "report",
        help="monitoring reports: `report indicators --out FILE.xlsx|FILE.pdf`",
        description="Write the monitoring and evaluation figures (docs/INDICATORS.md) for a "
                    "period and scope: .xlsx (sheet Indicators: indicator, region, breakdown, "
                    "value) or .pdf (the donor report, in the interface language, with the "
                    "office profile's name). Exit 1 on a bad date or an unknown region.")
    kinds = parser.add_subparsers(dest="report", metavar="REPORT", required=True)
    indicators = kinds.add_parser("indicators", help="the indicator figures")
    indicators.add_argument("--from", dest="start", metavar="DATE",
                            help="first day of the period, YYYY-MM-DD (default: since records "
                                 "began)")
    indicators.add_argument("--to", dest="end", metavar="DATE",
                            help="last day of the period, YYYY-MM-DD (default: today)")
    indicators.add_argument("--region", metavar="CODE",
                            help="one region's code, or `national` (default: all regions)")
    indicators.add_argument("--out", metavar="FILE", required=True, type=Path,
                            help="FILE.xlsx or FILE.pdf")
    indicators.set_defaults(handler=run_indicators)


def _date(text: str | None, option: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise CliError(f"{option}: {text!r} is not a date (write YYYY-MM-DD)") from None


def _install_language(language: str | None, settings_language: str) -> str:
    """Translate the PDF's words like the window would: --lang, else the saved setting."""
    from PySide6.QtCore import QTranslator

    from desktop.services.i18n import install_translator
    from desktop.views.translation import TRANSLATIONS_DIR, UI_LANGUAGES

    code = (language or settings_language or "en").lower().replace("-", "_").split("_")[0]
    if code not in UI_LANGUAGES:
        raise CliError(f"--lang: {language!r} is not one of {', '.join(UI_LANGUAGES)}")
    if code != "en":
        # A QTranslator answers on its own: no application object is made, so a command run
        # inside another Qt program (a test, a script) leaves that program's Qt alone.
        translator = QTranslator()
        if translator.load(f"diaspora_desk_{code}", str(TRANSLATIONS_DIR)):
            _TRANSLATORS.append(translator)
            install_translator(lambda context, text: translator.translate(context, text) or text)
    return code


def run_indicators(args: argparse.Namespace, env: CliEnv) -> int:
    from desktop.config import Settings
    from desktop.services.indicators.files import FORMATS

    out: Path = args.out
    if out.suffix.lower() not in FORMATS:
        raise CliError(f"--out: write a .xlsx or .pdf file, not {out.name!r}")
    start, end = _date(args.start, "--from"), _date(args.end, "--to")
    settings = Settings.load(env.paths.settings)
    try:
        language = _install_language(args.lang, settings.language) \
            if out.suffix.lower() == ".pdf" else "en"
        return _write(args, env.open_db(), start, end, language, out)
    finally:
        if _TRANSLATORS:  # back to English for whatever runs next in this process
            _TRANSLATORS.clear()
            from desktop.services.i18n import install_translator

            install_translator(None)


def _write(args: argparse.Namespace, db: Any, start: dt.date | None,
           end: dt.date | None, language: str, out: Path) -> int:
    from desktop.services.indicators import (
        IndicatorError,
        Period,
        compute_indicators,
        parse_scope,
    )
    from desktop.services.indicators.files import write_report
    from desktop.services.office_profile import load_office_profile

    try:
        with db.sessions() as session:
            scope = parse_scope(session, args.region or "")
            period = Period(start, end or dt.date.today())
            report = compute_indicators(session, period, scope)
            profile = load_office_profile(session)
        write_report(report, out, language, profile)
    except IndicatorError as exc:
        raise CliError(str(exc)) from exc
    print(f"wrote {out} ({len(report.figures)} figures)")
    return 0
