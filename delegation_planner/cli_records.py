"""The commands of a delegation's life and the office's records: status, copy, attach,
documents. Kept beside ``cli`` (which parses and dispatches) so that each stays a
readable size; the exit statuses and one-line errors are the same.
"""

from __future__ import annotations

import argparse
import datetime as dt

from delegation_planner.cli import EXIT_OK, _database, _writable, no_delegation
from delegation_planner.cli_errors import BadInput
from delegation_planner.storage import repository
from delegation_planner.texts.catalogue import tr


def status(args: argparse.Namespace) -> int:
    from delegation_planner.domain.status import StatusChangeRefused, label, parse_status, proposed_status
    from delegation_planner.storage.lifecycle import change_status, current_user

    db = _writable(args) if args.new_status is not None else _database(args, create=False)
    try:
        if not repository.delegation_exists(db, args.delegation):
            raise BadInput(no_delegation(args.delegation))
        if args.new_status is not None:
            try:
                change_status(
                    db, args.delegation, parse_status(args.new_status), by=current_user(), reason=args.reason
                )
            except StatusChangeRefused as error:
                raise BadInput(f"{args.delegation}: {error}") from error
        delegation, _ = repository.load_delegation(db, args.delegation)
    finally:
        db.close()
    print(f"{delegation.id}: {delegation.status.value}")
    for change in delegation.status_history:
        line = f"  {change.date.isoformat()}  {change.status.value:<11}"
        if change.by:
            line += "  " + tr("by {name}", name=change.by)
        if change.reason:
            line += f"  — {' '.join(change.reason.split())}"
        print(line)
    proposal = proposed_status(delegation.status, delegation.end, dt.date.today())
    if proposal is not None and args.new_status is None:
        print(
            "  "
            + tr(
                "The trip ended on {end}: mark it {status} with '{command}'.",
                end=delegation.end,
                status=label(proposal),
                command=" ".join(("delegation-planner status", delegation.id, proposal.value)),
            )
        )
    return EXIT_OK


def copy(args: argparse.Namespace) -> int:
    from delegation_planner.storage.lifecycle import copy_delegation, current_user

    try:
        start = dt.date.fromisoformat(str(args.start).strip())
    except ValueError:
        raise BadInput(
            tr("The start must be a date written YYYY-MM-DD, not '{given}'.", given=args.start)
        ) from None
    db = _writable(args)
    try:
        if not repository.delegation_exists(db, args.delegation):
            raise BadInput(no_delegation(args.delegation))
        try:
            copy = copy_delegation(db, args.delegation, start, by=current_user(), new_key=args.new_id)
        except ValueError as error:
            raise BadInput(str(error)) from error
    finally:
        db.close()
    print(copy.id)
    return EXIT_OK


def attach(args: argparse.Namespace) -> int:
    from delegation_planner.storage.attachments import (
        Owner,
        add_attachment,
        list_attachments,
        read_file_checked,
        size_text,
    )
    from delegation_planner.storage.lifecycle import current_user

    owner = Owner.AGREEMENT if args.agreement else Owner.DELEGATION
    # Every file is read and checked before anything is written: all are kept or none.
    contents = []
    for path in args.files:
        if not path.is_file():
            raise BadInput(tr("Cannot read {path}: there is no such file.", path=path))
        contents.append((path.name, read_file_checked(path)))
    db = _writable(args) if contents else _database(args, create=False)
    try:
        table = "agreements" if args.agreement else "delegations"
        if db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [args.record]).fetchone() is None:
            raise BadInput(
                tr("There is no agreement '{key}' in the register.", key=args.record)
                if args.agreement
                else no_delegation(args.record)
            )
        with db.atomic():
            for name, data in contents:
                add_attachment(db, owner, args.record, name, data, by=current_user())
        files = list_attachments(db, owner, args.record)
    finally:
        db.close()
    for item in files:
        size = size_text(item.size) if item.held else tr("name only")
        print(f"{item.name}\t{size}\t{item.added_on.isoformat()}\t{item.added_by}")
    return EXIT_OK


def documents(args: argparse.Namespace) -> int:
    from delegation_planner.storage.document_log import list_documents, save_pattern

    db = _writable(args) if args.pattern is not None else _database(args, create=False)
    try:
        if args.pattern is not None:
            save_pattern(db, args.pattern)
        if args.delegation is not None and not repository.delegation_exists(db, args.delegation):
            raise BadInput(no_delegation(args.delegation))
        found = list_documents(db, delegation=args.delegation, year=args.year)
    finally:
        db.close()
    for item in found:
        owner = item.delegation or (str(item.year) if item.year is not None else "")
        print(
            f"{item.written_on.isoformat()}\t{item.reference}\t{item.kind}\t{item.language}\t"
            f"{owner}\t{item.written_by}\t{item.file_name}"
        )
    return EXIT_OK
