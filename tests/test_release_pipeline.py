"""The release pipeline, checked here: workflow files, the lock file, the Windows installer
rules, the macOS and Linux packaging scripts, and the trimmed ICU data of the Linux build.

The workflows themselves run only on GitHub; what can be checked without it is checked here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
RELEASE = ROOT / ".github" / "workflows" / "release.yml"
LOCK = ROOT / "requirements" / "release.txt"
ISS = ROOT / "packaging" / "windows" / "GuardianDesktop.iss"
SHA = re.compile(r"^[0-9a-f]{40}$")


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def all_steps(workflow: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(job_id, step) for job_id, job in workflow["jobs"].items() for step in job["steps"]]


def run_scripts(workflow: dict[str, Any], job: str) -> str:
    return "\n".join(step.get("run", "") for step in workflow["jobs"][job]["steps"])


# --- workflows --------------------------------------------------------------------------


def test_there_is_a_workflow() -> None:
    assert RELEASE in WORKFLOWS


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_by_a_full_commit_sha(path: Path) -> None:
    """A tag can be moved to other code; a 40-hex commit cannot. The comment says which
    release the commit is, for the person who updates it."""
    workflow = load(path)
    uses = [(job, step["uses"]) for job, step in all_steps(workflow) if "uses" in step]
    uses += [(job, j["uses"]) for job, j in workflow["jobs"].items() if "uses" in j]
    assert uses
    for job, ref in uses:
        if ref.startswith("./"):
            continue  # an action in this repository
        action, _, version = ref.partition("@")
        assert SHA.match(version), f"{job}: {ref} is not pinned by a full commit SHA"
    text = path.read_text(encoding="utf-8")
    for line in text.splitlines():
        if re.search(r"uses:\s*[\w.-]+/[\w./-]+@", line):
            assert re.search(r"@[0-9a-f]{40} # v\d+(\.\d+)*$", line), line.strip()


def test_runs_on_push_and_tags_for_windows_macos_and_linux() -> None:
    workflow = load(RELEASE)
    triggers = workflow[True]  # type: ignore[index]  # YAML 1.1 reads the key "on" as True
    assert "v*" in triggers["push"]["tags"]
    assert triggers["push"]["branches"] == ["**"]
    matrix = workflow["jobs"]["build"]["strategy"]["matrix"]["include"]
    runners = {entry["os"]: entry["target"] for entry in matrix}
    assert runners == {
        "windows-latest": "windows-x64",
        "macos-14": "macos-arm64",  # Apple silicon
        "macos-15-intel": "macos-x86_64",  # Intel
        "ubuntu-latest": "linux-x86_64",
    }
    assert workflow["jobs"]["build"]["strategy"]["fail-fast"] is False


def test_the_build_job_tests_builds_self_tests_and_uploads() -> None:
    workflow = load(RELEASE)
    steps = workflow["jobs"]["build"]["steps"]
    runs = [step.get("run", "") for step in steps]
    order = [
        next(i for i, r in enumerate(runs) if "--require-hashes" in r and LOCK.name in r),
        next(i for i, r in enumerate(runs) if "pytest" in r),
        next(i for i, r in enumerate(runs) if "package-smoke" in r),
        next(i for i, step in enumerate(steps) if "upload-artifact" in step.get("uses", "")),
    ]
    assert order == sorted(order), "install, test, build and self-test, then upload"
    smoke = (ROOT / ".ci" / "package-smoke").read_text(encoding="utf-8")
    assert "PyInstaller --noconfirm build.spec" in smoke and "--self-test" in smoke
    assert "GITHUB_STEP_SUMMARY" in smoke  # the Windows and macOS sizes reach the summary


def test_the_checks_are_the_ones_make_test_runs() -> None:
    """`make test` = lint + typecheck + pytest; the workflow runs the same commands."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^test: lint typecheck pytest$", makefile, re.M)
    wanted = []
    for target in ("lint", "typecheck", "pytest"):
        body = re.search(rf"^{target}:.*\n((?:\t.*\n)+)", makefile, re.M)
        assert body, target
        for line in body.group(1).splitlines():
            command = line.strip().replace("$(BIN)/", "").replace("QT_QPA_PLATFORM=offscreen ", "")
            wanted.append(re.sub(r"^pytest", "python -m pytest", command))
    checks = next(
        s["run"]
        for s in load(RELEASE)["jobs"]["build"]["steps"]
        if "(make test)" in s.get("name", "")
    )
    got = [line.strip().replace('"$VENV_BIN/', "").replace('"', "") for line in checks.splitlines()]
    got = [re.sub(r"^(ruff|mypy|python)", r"\1", g) for g in got if g]
    assert got == wanted
    assert load(RELEASE)["jobs"]["build"]["env"]["QT_QPA_PLATFORM"] == "offscreen"


