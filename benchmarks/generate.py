"""Generate a fictional caseload for the benchmarks: deterministic, encrypted, through the real schema.

    uv run python benchmarks/generate.py                     # 500 residents, 25,000 meetings
    uv run python benchmarks/generate.py --meetings 100000   # the stress size

The vault is made by the real ``Vault.create`` (Argon2id key file, SQLCipher
database, Alembic migrations to head). Rows then go in with SQLAlchemy Core
bulk inserts in large transactions; the FTS5 triggers of the real schema keep
``search_index`` in step, so no rebuild is needed (it is verified at the end).

Output: benchmarks/data/<name>/ with nabij.db, nabij.key and meta.json. The
name holds size, seed, schema revision and generator version, so a cached set
is reused only when all four match. The data key is not stored anywhere but in
the passphrase-wrapped key file; the harness unwraps it with PASSPHRASE.
Every name and story is invented (benchmarks/vocabulary.py).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from datetime import datetime, timedelta
from datetime import time as dtime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import vocabulary as V  # noqa: E402

GENERATOR_VERSION = 1
PASSPHRASE = "fictieve benchmark 2026"
REFERENCE = datetime(2026, 11, 28, 9, 0)  # "today" in the data: fixed, so the data never depends on the clock
DATA_DIR = ROOT / "benchmarks" / "data"
DEFAULT_SEED = 8
BATCH_RESIDENTS = 50  # residents per transaction


def dataset_name(meetings: int, residents: int, seed: int, revision: str) -> str:
    return f"caseload-{meetings}m-{residents}r-s{seed}-rev{revision}-g{GENERATOR_VERSION}"


def ensure(
    meetings: int = 25_000, residents: int = 500, seed: int = DEFAULT_SEED, *, force: bool = False, log=print
) -> tuple[Path, dict]:
    """The cached data set for these parameters, generated when missing. Returns (folder, meta)."""
    from app.storage import migrations

    target = DATA_DIR / dataset_name(meetings, residents, seed, migrations.head_revision())
    meta_path = target / "meta.json"
    if force and target.exists():
        shutil.rmtree(target)
    if meta_path.exists():
        return target, json.loads(meta_path.read_text())
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    work = target.with_name(target.name + ".part")
    if work.exists():
        shutil.rmtree(work)
    log(f"generating {meetings:,} meetings for {residents} residents (seed {seed}) in {target.name} ...")
    meta = generate(work, meetings, residents, seed, log=log)
    (work / "meta.json").write_text(json.dumps(meta, indent=2))
    work.rename(target)
    log(f"generated in {meta['generation_seconds']:.1f} s; nabij.db is {meta['db_bytes'] / 2**20:.1f} MiB")
    return target, meta


def _split(total: int, parts: int, rng: random.Random) -> list[int]:
    """``total`` meetings over ``parts`` residents, uneven (0.4x to 1.6x the mean), at least 2 each."""
    weights = [rng.uniform(0.4, 1.6) for _ in range(parts)]
    scale = total / sum(weights)
    counts = [max(2, int(w * scale)) for w in weights]
    i = 0
    while sum(counts) != total:
        step = 1 if sum(counts) < total else -1
        if step > 0 or counts[i % parts] > 2:
            counts[i % parts] += step
        i += 1
    return counts


def _workday_time(day: datetime, rng: random.Random) -> datetime:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day.date(), dtime(rng.choice((9, 10, 11, 13, 14, 15)), rng.choice((0, 15, 30, 45))))


def generate(folder: Path, meetings: int, residents: int, seed: int, log=print) -> dict:
    from sqlalchemy import func, insert, select, text

    from app.content import load_library
    from app.models import (
        AgendaItem,
        Agreement,
        BaggageMark,
        KnownFact,
        Meeting,
        PromptUse,
        ReferralEntry,
        Resident,
        SphereEntry,
    )
    from app.services.profile import Profile
    from app.services.registry import Services
    from app.storage import migrations
    from app.storage.engine import driver_connection
    from app.storage.keys import OsKeyring
    from app.storage.vault import Vault
    from tests.support.keyring_backend import MemoryKeyring

    rng = random.Random(seed)
    library = load_library("nl")
    baggage_kinds = {b.id: b.kind for b in library.baggage}
    for d in library.life_domains:
        baggage_kinds.setdefault(d.id, "life_domain")
    baggage_ids = sorted(baggage_kinds)
    prompt_ids = [p.id for p in library.prompts]

    started = time.perf_counter()
    database = Vault(folder, OsKeyring(MemoryKeyring())).create(PASSPHRASE)
    services = Services.over(database)
    services.profile.save(
        Profile(
            "Bente Fictief",
            "06 00 00 00 00",
            "b.fictief@gemeente.example",
            "Gemeente Verzinnerveen",
            "Team Werk & Inkomen Noord",
        )
    )
    services.referrals.seed(library.referrals)
    with database.session() as s:
        referral_ids = list(s.scalars(select(ReferralEntry.id)))

    counts = _split(meetings, residents, rng)
    T = {
        name: model.__table__
        for name, model in (
            ("resident", Resident),
            ("meeting", Meeting),
            ("agenda_item", AgendaItem),
            ("agreement", Agreement),
            ("baggage_mark", BaggageMark),
            ("known_fact", KnownFact),
            ("prompt_use", PromptUse),
            ("sphere_entry", SphereEntry),
        )
    }
    ids = {name: 0 for name in T}
    rows: dict[str, list[dict]] = {name: [] for name in T}
    picks: dict = {"current_meeting": {}, "meeting_count": {}}
    client_numbers: dict[int, str] = {}
    surnames: dict[int, str] = {}

    def next_id(table: str) -> int:
        ids[table] += 1
        return ids[table]

    def flush() -> None:
        with database.engine.begin() as conn:
            for name in T:  # dict order: parents before children
                if rows[name]:
                    conn.execute(insert(T[name]), rows[name])
                    rows[name].clear()

    for index in range(residents):
        rid = next_id("resident")
        family = V.surname(rng)
        first = rng.choice(V.FIRST_NAMES)
        title = rng.choice(V.TITLES)
        display = f"{title}{family[0].upper()}{family[1:]}" if title else f"{first} {family[0].upper()}{family[1:]}"
        surnames[rid] = family.split()[-1]
        client = str(rng.randrange(1_000_000, 9_999_999)) if rng.random() < 0.7 else None
        if client:
            client_numbers[rid] = client
        created = REFERENCE - timedelta(days=rng.uniform(8 * 365, 10.5 * 365))
        rows["resident"].append(
            dict(
                id=rid,
                display_name=display,
                initials=f"{first[0]}.",
                address_form=rng.choice(("je", "je", "u")),
                client_number=client,
                preferred_channel=rng.choice(("mail", "whatsapp", "phone", "letter", None)),
                language=rng.choice(V.LANGUAGES),
                brings_companion=rng.choice((True, False, None)),
                preferred_place=rng.choice(("office", "office", "home", "walk", "phone", "video", None)),
                consultant_count=rng.randint(1, 14),
                created_at=created,
                updated_at=created,
            )
        )

        n = counts[index]
        roll = rng.random()
        current = "planned" if roll < 0.85 else ("in_progress" if roll < 0.90 else None)
        closed_n = n - 1 if current else n
        span = (REFERENCE - timedelta(days=3) - created).total_seconds()
        starts = sorted(
            _workday_time(created + timedelta(seconds=span * (k + rng.uniform(0.05, 0.95)) / closed_n), rng)
            for k in range(closed_n)
        )
        if current == "planned":
            starts.append(_workday_time(REFERENCE + timedelta(days=rng.randint(1, 30)), rng))
        elif current == "in_progress":
            starts.append(REFERENCE)
        picks["meeting_count"][rid] = n
        resident_meetings: list[int] = []
        for k, when in enumerate(starts):
            mid = next_id("meeting")
            resident_meetings.append(mid)
            closed = k < closed_n
            status = "closed" if closed else current
            place = rng.choice(("office", "office", "office", "home", "walk", "phone", "video"))
            nxt = starts[k + 1] if k + 1 < len(starts) else None
            row = dict(
                id=mid,
                resident_id=rid,
                starts_at=when,
                place=place,
                place_detail="",
                status=status,
                goals=V.text_of_length(rng, 30, 160) if rng.random() < 0.5 else "",
                notes="",
                summary="",
                checkout_score=None,
                checkout_words="",
                went_well="",
                could_improve="",
                closed_at=None,
                next_at=nxt if closed else None,
                next_place=place,
                next_place_detail="",
                created_at=when - timedelta(days=14),
                updated_at=when,
            )
            if closed:
                row.update(
                    notes=V.text_of_length(rng, 200, 1500),
                    summary=V.text_of_length(rng, 80, 400),
                    checkout_score=rng.randint(1, 5),
                    checkout_words=rng.choice(V.CHECKOUT_WORDS),
                    went_well=rng.choice(V.WENT_WELL) if rng.random() < 0.6 else "",
                    could_improve=rng.choice(V.COULD_IMPROVE) if rng.random() < 0.4 else "",
                    closed_at=when + timedelta(hours=1),
                    updated_at=when + timedelta(hours=1),
                )
            elif status == "in_progress":
                row.update(notes=V.text_of_length(rng, 200, 600))
            else:
                picks["current_meeting"][rid] = mid
            if status == "in_progress":
                picks["current_meeting"][rid] = mid
            rows["meeting"].append(row)

            for pos, topic in enumerate(rng.sample(V.AGENDA, rng.randint(2, 5))):
                rows["agenda_item"].append(
                    dict(
                        id=next_id("agenda_item"),
                        meeting_id=mid,
                        position=pos,
                        text=topic,
                        proposed_by=rng.choice(("consultant", "resident")),
                        carried_over=rng.random() < 0.2,
                        discussed=closed and rng.random() < 0.85,
                    )
                )
            if closed:
                recent = k >= closed_n - 3
                slip = index == 0 and k == closed_n - 1
                for pos in range(10 if slip else rng.randint(1, 4)):
                    if slip:
                        status_a = "open"
                    elif recent:
                        status_a = "open" if rng.random() < 0.7 else "done"
                    else:
                        r = rng.random()
                        status_a = "done" if r < 0.76 else ("dropped" if r < 0.98 else "open")
                    rows["agreement"].append(
                        dict(
                            id=next_id("agreement"),
                            resident_id=rid,
                            meeting_id=mid,
                            position=pos,
                            text=V.agreement_text(rng),
                            owner=rng.choice(("resident", "consultant", "together")),
                            due=(when + timedelta(days=rng.randint(7, 42))).date(),
                            status=status_a,
                            created_at=when,
                            updated_at=when + timedelta(hours=1),
                        )
                    )
                if slip:
                    picks["slip_meeting"] = mid
                for category in rng.sample(baggage_ids, rng.choice((0, 0, 1, 1, 2, 3))):
                    rows["baggage_mark"].append(
                        dict(
                            id=next_id("baggage_mark"),
                            meeting_id=mid,
                            category_id=category,
                            kind=baggage_kinds[category],
                            note="",
                        )
                    )
                for prompt in rng.sample(prompt_ids, rng.randint(0, 4)):
                    rows["prompt_use"].append(dict(id=next_id("prompt_use"), meeting_id=mid, prompt_id=prompt))
                for pos in range(rng.choice((0, 0, 1, 2))):
                    kind = rng.choice(("will", "wont", "cant"))
                    rows["sphere_entry"].append(
                        dict(
                            id=next_id("sphere_entry"),
                            meeting_id=mid,
                            position=pos,
                            kind=kind,
                            text=rng.choice(V.SPHERE[kind]),
                            referral_id=rng.choice(referral_ids) if kind == "cant" and referral_ids else None,
                        )
                    )
        for _ in range(rng.randint(0, 5)):
            category = rng.choice(baggage_ids) if rng.random() < 0.6 else None
            mid = rng.choice(resident_meetings)
            rows["known_fact"].append(
                dict(
                    id=next_id("known_fact"),
                    resident_id=rid,
                    meeting_id=mid,
                    category_id=category,
                    text=rng.choice(V.FACTS),
                    created_at=REFERENCE - timedelta(days=rng.randint(30, 3000)),
                )
            )
        if (index + 1) % BATCH_RESIDENTS == 0:
            flush()
    flush()

    with database.engine.begin() as conn:
        from app.storage.search import KINDS

        # one index row per row of each indexed table (sphere lines, file readings and handovers too)
        expected = sum(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in KINDS)
        indexed = conn.execute(text("SELECT count(*) FROM search_index")).scalar()
        if indexed != expected:  # the triggers should have done it; repair if not
            from app.storage import search

            log(f"search index has {indexed} rows, expected {expected}: rebuilding")
            search.rebuild(conn)
        table_counts = {t: conn.execute(select(func.count()).select_from(T[t])).scalar() for t in T}
    # Outside any transaction (every unit of work now begins IMMEDIATE, and a checkpoint inside one is
    # refused with "database table is locked"): on the driver connection itself.
    raw = database.engine.raw_connection()
    try:
        driver_connection(raw).execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()
    revision = migrations.current_revision(database.engine)
    db_id = database.db_id
    database.close()
    elapsed = time.perf_counter() - started

    # Benchmark picks: residents with about the mean number of meetings and an editable current meeting.
    mean = meetings / residents
    with_current = sorted(picks["current_meeting"], key=lambda r: (abs(picks["meeting_count"][r] - mean), r))
    open_residents = with_current[:2]
    search_resident = next(r for r in with_current if r in client_numbers)
    queries = {
        "name": surnames[search_resident],
        "client number": client_numbers[search_resident],
        "word from agreements": "fietsenwerkplaats",
        "word from notes": "huurachterstand",
        "two-word prefix": "schuld brie",
    }
    return {
        "meetings": meetings,
        "residents": residents,
        "seed": seed,
        "revision": revision,
        "generator_version": GENERATOR_VERSION,
        "db_id": db_id,
        "generation_seconds": round(elapsed, 2),
        "db_bytes": (folder / "nabij.db").stat().st_size,
        "rows": table_counts,
        "open_residents": open_residents,
        "open_resident_meetings": [picks["meeting_count"][r] for r in open_residents],
        "current_meeting": {str(r): picks["current_meeting"][r] for r in open_residents},
        "slip_meeting": picks["slip_meeting"],
        "queries": queries,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--meetings", type=int, default=25_000)
    parser.add_argument("--residents", type=int, default=500)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--force", action="store_true", help="generate again even when cached")
    args = parser.parse_args(argv)
    folder, meta = ensure(args.meetings, args.residents, args.seed, force=args.force)
    print(f"{folder}")
    print(
        f"generation: {meta['generation_seconds']:.1f} s (when it was made); "
        f"nabij.db: {meta['db_bytes'] / 2**20:.1f} MiB; rows: {meta['rows']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
