"""Last-writer-wins materialisation: any order of the same operations, same record."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from forebyg_desktop.store.materialiser import apply_operation
from forebyg_desktop.store.operation import Operation

FIELDS = ("name", "group", "birth_date")

op_strategy = st.builds(
    lambda device, seq, wall, fields, delete: Operation(
        op_id=f"{device}-{seq}",
        device=device,
        seq=seq,
        hlc=f"{wall:015d}-{seq:06d}",  # an HLC never repeats on one device
        actor="x",
        entity="child",
        entity_id="c1",
        kind="delete" if delete else "put",
        fields={} if delete else fields,
    ),
    device=st.sampled_from(["dev-a", "dev-b", "dev-c"]),
    seq=st.integers(1, 1000),
    wall=st.integers(0, 50),
    fields=st.dictionaries(st.sampled_from(FIELDS), st.text(max_size=3), min_size=1),
    delete=st.booleans(),
)


def _replay(ops: list[Operation]) -> dict:
    row = None
    for op in ops:
        row = apply_operation(row, op)
    return row.data


@given(
    st.lists(op_strategy, min_size=1, max_size=12, unique_by=lambda o: (o.device, o.seq)),
    st.randoms(),
)
def test_order_does_not_matter(ops: list[Operation], rnd) -> None:
    shuffled = list(ops)
    rnd.shuffle(shuffled)
    assert _replay(ops) == _replay(shuffled)


def test_later_write_wins_per_field() -> None:
    def op(wall: int, device: str, **fields: str) -> Operation:
        return Operation(
            f"{device}{wall}",
            device,
            wall,
            f"{wall:015d}-000000",
            "x",
            "child",
            "c1",
            "put",
            fields,
        )

    first = op(1, "a", name="Ida", group="A")
    second = op(2, "b", group="B")
    assert _replay([second, first]) == {"name": "Ida", "group": "B"}
    # Same HLC: the device id breaks the tie, identically everywhere.
    tie_a, tie_b = op(3, "a", name="X"), op(3, "b", name="Y")
    assert _replay([tie_a, tie_b])["name"] == _replay([tie_b, tie_a])["name"] == "Y"


def test_delete_leaves_a_tombstone_that_later_puts_do_not_revive() -> None:
    put = Operation("1", "a", 1, f"{1:015d}-000000", "x", "child", "c1", "put", {"name": "Ida"})
    delete = Operation("2", "a", 2, f"{2:015d}-000000", "x", "child", "c1", "delete", {})
    late = Operation("3", "b", 1, f"{3:015d}-000000", "x", "child", "c1", "put", {"name": "Ib"})
    for order in ([put, delete, late], [late, delete, put], [delete, late, put]):
        row = None
        for o in order:
            row = apply_operation(row, o)
        assert row.deleted