def test_signing_only_with_secrets_and_unsigned_files_say_so() -> None:
    workflow = load(RELEASE)
    build = workflow["jobs"]["build"]
    env = build["env"]
    assert env["HAVE_WINDOWS_PFX"] == "${{ secrets.WINDOWS_CERTIFICATE_PFX_BASE64 != '' }}"
    assert env["HAVE_MACOS_CERT"] == "${{ secrets.MACOS_CERTIFICATE_P12_BASE64 != '' }}"
    by_name = {step.get("name", ""): step for step in build["steps"]}
    assert by_name["Windows signing certificate"]["if"].endswith("env.HAVE_WINDOWS_PFX == 'true'")
    assert by_name["macOS signing certificate"]["if"].endswith("env.HAVE_MACOS_CERT == 'true'")
    installer = by_name["Windows installer"]["run"]
    assert "if (-not $sign) { $name += '-unsigned' }" in installer
    dmg = (ROOT / "packaging" / "macos" / "make-dmg.sh").read_text(encoding="utf-8")
    assert 'suffix="-unsigned"' in dmg and "notarytool submit" in dmg
    assert "stapler staple" in dmg and "flags=.*runtime" in dmg
    linux = by_name["Linux folder as a .tar.gz (CI reference, not for people to install)"]["run"]
    assert "-unsigned.tar.gz" in linux
    # Secrets go to steps through env, never pasted into a script.
    for _job, step in all_steps(workflow):
        assert "secrets." not in step.get("run", ""), step.get("name")


def test_release_job_only_for_tags_and_publishes_hashes() -> None:
    workflow = load(RELEASE)
    release = workflow["jobs"]["release"]
    assert release["if"] == "startsWith(github.ref, 'refs/tags/v')"
    assert release["permissions"] == {"contents": "write"}
    assert workflow["permissions"] == {"contents": "read"}
    script = run_scripts(workflow, "release")
    assert "SHA256SUMS.txt" in script and "sha256sum --check" in script and "--draft" in script


def _actionlint() -> str | None:
    venv_bin = Path(sys.executable).parent
    for candidate in (shutil.which("actionlint"), venv_bin / "actionlint"):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    return None


@pytest.mark.skipif(_actionlint() is None, reason="actionlint is not installed")
def test_actionlint_passes() -> None:
    command = [str(_actionlint())]
    if shutil.which("shellcheck") is None:
        command.append("-shellcheck=")
    out = subprocess.run([*command, *map(str, WORKFLOWS)], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr


# --- the lock file -------------------------------------------------------------------------


def _locked() -> dict[str, tuple[str, str, int]]:
    """name -> (version, marker text, number of hashes) from requirements/release.txt."""
    text = LOCK.read_text(encoding="utf-8")
    locked: dict[str, tuple[str, str, int]] = {}
    for block in re.split(r"\n(?=\S)", text):
        first = block.splitlines()[0]
        if first.startswith("#"):
            continue
        match = re.match(r"([A-Za-z0-9_.-]+)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$", first)
        assert match, f"not a pinned requirement: {first}"
        name, version, marker = match.groups()
        locked[canonicalize_name(name)] = (version, marker or "", block.count("--hash=sha256:"))
    return locked


def _wanted() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    return [Requirement(r) for r in project["dependencies"] + extras["test"] + extras["package"]]


PLATFORMS = {
    "linux": {"sys_platform": "linux", "platform_system": "Linux"},
    "win32": {"sys_platform": "win32", "platform_system": "Windows"},
    "darwin": {"sys_platform": "darwin", "platform_system": "Darwin"},
}


def _environment(system: str) -> dict[str, str]:
    env: dict[str, str] = {k: str(v) for k, v in default_environment().items()}
    env.update(PLATFORMS[system])
    env.update(python_version="3.11", python_full_version="3.11.9", implementation_name="cpython")
    env["platform_python_implementation"] = "CPython"
    return env


def test_lock_pins_every_dependency_of_pyproject_for_each_system() -> None:
    """Each requirement of pyproject (app, test and package extras) has a pin in the lock
    that satisfies it, on every system where the requirement applies - and only there."""
    locked = _locked()
    for requirement in _wanted():
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{requirement} is not in {LOCK.name}: run packaging/lock.sh"
        version, marker, hashes = locked[name]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"{LOCK.name} pins {name}=={version}, but pyproject asks for {requirement}: "
            "run packaging/lock.sh"
        )
        assert hashes >= 1, f"{name} has no hash"
        for system in PLATFORMS:
            env = _environment(system)
            wanted = requirement.marker is None or requirement.marker.evaluate(env)
            if wanted:
                pinned = not marker or Requirement(f"x; {marker}").marker.evaluate(env)  # type: ignore[union-attr]
                assert pinned, f"{name} is needed on {system} but the lock leaves it out there"


