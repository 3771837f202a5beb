"""`forebyg consent`, `forebyg institution` and `forebyg handover`: consent-gated handover.

Handlers call services only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from forebyg_desktop.cli.common import EXIT_OK, Parser, emit, store_session

if TYPE_CHECKING:
    from forebyg_desktop.services.errors import ServiceError
    from forebyg_desktop.services.session import Session


def register(sub: argparse._SubParsersAction) -> None:
    """Add the consent, institution and handover commands to the `forebyg` parser."""
    consent_parser = sub.add_parser("consent", help="parents' consent to share")
    consent_parser.set_defaults(handler=cmd_consent)
    consent = consent_parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    ca = consent.add_parser("add", help="record a written consent (prints the id)")
    ca.add_argument("--child", required=True, metavar="ID")
    ca.add_argument("--given-by", required=True, metavar="NAME")
    ca.add_argument(
        "--covers",
        required=True,
        metavar="KINDS",
        help="comma list of assessments,plans,evaluations",
    )
    ca.add_argument("--recipient", required=True, metavar="INSTITUTION")
    ca.add_argument("--purpose", required=True, metavar="TEXT")
    ca.add_argument("--expires", required=True, metavar="YYYY-MM-DD")
    ca.add_argument("--given-date", metavar="YYYY-MM-DD", help="default: today")
    cw = consent.add_parser("withdraw", help="record that a consent was withdrawn")
    cw.add_argument("consent_id", metavar="ID")
    cw.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    consent.add_parser("list", help="a child's consents").add_argument(
        "--child", required=True, metavar="ID"
    )

    inst_parser = sub.add_parser("institution", help="this institution's handover key")
    inst_parser.set_defaults(handler=cmd_institution)
    inst = inst_parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    key = inst.add_parser("key", help="write the public key file (made once) and its fingerprint")
    key.add_argument("--out", required=True, metavar="FILE")
    key.add_argument(
        "--name", metavar="NAME", help="the institution's name (needed the first time)"
    )

    hand_parser = sub.add_parser("handover", help="hand a child's record over, with consent")
    hand_parser.set_defaults(handler=cmd_handover)
    hand = hand_parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    he = hand.add_parser("export", help="write a handover file for the receiving institution")
    he.add_argument("--child", required=True, metavar="ID")
    he.add_argument("--to", required=True, metavar="PUBLIC_KEY_FILE")
    he.add_argument("--out", required=True, metavar="FILE")
    he.add_argument(
        "--consent", metavar="ID", help="the consent to use (default: the newest that applies)"
    )
    he.add_argument(
        "--accept-new-key",
        metavar="FINGERPRINT",
        help="the receiver's new key, after comparing its fingerprint with them by phone",
    )
    hi = hand.add_parser("import", help="import a handover file, or a receipt for one we sent")
    hi.add_argument("file", metavar="FILE")
    hi.add_argument("--receipt-out", metavar="FILE", help="default: FILE with suffix .receipt")
    hi.add_argument("--group", default="", help="the child's group or class here")
    hi.add_argument(
        "--from",
        dest="sender_key",
        metavar="PUBLIC_KEY_FILE",
        help="refuse a handover not signed by the institution of this key file",
    )
    hi.add_argument(
        "--accept-new-key",
        metavar="FINGERPRINT",
        help="the sender's new key, after comparing its fingerprint with them by phone",
    )
    hand.add_parser("list", help="handovers sent and received").add_argument(
        "--child", metavar="ID"
    )


def cmd_consent(args: argparse.Namespace) -> int:
    from forebyg_desktop.services.handover import consent_service

    with store_session(args) as session:
        if args.action == "add":
            cid = consent_service.record_consent(
                session,
                child_id=args.child,
                given_by=args.given_by,
                covers=args.covers.split(","),
                recipient=args.recipient,
                purpose=args.purpose,
                expires=args.expires,
                given_date=args.given_date,
            )
            emit(args, {"id": cid}, cid)
        elif args.action == "withdraw":
            consent_service.withdraw_consent(session, args.consent_id, args.date)
            emit(args, {"id": args.consent_id, "withdrawn": True}, f"Withdrew {args.consent_id}")
        else:
            consents = consent_service.list_consents(session, args.child)
            today = session.today()
            rows = [{**c.to_fields(), "id": c.id, "active": c.is_active(today)} for c in consents]
            text = "\n".join(
                f"{r['id']}  {'active ' if r['active'] else 'inactive'} {r['recipient']}: "
                f"{','.join(r['covers'])} until {r['expires']}"
                + (f" (withdrawn {r['withdrawn']})" if r["withdrawn"] else "")
                for r in rows
            )
            emit(args, rows, text or "No consents recorded.")
    return EXIT_OK


def cmd_institution(args: argparse.Namespace) -> int:
    from forebyg_desktop.services.handover.institution_service import write_public_key

    with store_session(args) as session:
        public = write_public_key(session, Path(args.out), args.name)
        emit(
            args,
            {
                "institution": public.institution,
                "fingerprint": public.fingerprint,
                "file": args.out,
            },
            f"Wrote the public key of {public.institution} to {args.out}\n"
            f"Fingerprint: {public.fingerprint}  (compare it with the sender by phone)",
        )
    return EXIT_OK


def _key_changed_hint(exc: ServiceError) -> ServiceError:
    """A refused key change, with how to accept the key here (after the phone call)."""
    from forebyg_desktop.services.errors import ServiceError

    return ServiceError(
        f"{exc} If they confirm it, run the command again with "
        "--accept-new-key and the fingerprint they read to you.",
        exc.where,
    )


def cmd_handover(args: argparse.Namespace) -> int:
    from forebyg_desktop.services.handover.institution_pins import KeyChanged

    with store_session(args) as session:
        try:
            _handover(args, session)
        except KeyChanged as exc:
            raise _key_changed_hint(exc) from None
    return EXIT_OK


def _compare(name: str, fingerprint: str, then: str = "") -> str:
    return (
        f"First handover with {name}: call them and compare the fingerprint {fingerprint} "
        f"with the one they read to you{then}."
    )


def _handover(args: argparse.Namespace, session: Session) -> None:
    from forebyg_desktop.services.handover import handover_import_service as handover_import
    from forebyg_desktop.services.handover import handover_service

    if args.action == "export":
        s = handover_service.export_handover(
            session,
            args.child,
            Path(args.to),
            Path(args.out),
            consent_id=args.consent,
            accept_new_key=args.accept_new_key,
        )
        counts = ", ".join(f"{n} {e}s" for e, n in s.included.items())
        lines = [
            f"Wrote {s.file} for {s.recipient} ({s.recipient_fingerprint}): "
            f"the child's name and birth date, {counts}",
            *(f"Note: {n.english()}" for n in s.notes),
        ]
        if s.first_use:
            lines.append(
                _compare(s.recipient, s.recipient_fingerprint, " before you send the file")
            )
        if s.key_changed_from:
            lines.append(f"The key of {s.recipient} was changed from {s.key_changed_from}.")
        emit(args, s.as_json(), "\n".join(lines))
    elif args.action == "import":
        r = handover_import.import_file(
            session,
            Path(args.file),
            receipt_out=Path(args.receipt_out) if args.receipt_out else None,
            group=args.group,
            sender_key=Path(args.sender_key) if args.sender_key else None,
            accept_new_key=args.accept_new_key,
        )
        if isinstance(r, handover_import.ReceiptResult):
            text = f"Receipt: {r.receiver} received handover {r.handover_id} on {r.received}"
            if r.already_imported:
                text += " (already recorded)"
        else:
            text = (
                f"Imported child {r.child_id} from {r.sender} ({r.sender_fingerprint}), "
                f"{r.written} records written; receipt for the sender: {r.receipt}"
            )
            if r.first_from_sender:
                text += "\n" + _compare(r.sender, r.sender_fingerprint)
            if r.key_changed_from:
                text += f"\nThe key of {r.sender} was changed from {r.key_changed_from}."
            if r.already_imported:
                text = f"Already imported; nothing changed. Receipt written again: {r.receipt}"
            if r.same_name_child:
                print(
                    f"forebyg: a child with the same name and birth date is already "
                    f"registered here ({r.same_name_child}); the handover was kept separate",
                    file=sys.stderr,
                )
        emit(args, r.as_json(), text)
    else:
        rows = handover_service.list_handovers(session, args.child)
        text = "\n".join(
            f"{h.date}  {h.direction:<8} {h.status:<16} {h.counterpart} "
            f"({h.records} records, child {h.child_id})  {h.id}"
            for h in rows
        )
        emit(args, [h.as_json() for h in rows], text or "No handovers.")
