from __future__ import annotations

import json
import os
import subprocess
import sys

_SCRIPT = """
import json
from lagebild.entities.record import EntityRecord
rec = EntityRecord(id="e0", type="PER")
rec.add_neighbours({"e%d" % i for i in range(1, 40)})
rec.add_neighbours({"e3", "e17", "e0"})
print(json.dumps(rec.data()["neighbours"]))
"""


def _neighbours(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run(
        [sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, check=True
    )
    return out.stdout


def test_neighbours_are_stored_in_one_order_whatever_the_hash_seed() -> None:
    first = _neighbours("1")
    assert all(_neighbours(seed) == first for seed in ("2", "3", "4"))
    counts = json.loads(first)
    assert "e0" not in counts
    assert counts["e3"] == counts["e17"] == 2 and counts["e1"] == 1
