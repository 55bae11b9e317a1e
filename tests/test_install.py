"""medlint as users install it: `pip install .` into a fresh environment, and the real pre-commit.

Both install medlint into new environments. So that the tests need no network, they take
every package from the wheelhouse that .ci/run builds (MEDLINT_WHEELHOUSE); without one they
are skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WHEELHOUSE = os.environ.get("MEDLINT_WHEELHOUSE", "")
needs_wheelhouse = pytest.mark.skipif(
    not WHEELHOUSE or not Path(WHEELHOUSE).is_dir(),
    reason="set MEDLINT_WHEELHOUSE to a folder of wheels (.ci/run builds one)")
BAD = "# HER2\n\nLast reviewed: 2026-10-01\n\nHer2 is a protein.\n"
CLEAN = "# HER2\n\nLast reviewed: 2026-10-01\n\nHER2 is a protein.\n"


def offline_pip_env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "PIP_NO_INDEX": "1", "PIP_FIND_LINKS": WHEELHOUSE,
            "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
            "MEDLINT_CACHE_DIR": str(tmp_path / "cache")}


@needs_wheelhouse
def test_pip_install_into_fresh_venv_finds_the_packs(tmp_path: Path) -> None:
    target = tmp_path / "venv"
    venv.create(target, with_pip=True)
    python = target / "bin" / "python"
    env = offline_pip_env(tmp_path)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(ROOT)], check=True,
                   env=env, timeout=600)
    medlint = str(target / "bin" / "medlint")
    run = subprocess.run([medlint, "check", "--offline", str(ROOT / "examples")],
                         capture_output=True, text=True, env=env)
    assert run.returncode == 1, run.stderr
    first = run.stdout.splitlines()[0]
    assert first.startswith(str(ROOT / "examples")) and first.split(":")[1].isdigit()
    clean = subprocess.run([medlint, "check", "--offline", str(ROOT / "examples" / "clean-her2-basics.md")],
                           capture_output=True, text=True, env=env)
    assert clean.returncode == 0, clean.stdout + clean.stderr


def git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture()
def article_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "articles"
    repo.mkdir()
    git("init", "-q", cwd=repo)
    git("config", "user.email", "t@example.org", cwd=repo)
    git("config", "user.name", "t", cwd=repo)
    return repo


def pre_commit(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    executable = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    return subprocess.run([executable, *args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=900)


def test_manifest_validates(tmp_path: Path) -> None:
    result = pre_commit("validate-manifest", str(ROOT / ".pre-commit-hooks.yaml"), cwd=ROOT,
                        env={**os.environ, "PRE_COMMIT_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stdout + result.stderr


@needs_wheelhouse
@pytest.mark.parametrize("hook", ["medlint-offline", "medlint"])
def test_pre_commit_try_repo_fails_bad_and_passes_clean(article_repo: Path, tmp_path: Path,
                                                        hook: str) -> None:
    env = offline_pip_env(tmp_path)
    (article_repo / "bad.md").write_text(BAD)
    (article_repo / "clean.md").write_text(CLEAN)
    git("add", ".", cwd=article_repo)
    bad = pre_commit("try-repo", str(ROOT), hook, "--files", "bad.md", cwd=article_repo, env=env)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.md:5:1: TERM001 Write 'HER2' rather than 'Her2'" in bad.stdout
    clean = pre_commit("try-repo", str(ROOT), hook, "--files", "clean.md", cwd=article_repo, env=env)
    assert clean.returncode == 0, clean.stdout + clean.stderr