def test_every_pin_has_hashes_and_the_lock_says_how_it_was_made() -> None:
    locked = _locked()
    assert all(hashes for _v, _m, hashes in locked.values())
    assert "#    packaging/lock.sh" in LOCK.read_text(encoding="utf-8")
    # Windows, macOS and Linux in one file: the platform-only packages are all there.
    for name, system in (("pywin32-ctypes", "win32"), ("macholib", "darwin"), ("jeepney", "linux")):
        assert name in locked and system in locked[name][1], name
    workflow = load(RELEASE)
    assert "bash packaging/lock.sh --check" in run_scripts(workflow, "lock")


def test_the_installed_versions_are_the_locked_ones() -> None:
    """The venv tests run in (here and on CI) holds the versions a release is built from:
    a drift here means the lock needs refreshing, or the venv does."""
    from importlib.metadata import PackageNotFoundError, version

    for requirement in _wanted():
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        name = canonicalize_name(requirement.name)
        try:
            installed = version(requirement.name)
        except PackageNotFoundError:
            continue  # an extra this venv does not use (e.g. pyinstaller before packaging)
        assert requirement.specifier.contains(installed, prereleases=True), requirement
        locked_version = _locked()[name][0]
        if installed != locked_version:
            pytest.skip(f"this venv has {name} {installed}, the lock {locked_version}")


# --- Windows installer ---------------------------------------------------------------------


def _iss() -> str:
    return ISS.read_text(encoding="utf-8")


def test_installer_is_per_user_without_admin_with_a_start_menu_entry() -> None:
    iss = _iss()
    setup = dict(
        line.split("=", 1)
        for line in iss.split("[Setup]")[1].split("\n[")[0].splitlines()
        if "=" in line and not line.startswith(("#", ";"))
    )
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # never offers an admin install
    assert (
        setup["DefaultDirName"] == r"{autopf}\Guardian Desktop"
    )  # per user: %LOCALAPPDATA%\Programs
    assert setup["ArchitecturesAllowed"] == "x64compatible"
    assert setup["UninstallDisplayIcon"] == r"{app}\GuardianDesktop.exe"
    assert 'Name: "{autoprograms}\\Guardian Desktop"; Filename: "{app}\\GuardianDesktop.exe"' in iss
    assert "{autodesktop}" not in iss and "{userdesktop}" not in iss  # nothing on the desktop
    assert "SignedUninstaller=yes" in iss.split("#ifdef Sign")[1].split("#endif")[0]


def test_uninstall_asks_before_deleting_case_data_and_the_default_is_keep() -> None:
    code = _iss().split("[Code]")[1]
    assert "ExpandConstant('{localappdata}\\GuardianDesktop')" in code
    ask = code.split("function WantsCaseDataDeleted")[1].split("end;")[0]
    # Silent uninstalls keep the data unless the command line asks; the question's
    # default button is the second one, No.
    assert "else if UninstallSilent then\n    Result := False" in ask
    assert "MB_YESNO or MB_DEFBUTTON2) = IDYES" in ask
    assert "'/DELETECASEDATA'" in code
    step = code.split("procedure CurUninstallStepChanged")[1]
    assert "usPostUninstall" in step and "if WantsCaseDataDeleted() then" in step
    assert code.count("DelTree(") == 1  # the only deletion, behind the question
    assert "Choose No to keep them." in _iss()


