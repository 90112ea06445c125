"""``flyer``: print one flyer, or one per region and language, to PDF without opening a window.

Defaults when a text is not given (single flyer and batch alike): the headline, body and call to
action are the flyer language's default texts (the body names the region); the web address is
the one of the most recently saved flyer, else https://diaspora.example.org, which the preflight
flags so that it is never printed by accident.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import CliEnv, CliError, stderr_progress
from desktop.services.flyers.labels import LANGUAGES, default_texts
from desktop.services.flyers.templates import TEMPLATES
from desktop.services.flyers.themes import DEFAULT_THEME, THEMES

if TYPE_CHECKING:  # drawing and the registry load only when a flyer is made, not for --help
    from desktop.services.flyers.batch import BatchItem
    from desktop.services.flyers.preflight import Issue

EPILOG = """\
examples:
  diaspora-desk --data-dir D flyer --region MD-CA --lang ro --template a5 --out cahul.pdf
  diaspora-desk --data-dir D flyer --flyer 3f2c… --bleed --crop-marks --out print-shop.pdf
  diaspora-desk --data-dir D flyer --all-regions --langs fr,ar --template a4 --out-dir flyers/

defaults: without --headline/--body/--cta the flyer language's default texts are printed (the
body names the region); without --url, the address of the most recently saved flyer, else
https://diaspora.example.org (the preflight warns about it). Preflight problems are printed on
stderr; the PDF is written anyway so you can look at it.
"""


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "flyer", help="print flyers, posters or banners to PDF",
        description="Print a flyer (or one per region and language) with the region's focal "
                    "points and a QR code.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--flyer", metavar="ID", help="a saved flyer's id")
    parser.add_argument("--region", metavar="CODE", help="region code, e.g. MD-CA")
    parser.add_argument("--lang", metavar="CODE", help=f"flyer language: {', '.join(LANGUAGES)}")
    parser.add_argument("--template", metavar="NAME",
                        help=f"format: {'|'.join(TEMPLATES)} (default a4)")
    parser.add_argument("--headline", metavar="TEXT",
                        help="headline, printed as typed (default: the language's own)")
    parser.add_argument("--body", metavar="TEXT",
                        help="body text, printed as typed (default: the language's own, "
                             "naming the region)")
    parser.add_argument("--cta", metavar="TEXT",
                        help="call to action (default: the language's own)")
    parser.add_argument("--url", metavar="URL", help="platform web address (QR code)")
    parser.add_argument("--theme", metavar="NAME",
                        help=f"colour theme: {', '.join(THEMES)} (default {DEFAULT_THEME})")
    parser.add_argument("--bleed", action="store_true", help="add 3 mm bleed")
    parser.add_argument("--crop-marks", action="store_true", help="add crop marks")
    parser.add_argument("--cmyk", action="store_true", help="CMYK colours for print shops")
    parser.add_argument("--out", metavar="F.pdf", type=Path, help="PDF to write (one flyer)")
    parser.add_argument("--all-regions", action="store_true",
                        help="one flyer per region (batch; needs --langs and --out-dir)")
    parser.add_argument("--regions", metavar="CODES",
                        help="batch for these regions only, comma-separated")
    parser.add_argument("--langs", metavar="CODES", help="batch languages, e.g. fr,ar")
    parser.add_argument("--out-dir", metavar="DIR", type=Path, help="folder for the batch")
    parser.set_defaults(handler=cmd_flyer)


def _template(args: argparse.Namespace) -> str:
    template = (args.template or "a4").strip().lower()
    if template not in TEMPLATES:
        raise CliError(f"unknown template {args.template!r}; choose one of "
                       f"{', '.join(TEMPLATES)}")
    return template


def _language(code: str) -> str:
    language = code.strip().lower()
    if language not in LANGUAGES:
        raise CliError(f"unknown language {code!r}; choose one of {', '.join(LANGUAGES)}")
    return language


def _report(issues: list[Issue], where: str = "") -> None:
    prefix = f"{where}: " if where else ""
    for issue in issues:
        print(f"{prefix}{issue.severity}: {issue.message}", file=sys.stderr)


def _report_batch(items: Sequence[BatchItem]) -> None:
    """Each problem once: with the files it concerns when only some have it, and as "all
    flyers" when every file does (e.g. the example web address), instead of 74 equal lines."""
    files: dict[tuple[str, str], list[str]] = {}
    for item in items:
        for issue in item.issues:
            files.setdefault((issue.severity, issue.message), []).append(item.path.name)
    for (severity, message), names in files.items():
        where = f"all {len(items)} flyers" if len(names) == len(items) > 1 else ", ".join(names)
        print(f"{where}: {severity}: {message}", file=sys.stderr)


def cmd_flyer(args: argparse.Namespace, env: CliEnv) -> int:
    batch = bool(args.all_regions or args.regions or args.langs or args.out_dir)
    if batch:
        return _batch(args, env)
    return _single(args, env)


