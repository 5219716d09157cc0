"""Generate a large register for benchmarks: by default 100,000 delegations with
500,000 participants (five each), plus programme items, costs, decisions and
follow-up points, spread over 25 years.

    python benchmarks/generate_register.py OUT.sqlite3 [--delegations N]

Rows are written with bulk inserts in one transaction; the politician-count
trigger is the same one the program uses, so the file is exactly what the
program itself would have written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from delegation_planner.storage.database import open_database
from delegation_planner.storage.verdicts import refresh_verdicts

PARTNERS = [
    ("Jiangsu", "CN"),
    ("Guangdong", "CN"),
    ("Shanghai", "CN"),
    ("Tianjin", "CN"),
    ("Zhejiang", "CN"),
    ("Gyeonggi", "KR"),
    ("Kanagawa", "JP"),
    ("Massachusetts", "US"),
    ("Bavaria", "DE"),
    ("Île-de-France", "FR"),
]
THEMES = [
    "life_science",
    "ict",
    "food",
    "health_care",
    "innovation",
    "environmental_tech",
    "tourism",
    "culture",
]
PURPOSES = ["business_promotion", "political", "official", "research", "exchange", "trade_fair", "other"]
WORDS = [
    "Business",
    "Health-tech",
    "Elderly care",
    "Food",
    "Clean-tech",
    "Research",
    "Trade fair",
    "Study trip",
    "Matchmaking",
    "Workshop",
    "Investment",
    "Life science",
    "Smart city",
    "Exchange officials",
]
FIRST = [
    "Anna",
    "Bo",
    "Søren",
    "Åsa",
    "Mette",
    "Lars",
    "Karin",
    "Jens",
    "Li",
    "Wang",
    "Zhang",
    "Chen",
    "Ólafur",
]
LAST = ["Svensson", "Ærø", "Nielsen", "Öberg", "Lund", "Hansen", "Wei", "Ming", "Jørgensen", "Berg"]


def generate(path: Path, delegations: int, per_delegation: int = 5, seed: int = 7) -> dict[str, float]:
    rng = random.Random(seed)
    started = time.perf_counter()
    db = open_database(path)
    conn = db.conn
    n_orgs, n_people = max(50, delegations // 50), max(200, delegations // 5)
    with db.atomic():
        conn.executemany(
            "INSERT INTO organisations (id, name, kind, country) VALUES (?, ?, ?, ?)",
            [
                (
                    f"org-{i}",
                    f"Organisation {i} {rng.choice(LAST)}",
                    rng.choice(["company", "cluster", "university", "government"]),
                    rng.choice(PARTNERS)[1],
                )
                for i in range(n_orgs)
            ],
        )
        conn.executemany(
            "INSERT INTO people (id, name, kind, title, organisation_id, email) VALUES (?, ?, ?, '', ?, '')",
            [
                (
                    f"p-{i}",
                    f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}",
                    "politician" if i % 10 == 0 else rng.choice(["official", "business", "researcher"]),
                    f"org-{rng.randrange(n_orgs)}",
                )
                for i in range(n_people)
            ],
        )
        start0 = dt.date(2001, 1, 1)
        d_rows, p_rows, prog_rows, cost_rows, dec_rows, fu_rows = [], [], [], [], [], []
        for i in range(delegations):
            key = f"d-{i:06d}"
            start = start0 + dt.timedelta(days=rng.randrange(365 * 26))
            end = start + dt.timedelta(days=rng.randrange(1, 10))
            partner, country = rng.choice(PARTNERS)
            d_rows.append(
                (
                    key,
                    f"{rng.choice(WORDS)} delegation {partner} {i}",
                    rng.choice(["inbound", "outbound"]),
                    rng.choice(PURPOSES),
                    start.isoformat(),
                    end.isoformat(),
                    partner,
                    country,
                    json.dumps(rng.sample(THEMES, 2)),
                    "cluster",
                    f"org-{rng.randrange(n_orgs)}",
                    1,
                )
            )
            for pos, person in enumerate(rng.sample(range(n_people), per_delegation)):
                p_rows.append(
                    (
                        key,
                        pos,
                        f"p-{person}",
                        "home" if pos < 3 else "partner",
                        "member",
                        "Justified by the agreement's work programme.",
                    )
                )
            for pos in range(3):
                t = dt.datetime.combine(start, dt.time(9 + 2 * pos))
                prog_rows.append((key, pos, t.strftime("%Y-%m-%dT%H:%M"), f"Meeting {pos + 1}", partner))
            for pos, category in enumerate(("travel", "hosting")):
                planned = rng.randrange(5, 200) * 1000
                cost_rows.append(
                    (
                        key,
                        pos,
                        category,
                        planned,
                        planned * rng.uniform(0.8, 1.1),
                        rng.choice(["SEK", "DKK", "EUR"]),
                    )
                )
            if i % 2 == 0:
                dec_rows.append(
                    (
                        key,
                        (start - dt.timedelta(days=20)).isoformat(),
                        f"Dnr {start.year}-{i:06d}",
                        "approved",
                        "",
                        "2026-01-01T00:00:00",
                    )
                )
            fu_rows.append(
                (
                    key,
                    0,
                    "Send the minutes to the partner",
                    f"p-{rng.randrange(n_people)}",
                    (end + dt.timedelta(days=30)).isoformat(),
                    rng.choice(["open", "done"]),
                )
            )
        conn.executemany(
            'INSERT INTO delegations (id, title, direction, purpose, start, "end", partner_region, country, themes, '
            "initiator_kind, initiator_organisation_id, initiator_requested) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            d_rows,
        )
        conn.executemany(
            "INSERT INTO participants (delegation_id, position, person_id, side, role, justification) VALUES (?,?,?,?,?,?)",
            p_rows,
        )
        conn.executemany(
            "INSERT INTO programme_items (delegation_id, position, start, title, venue) VALUES (?,?,?,?,?)",
            prog_rows,
        )
        conn.executemany(
            "INSERT INTO cost_lines (delegation_id, position, category, planned, actual, currency) VALUES (?,?,?,?,?,?)",
            cost_rows,
        )
        conn.executemany(
            "INSERT INTO grip_decisions (delegation_id, date, reference, outcome, note, recorded_at) VALUES (?,?,?,?,?,?)",
            dec_rows,
        )
        conn.executemany(
            "INSERT INTO follow_up_points (delegation_id, position, text, owner_person_id, due, status) VALUES (?,?,?,?,?,?)",
            fu_rows,
        )
        refresh_verdicts(db)
    db.execute("ANALYZE")
    db.close()
    # Opened once more, as a new start would: the full check reads the file and remembers it
    # as checked, so the first window started on it paints its rows at once, as every later
    # one does, instead of reading the whole file first (a fresh file is checked once).
    open_database(path).close()
    return {"seconds": time.perf_counter() - started, "delegations": delegations, "participants": len(p_rows)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--delegations", type=int, default=100_000)
    args = parser.parse_args()
    if args.out.exists():
        sys.exit(f"{args.out} exists; choose a new file")
    figures = generate(args.out, args.delegations)
    print(
        f"generated {figures['delegations']:,} delegations and {figures['participants']:,} participants "
        f"in {figures['seconds']:.1f} s -> {args.out}"
    )


if __name__ == "__main__":
    main()
