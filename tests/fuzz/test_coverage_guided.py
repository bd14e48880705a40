"""Coverage-guided fuzzing (atheris) of the pure parsers — the one JSON
reader, the cluster frame decoder, the Discord message reader — in a
subprocess under this run's seed: a short run in the short form, a long
one under ALEXCLAW_CHAOS_LONG. A crash fails the test with libFuzzer's
report and the input it kept."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.fuzz.atheris_targets import PARSERS
from tests.fuzz.support import SEED, Record, budget, count

ROOT = Path(__file__).parents[2]


def test_a_coverage_guided_run_finds_no_crash_in_the_pure_parsers(tmp_path: Path, record_property: Record) -> None:
    runs = budget(20_000, 2_000_000)
    result = subprocess.run(
        [sys.executable, "-m", "tests.fuzz.atheris_targets", f"-runs={runs}", f"-seed={SEED % 2**31}",
         f"-artifact_prefix={tmp_path}/", "-max_len=4096", "-rss_limit_mb=1024"],
        cwd=ROOT, capture_output=True, text=True, timeout=budget(60, 1200), check=False,
    )  # fmt: skip
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert result.returncode == 0, f"a parser crashed (seed {SEED}), inputs kept {kept}:\n{result.stderr[-4000:]}"
    done = re.findall(r"Done (\d+) runs", result.stderr)
    features = re.findall(r"ft: (\d+)", result.stderr)
    assert done, result.stderr[-2000:]
    detail = f"{', '.join(PARSERS)}; {features[-1] if features else '?'} coverage features"
    count(record_property, "atheris (coverage-guided)", int(done[-1]), detail)
