"""``diaspora-desk inbox``: review registrations from the public form without a window.

``inbox list [--status S] [--out FILE.csv]`` lists them (with the duplicate matches of those
waiting), ``inbox accept ID``, ``inbox merge ID --into RECORD_ID`` and ``inbox reject ID
--reason TEXT`` decide one. ID is the registration's id, the first 8 characters of it, or the
reference its sender was shown. Unknown ids exit 1. Listing also erases the personal data of
registrations rejected longer ago than the retention period.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop.cli.common import CliEnv, CliError
from sync.registration.vocabulary import STATUSES

if TYPE_CHECKING:
    from desktop.services.registrations import RegistrationRow

COLUMNS = ("id", "reference", "status", "kind", "name", "email", "phone", "country",
           "origin_region", "campaign", "language", "submitted_at", "consents", "matches",
           "decided_at", "decided_by", "reason", "result_id")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "inbox", help="review registrations from the public form (list, accept, merge, reject)",
        description="Registrations sent through the server's /register form, after a sync. "
                    "ID is a registration id (or its first 8 characters) or the reference its "
                    "sender was shown. Exit 1 on an unknown id.")
    actions = p.add_subparsers(dest="inbox_action", metavar="ACTION", required=True)
    show = actions.add_parser("list", help="list registrations (CSV with --out)")
    show.add_argument("--status", choices=STATUSES, help="only this status (default: all)")
    show.add_argument("--out", type=Path, metavar="FILE.csv", help="write CSV instead of a table")
    accept = actions.add_parser("accept", help="create the association or candidate")
    accept.add_argument("id", metavar="ID")
    merge = actions.add_parser("merge", help="merge into an existing record (the existing "
                               "values are kept where they are filled)")
    merge.add_argument("id", metavar="ID")
    merge.add_argument("--into", required=True, metavar="RECORD_ID",
                       help="id of the existing association or candidate")
    reject = actions.add_parser("reject", help="reject (personal data erased after the "
                                "retention period)")
    reject.add_argument("id", metavar="ID")
    reject.add_argument("--reason", required=True, metavar="TEXT")
    p.set_defaults(handler=cmd_inbox)


def _row(item: RegistrationRow) -> dict[str, str]:
    consents = ",".join(c.purpose for c in item.consents if c.given)
    matches = "; ".join(f"{m.name} ({m.record_id}, {m.score}: {', '.join(m.reasons)})"
                        for m in item.matches)
    return {
        "id": item.id, "reference": item.reference, "status": item.status, "kind": item.kind,
        "name": item.name, "email": item.email, "phone": item.phone,
        "country": item.country_code, "origin_region": item.region_code,
        "campaign": item.campaign_code, "language": item.language,
        "submitted_at": item.submitted_at.isoformat() if item.submitted_at else "",
        "consents": consents, "matches": matches,
        "decided_at": item.decided_at.isoformat() if item.decided_at else "",
        "decided_by": item.decided_by, "reason": item.reason, "result_id": item.result_id,
    }


def _write_csv(rows: list[dict[str, str]], handle: TextIO) -> None:
    writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def cmd_inbox(args: argparse.Namespace, env: CliEnv) -> int:
    # Imported here: the database layer is not loaded for `--help` (see test_cli_startup).
    from desktop.services.registrations import (
        RegistrationError,
        accept_registration,
        erase_expired,
        list_registrations,
        merge_registration,
        reject_registration,
    )

    db = env.open_db(need_office=False)
    try:
        if args.inbox_action == "list":
            erased = erase_expired(db)
            rows = [_row(r) for r in list_registrations(
                db, [args.status] if args.status else None)]
            if args.out is not None:
                try:
                    with args.out.open("w", encoding="utf-8-sig", newline="") as handle:
                        _write_csv(rows, handle)
                except OSError as exc:
                    raise CliError(f"could not write {args.out}: {exc}") from exc
                print(f"{len(rows)} registration(s) written to {args.out}")
            else:
                for row in rows:
                    print(f"{row['id'][:8]}  {row['reference']}  {row['status']:<8}  "
                          f"{row['kind']:<11}  {row['name']}"
                          + (f"  [possible duplicate: {row['matches']}]"
                             if row["matches"] else ""))
                print(f"{len(rows)} registration(s)", file=sys.stderr)
            if erased:
                print(f"erased the personal data of {erased} rejected registration(s) past "
                      "the retention period", file=sys.stderr)
            return 0
        if args.inbox_action == "accept":
            decision = accept_registration(db, args.id)
        elif args.inbox_action == "merge":
            decision = merge_registration(db, args.id, args.into, {})
        else:
            decision = reject_registration(db, args.id, args.reason)
    except RegistrationError as exc:
        raise CliError(str(exc)) from exc
    what = f" as {decision.result_entity} {decision.result_id}" if decision.result_id else ""
    print(f"registration {decision.reference} {decision.status}{what}")
    for moved in decision.moved_to_notes:
        print(f"note: kept in the notes, not accepted by the checks: {moved}", file=sys.stderr)
    return 0
