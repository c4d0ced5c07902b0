"""The boilerplate benchmark's two parts: every gold file is either development data or held
apart, never both, and no quality floor pins a held-apart round (a floor that fails would make
someone read the round's errors, which ends its blindness)."""

from __future__ import annotations

import ast
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "boilerplate.py"
GOLD = BENCH.parent / "data" / "boilerplate"
FLOORS_FILE = Path(__file__).with_name("test_boilerplate.py")


def _tuple_of(path: Path, name: str) -> tuple[str, ...]:
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        if isinstance(target, ast.Name) and target.id == name and node.value is not None:
            value = ast.literal_eval(node.value)
            return tuple(value)
    raise AssertionError(f"{name} not found in {path}")


def test_every_gold_file_is_in_exactly_one_part() -> None:
    development = _tuple_of(BENCH, "DEVELOPMENT")
    held_apart = _tuple_of(BENCH, "HELD_APART")
    files = {p.stem for p in GOLD.glob("*.txt")}
    assert not set(development) & set(held_apart)
    assert set(development) | set(held_apart) == files
    assert len(development) == len(set(development))
    assert len(held_apart) == len(set(held_apart))


def test_no_floor_pins_a_held_apart_round() -> None:
    held_apart = set(_tuple_of(BENCH, "HELD_APART"))
    floors = _tuple_of(FLOORS_FILE, "FLOORS")  # a dict: its keys
    assert not held_apart & set(floors)