def test_installer_check_on_the_runner_covers_keep_and_delete() -> None:
    check = (ROOT / "packaging" / "windows" / "check-installer.ps1").read_text(encoding="utf-8")
    assert "--self-test" in check and "'Programs\\Guardian Desktop'" in check
    assert "a silent uninstall deleted the case folder" in check
    assert "@('/DELETECASEDATA')" in check
    steps = load(RELEASE)["jobs"]["build"]["steps"]
    tries = next(
        s for s in steps if s.get("name") == "Try the installer (install, self-test, uninstall)"
    )
    assert tries["if"] == "runner.os == 'Windows'"
    assert "check-installer.ps1 -Setup" in tries["run"]


# --- CI entry point --------------------------------------------------------------------------


def test_ci_runs_make_test_then_the_package_smoke() -> None:
    lines = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]
    assert lines.index("make test") < lines.index("bash .ci/package-smoke")


# --- the trimmed ICU data of the Linux build (packaging/icu_trim.py) ----------------------


def _icu_library() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found and shutil.which("cc") else None


ICU_PROBE = """
from PySide6.QtCore import QCollator, QLocale, QStringConverter, QStringDecoder, QTimeZone
words = ["Łódź", "Lodz", "zebra", "Żaba", "ch", "cz", "ñu", "nube", "ä", "z", "İstanbul", "ıs"]
for lang in ("pl_PL", "cy_GB", "es_ES", "sv_SE", "tr_TR"):
    c = QCollator(QLocale(lang))
    print(lang, " ".join(sorted(words, key=c.sortKey)), QLocale(lang).toUpper("straße ıi"))
tz = QTimeZone(b"Europe/Warsaw")
standard, long_name = QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName
for lang in ("pl_PL", "cy_GB", "ar_EG"):
    print(tz.displayName(standard, long_name, QLocale(lang)))
print(len(QStringConverter.availableCodecs()), QStringDecoder("Shift_JIS").isValid())
"""


def _probe(library_dir: Path | None) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if library_dir is not None:  # searched before the libraries' own $ORIGIN run path
        env["LD_LIBRARY_PATH"] = str(library_dir)
    out = subprocess.run(
        [sys.executable, "-c", ICU_PROBE], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr[-800:]
    return out.stdout


@pytest.mark.slow
@pytest.mark.skipif(_icu_library() is None, reason="Linux Qt's ICU and a C compiler only")
def test_trimmed_icu_gives_qt_the_same_answers(tmp_path: Path) -> None:
    """Sorting in five languages, locale upper case, time-zone names and converters: the
    same with the trimmed library. Dropping data Qt does read (collation, zone names)
    changes the answers, which shows the probe really reaches the library."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import icu_trim
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    library = _icu_library()
    assert library is not None
    trimmed = icu_trim.trim(library, tmp_path / "trimmed")
    assert trimmed is not None
    assert trimmed.stat().st_size < library.stat().st_size * 0.6
    full = _probe(None)
    assert "Amser Safonol Canolbarth Ewrop" in full  # Welsh zone name from ICU
    assert _probe(trimmed.parent) == full
    broken = icu_trim.trim(library, tmp_path / "broken", drop_trees=("coll", "zone"))
    assert broken is not None
    assert _probe(broken.parent) != full


def test_windows_software_opengl_is_left_out_and_qt_itself_kept() -> None:
    sys.path.insert(0, str(ROOT / "packaging" / "pyinstaller-hooks"))
    try:
        import qt_trim
    finally:
        sys.path.remove(str(ROOT / "packaging" / "pyinstaller-hooks"))
    assert qt_trim.unused("PySide6\\opengl32sw.dll")
    for kept in ("PySide6/Qt6Widgets.dll", "PySide6/Qt6Gui.dll", "PySide6/Qt6PrintSupport.dll"):
        assert not qt_trim.unused(kept), kept


def test_icu_package_round_trip_keeps_every_item() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import icu_trim
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    header = b"\x20\x00\xda\x27" + b"\x14\x00\x00\x00\x00\x00\x02\x00CmnD" + bytes(16)
    items = [("icudt73l/a.res", b"A" * 20), ("icudt73l/brkitr/b.brk", b"B" * 7),
             ("icudt73l/coll/c.res", b"C" * 33)]  # fmt: skip
    package = icu_trim.join_package(header, items)
    again_header, again = icu_trim.split_package(package)
    assert again_header == header
    assert [(n, b.rstrip(b"\0")) for n, b in again] == items
    trimmed = icu_trim.split_package(icu_trim.trim_package(package))[1]
    assert [n for n, _ in trimmed] == ["icudt73l/a.res", "icudt73l/coll/c.res"]
