"""Fuzz the hub: mutate one hub file at a time and check that a member's sync holds up.

    .venv/bin/python scripts/fuzz_hub.py N [--seed S] [--verbose]

Builds a small team in a temporary folder (a leader and members with real
encrypted stores, children and assessments, a profile pack, a removed device
and so a key rotation, a join request waiting for the leader), then for each
of N mutants changes ONE hub file - bit flips, truncation, inserted bytes, an
empty file, odd JSON values (Infinity, NaN, 1e308, -1, 2**70, strings for
numbers, lists for objects, deep nesting, duplicate keys) in the JSON files
and the bundles' clear headers, and with the team key also inside the
encryption (the manifest, re-encrypted but not re-signed; and the payload
rows, re-signed with the writer's own key, as a rogue member would) - and
lets a member (the leader for a join request) sync from its state before the
sync. It checks that the sync ends without a traceback or an internal error,
that `check_store` passes, and that once the original file is back the
device reaches the dump it reaches from the untouched hub. Prints the counts.

Each mutant starts from the same store state (copied back with SQLite's
backup, no new key derivation) and the same hub (files the sync added are
removed), so mutants are independent and cheap.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
import zlib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from forebyg_desktop.services.child.child_service import add_child  # noqa: E402
from forebyg_desktop.services.reports.dump_service import dump_records  # noqa: E402
from forebyg_desktop.services.session import (  # noqa: E402
    Session,
    create_session,
    current_profile,
    open_session,
)
from forebyg_desktop.services.setup.demo_service import run_demo  # noqa: E402
from forebyg_desktop.services.team_sync import team_leader_service, team_service  # noqa: E402
from forebyg_desktop.services.team_sync.sync_service import quarantined, run_sync  # noqa: E402
from forebyg_desktop.store.canonical import canonical_json  # noqa: E402
from forebyg_desktop.store.integrity import check_store  # noqa: E402
from forebyg_desktop.sync import crypto  # noqa: E402
from forebyg_desktop.sync.bundle import MAGIC, padded_size  # noqa: E402
from forebyg_desktop.sync.state import SyncState  # noqa: E402

PASSPHRASE = "fuzzing the hub, not the passphrase"
ODD_VALUES = [
    float("inf"),
    float("nan"),
    1e308,
    -1,
    2**70,
    "1",
    "",
    [],
    {},
    None,
    True,
    [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]],
    "x" * 5000,
]
DEEP = "[" * 100_000 + "]" * 100_000
# How often each kind of file is picked: bundles are what members read most;
# witness files are read only by their own writer's `check`.
WEIGHTS = {"fbundle": 6, "fbroster": 3, "fbpack": 3, "fbjoin": 2, "fbwitness": 1}


@dataclass
class Counts:
    mutants: int = 0
    tracebacks: int = 0
    internal_errors: int = 0
    inconsistent: int = 0
    not_converged: int = 0
    refused: int = 0  # the mutated file was quarantined (the expected outcome)
    rogue_accepted: int = 0  # re-signed by its writer and valid: a fork, not a fault
    kinds: dict[str, int] = field(default_factory=dict)


# -- the team ------------------------------------------------------------------------------


def _session(root: Path, name: str, role: str = "staff") -> Session:
    return create_session(root / name, PASSPHRASE, profile_id="topi", user=name, role=role)


def _enroll(leader: Session, member: Session, hub: Path, root: Path, name: str) -> None:
    code = team_service.invite(leader, root / f"{name}.fbinvite", name)
    team_service.join_team(member, root / f"{name}.fbinvite", code, hub)


def build_team(root: Path) -> tuple[Path, dict[str, Path], dict[str, bytes]]:
    """The hub, the templates to fuzz from (bo's and the leader's store) and signing keys."""
    hub = root / "hub"
    hub.mkdir()
    leader = _session(root, "leader", "leader")
    team_service.create_team(leader, "Fuzz", hub)
    anna, dan, bo = _session(root, "anna"), _session(root, "dan"), _session(root, "bo")
    for name, member in (("anna", anna), ("dan", dan)):
        _enroll(leader, member, hub, root, name)
        run_sync(leader)
    _enroll(leader, bo, hub, root, "bo")
    bo.close()
    templates = {"bo": root / "bo-template"}
    shutil.copytree(root / "bo", templates["bo"])  # joined, not yet admitted, nothing held
    run_sync(leader)

    run_demo(leader, 4, 2, seed=7)
    add_child(anna, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
    add_child(anna, "Karl Jensen", "2020-02-01", "Sommerfuglene")
    add_child(dan, "Lea Holm", "2021-06-30", "Mariehønen")
    for session in (leader, anna, dan, leader, anna):
        run_sync(session)
    raw = json.loads((ROOT / "resources" / "profiles" / "topi.json").read_text("utf-8"))
    raw["version"] = 2
    (root / "topi-v2.json").write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    team_leader_service.publish_profile(leader, root / "topi-v2.json")
    team_leader_service.remove_device(leader, SyncState(dan.store).device)  # a key rotation
    add_child(dan, "Efter Fjernelsen", "2021-01-01", "Mariehønen")  # refused by all
    from forebyg_desktop.sync.exchange import export_new

    export_new(SyncState(dan.store), hub, None)
    add_child(anna, "Mads Berg", "2019-09-09", "Sommerfuglene")  # under the new key
    for session in (anna, leader, anna):
        run_sync(session)

    cara = _session(root, "cara")
    code = team_service.invite(leader, root / "cara.fbinvite", "cara")
    signers = {
        SyncState(s.store).device: SyncState(s.store).signing_key() for s in (leader, anna, dan)
    }
    leader.close()
    templates["leader"] = root / "leader-template"
    shutil.copytree(root / "leader", templates["leader"])  # cara's request not yet seen
    team_service.join_team(cara, root / "cara.fbinvite", code, hub)
    for session in (anna, dan, cara):
        session.close()
    return hub, templates, signers


# -- mutations -----------------------------------------------------------------------------


def _json_paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _json_paths(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value[:20]):
            yield from _json_paths(item, (*path, i))


def _set(value, path, new):
    if not path:
        return new
    target = value
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = new
    return value


def mutate_json_text(text: str, rng: random.Random) -> str:
    """A JSON document with one value made odd, a duplicate key, or deep nesting."""
    try:
        value = json.loads(text)
    except ValueError:
        return text + "x"
    choice = rng.random()
    if choice < 0.15 and text.startswith("{") and len(text) > 2:
        key_end = text.index(":")
        return "{" + text[1:key_end] + ":1," + text[1:]  # the first key twice
    paths = list(_json_paths(value))
    path = rng.choice(paths[1:] or paths)
    if choice < 0.25:
        new = json.dumps(_set(value, path, "DEEP"), allow_nan=True)
        return new.replace('"DEEP"', DEEP, 1)
    return json.dumps(_set(value, path, rng.choice(ODD_VALUES)), allow_nan=True)


def mutate_bytes(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    choice = rng.randrange(4)
    if choice == 0 or not data:
        flipped = bytearray(data or b"\0")
        for _ in range(rng.randint(1, 8)):
            flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
        return "bitflip", bytes(flipped)
    if choice == 1:
        return "truncate", data[: rng.randrange(len(data))]
    if choice == 2:
        at = rng.randrange(len(data) + 1)
        return "insert", data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]
    return "empty", b""


def _split(data: bytes) -> tuple[bytes, bytes]:
    end = data.index(b"\n", data.index(b"\n") + 1) + 1
    return data[:end], data[end:]


def mutate_bundle(
    data: bytes, rng: random.Random, keys: dict[int, bytes], signers: dict[str, bytes]
) -> tuple[str, bytes, bool]:
    """(kind, bytes, re-signed) for a bundle or witness file."""
    header, sealed = _split(data)
    magic, line = header.split(b"\n")[:2]
    key = keys.get(json.loads(line).get("epoch"))
    choice = rng.random()
    if choice < 0.3 or key is None:
        text = mutate_json_text(line.decode(), rng)
        return "header", magic + b"\n" + text.encode() + b"\n" + sealed, False
    inner = crypto.decrypt(key, sealed, header)
    size = int.from_bytes(inner[:4], "big")
    manifest = inner[4 : 4 + size]
    if choice < 0.6 or not data.startswith(MAGIC):
        new = mutate_json_text(manifest.decode(), rng).encode()
        inner = len(new).to_bytes(4, "big") + new + inner[4 + size :]
        return "manifest", header + crypto.encrypt(key, inner, header), False
    if choice < 0.7:
        flipped = bytearray(inner)
        flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
        return "inner-bitflip", header + crypto.encrypt(key, bytes(flipped), header), False
    # A rogue writer: rows changed, the manifest made to match and signed again.
    meta = json.loads(manifest)
    signer = signers.get(meta["device"])
    payload = inner[4 + size + 64 : 4 + size + 64 + meta["size"]]
    rows = json.loads(zlib.decompress(payload))
    text = mutate_json_text(json.dumps(rows), rng)
    payload = zlib.compress(text.encode())
    meta.update(sha256=crypto.digest(payload), size=len(payload))
    new = canonical_json(meta).encode()
    signature = (
        crypto.sign(signer, new, context="bundle-manifest")
        if signer
        else inner[4 + size : 4 + size + 64]
    )
    inner = len(new).to_bytes(4, "big") + new + signature + payload
    inner += bytes(padded_size(len(inner)) - len(inner))
    return "rows", header + crypto.encrypt(key, inner, header), bool(signer)


def mutate(path: Path, data: bytes, rng: random.Random, keys, signers) -> tuple[str, bytes, bool]:
    kind = path.name.rsplit(".", 1)[-1]
    if rng.random() < 0.35:
        how, new = mutate_bytes(data, rng)
        return f"{kind}:{how}", new, False
    if kind in ("fbundle", "fbwitness") and data:
        how, new, resigned = mutate_bundle(data, rng, keys, signers)
        return f"{kind}:{how}", new, resigned
    return f"{kind}:json", mutate_json_text(data.decode("utf-8", "replace"), rng).encode(), False


# -- running -------------------------------------------------------------------------------


class Device:
    """A work store reset to its template before every mutant."""

    def __init__(self, template: Path, work: Path) -> None:
        shutil.copytree(template, work)
        self.template = open_session(template, PASSPHRASE)
        self.session = open_session(work, PASSPHRASE)

    def reset(self) -> None:
        self.template.store.db.conn.backup(self.session.store.db.conn)
        self.session.profile = current_profile(self.session.store)

    def close(self) -> None:
        self.template.close()
        self.session.close()


def run(n: int, seed: int, verbose: bool = False) -> Counts:
    rng = random.Random(seed)
    counts = Counts()
    with tempfile.TemporaryDirectory(prefix="forebyg-fuzz-") as tmp:
        root = Path(tmp)
        hub, templates, signers = build_team(root)
        devices = {name: Device(t, root / f"{name}-work") for name, t in templates.items()}
        keys = SyncState(devices["leader"].template.store).team_keys()
        original = {p.name: p.read_bytes() for p in hub.iterdir()}
        expected = {}
        for name, device in devices.items():
            run_sync(device.session)
            expected[name] = dump_records(device.session)
            _clean(hub, original)
            device.reset()
        names = sorted(original)
        weights = [WEIGHTS.get(name.rsplit(".", 1)[-1], 1) for name in names]
        try:
            for i in range(n):
                (name,) = rng.choices(names, weights)
                who = "leader" if name.startswith("join.") else "bo"
                kind, data, resigned = mutate(hub / name, original[name], rng, keys, signers)
                counts.kinds[kind] = counts.kinds.get(kind, 0) + 1
                _one(devices[who], hub, name, data, original, expected[who], resigned, counts)
                counts.mutants += 1
                if verbose and (i + 1) % 100 == 0:
                    print(f"{i + 1} mutants", file=sys.stderr)
        finally:
            for device in devices.values():
                device.close()
    return counts


def _clean(hub: Path, original: dict[str, bytes]) -> None:
    for path in hub.iterdir():
        if path.name not in original:
            path.unlink()
        elif path.read_bytes() != original[path.name]:
            path.write_bytes(original[path.name])


def _one(device, hub, name, data, original, expected, resigned, counts: Counts) -> None:
    session = device.session
    path = hub / name
    path.write_bytes(data)
    try:
        try:
            run_sync(session)
        except Exception:  # noqa: BLE001 - what the fuzzer is here to find
            counts.tracebacks += 1
            print(f"traceback on {name}:\n{traceback.format_exc()}", file=sys.stderr)
            return
        reasons = {q.file: q.reason for q in quarantined(session)}
        internal = [r for r in reasons.values() if "internal error" in r]
        if internal:
            counts.internal_errors += 1
            print(f"internal error on {name}: {internal}", file=sys.stderr)
        problems = check_store(session.store)
        if problems:
            counts.inconsistent += 1
            print(f"inconsistent store after {name}: {problems[:3]}", file=sys.stderr)
        refused = name in reasons
        counts.refused += refused
        if resigned and not refused and data != original[name]:
            counts.rogue_accepted += 1  # its writer's own valid signature: a fork
            return
        path.write_bytes(original[name])
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        try:
            run_sync(session)
        except Exception:  # noqa: BLE001
            counts.tracebacks += 1
            print(f"traceback after restoring {name}:\n{traceback.format_exc()}", file=sys.stderr)
            return
        if dump_records(session) != expected:
            counts.not_converged += 1
            print(f"not converged after restoring {name}", file=sys.stderr)
    finally:
        _clean(hub, original)
        device.reset()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, help="how many mutants")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    counts = run(args.n, args.seed, args.verbose)
    seconds = time.perf_counter() - start
    print(f"command: scripts/fuzz_hub.py {args.n} --seed {args.seed}")
    for label in (
        "mutants",
        "tracebacks",
        "internal_errors",
        "inconsistent",
        "not_converged",
        "refused",
        "rogue_accepted",
    ):
        print(f"{label.replace('_', ' ')}: {getattr(counts, label)}")
    print("kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.kinds.items())))
    print(f"time: {seconds:.1f} s ({seconds / max(counts.mutants, 1):.3f} s per mutant)")
    failed = counts.tracebacks + counts.internal_errors + counts.inconsistent + counts.not_converged
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