def _single(args: argparse.Namespace, env: CliEnv) -> int:
    from desktop.services.flyers.campaigns import add_campaigns
    from desktop.services.flyers.preflight import preflight
    from desktop.services.flyers.render import render_flyer
    from desktop.services.flyers.store import (
        FlyerValues,
        build_spec,
        default_url,
        get_flyer,
        live_regions,
        region_info,
        validate,
    )

    if args.out is None:
        raise CliError("--out F.pdf is required (or use --all-regions --langs … --out-dir DIR)")
    db = env.open_db()
    with db.transaction() as session:
        if args.flyer:
            if args.region or args.lang or args.template or args.headline or args.body \
                    or args.url or args.cta:
                raise CliError("use either --flyer ID or --region/--lang/--template/… , "
                               "not both")
            try:
                values = get_flyer(session, args.flyer)
            except LookupError as exc:
                raise CliError(f"no saved flyer with id {args.flyer}") from exc
        else:
            if not args.region or not args.lang:
                raise CliError("give --flyer ID, or --region CODE and --lang CODE")
            language = _language(args.lang)
            template = _template(args)
            region = region_info(session, args.region.strip().upper())
            if region is None:
                known = ", ".join(r.code for r in live_regions(session))
                raise CliError(f"unknown region {args.region!r}; known regions: {known}")
            texts = default_texts(language, region.name)
            values = FlyerValues(
                region_code=region.code, language=language, template=template,
                headline=args.headline if args.headline is not None else texts.headline,
                body=args.body if args.body is not None else texts.body,
                call_to_action=args.cta if args.cta is not None else texts.call_to_action,
                url=args.url if args.url is not None else default_url(session),
                theme=args.theme or DEFAULT_THEME)
        values.bleed = values.bleed or args.bleed
        values.crop_marks = values.crop_marks or args.crop_marks
        values.cmyk = values.cmyk or args.cmyk
        if args.theme and args.flyer:
            values.theme = args.theme
        cleaned, errors = validate(session, values)
        if errors:
            raise CliError("; ".join(e.message for e in errors))
        if not cleaned.campaign_code and cleaned.url:
            # A flyer printed without saving it still gets its own campaign code.
            cleaned.campaign_code = add_campaigns(session, [(
                f"{cleaned.region_code or ''} · {cleaned.language} · {cleaned.template} · "
                f"{dt.date.today().isoformat()}", cleaned.region_code, cleaned.language,
                cleaned.template, cleaned.url)])[0]
        spec = build_spec(session, cleaned)
    rendered = render_flyer(spec)
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_bytes(rendered.pdf)
    except OSError as exc:
        raise CliError(f"could not write {args.out}: {exc}") from exc
    _report(preflight(spec, rendered.report))
    report = rendered.report
    print(f"written {args.out} ({TEMPLATES[spec.template].width_mm:g} × "
          f"{TEMPLATES[spec.template].height_mm:g} mm, {spec.language}, "
          f"{report.points_printed} focal point(s))")
    return 0


def _batch(args: argparse.Namespace, env: CliEnv) -> int:
    from desktop.services.flyers.batch import BatchError, Texts, run_batch
    from desktop.services.flyers.store import FlyerError, FlyerValues, validate

    if args.flyer or args.region or args.out:
        raise CliError("batch mode (--all-regions/--regions) takes --langs and --out-dir, not "
                       "--flyer, --region or --out")
    if not (args.all_regions or args.regions):
        raise CliError("batch mode needs --all-regions or --regions CODES")
    if not args.langs:
        raise CliError("batch mode needs --langs, e.g. --langs fr,ar")
    if args.out_dir is None:
        raise CliError("batch mode needs --out-dir DIR")
    languages = [_language(code) for code in args.langs.split(",") if code.strip()]
    if not languages:
        raise CliError("--langs lists no language")
    template = _template(args)
    if args.theme and args.theme not in THEMES:
        raise CliError(f"unknown theme {args.theme!r}; choose one of {', '.join(THEMES)}")
    db = env.open_db()
    regions: list[str] | None = None
    if args.regions:
        regions = [code.strip().upper() for code in args.regions.split(",") if code.strip()]
    base = FlyerValues(template=template, url=args.url or "", theme=args.theme or DEFAULT_THEME,
                       bleed=args.bleed, crop_marks=args.crop_marks, cmyk=args.cmyk)
    if base.url:
        with db.sessions() as session:
            _cleaned, errors = validate(session, base)
        url_errors = [e.message for e in errors if e.field == "url"]
        if url_errors:
            raise CliError(url_errors[0])
    typed = Texts(args.headline or "", args.body or "", args.cta or "")
    try:
        items = run_batch(db, args.out_dir, languages, template, regions, base,
                          {language: typed for language in languages},
                          progress=stderr_progress("flyers"))
    except BatchError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"could not write into {args.out_dir}: {exc}") from exc
    except FlyerError as exc:
        raise CliError(str(exc)) from exc
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _report_batch(items)
    with_errors = sum(1 for item in items if item.has_errors)
    print(f"{len(items)} flyer(s) written to {args.out_dir}"
          + (f"; {with_errors} with preflight errors (see above)" if with_errors else ""))
    return 0
