"""Load the wizard's guidance content (steps, regions, platforms) from JSON, without Qt."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from guardian_desktop.core.resources import resource_path

ROLES: tuple[str, ...] = ("victim", "helper", "counsellor")
BLOCK_KINDS: frozenset[str] = frozenset(
    {"para", "do", "dont", "warning", "heading", "check", "phone", "link"}
)
AUDIENCES: frozenset[str] = frozenset({"all", "adult", "under18"})
CONFIDENCE_LEVELS: frozenset[str] = frozenset({"verified", "lower"})
FALLBACK_LANG = "en"


class GuidanceError(ValueError):
    """The guidance files are missing or do not have the expected shape."""


@dataclass(frozen=True)
class Source:
    """Where a piece of guidance comes from, and when it was last checked."""

    name: str
    url: str
    checked: date
    note: str = ""


@dataclass(frozen=True)
class Block:
    """One piece of step text, already resolved for a role and an age."""

    kind: str
    text: str
    id: str | None = None


@dataclass(frozen=True)
class RawBlock:
    """A block as stored: text per role, an optional age condition and role filter."""

    kind: str
    text: dict[str, str]
    id: str | None
    when: str | None
    roles: frozenset[str]
    sources: tuple[Source, ...]

    def applies(self, role: str, under_18: bool | None) -> bool:
        """Say whether the block is shown to ``role`` at the given age.

        ``under_18=None`` means the age is unknown: under-18 blocks are still shown
        because they are safety-critical, and adult-only blocks are shown too.
        """
        if role not in self.roles:
            return False
        if self.when == "under18":
            return under_18 is not False
        if self.when == "adult":
            return under_18 is not True
        return True


@dataclass(frozen=True)
class Step:
    """One wizard step: a title per role and its blocks."""

    id: str
    titles: dict[str, str]
    raw_blocks: tuple[RawBlock, ...]
    sources: tuple[Source, ...]

    def title(self, role: str) -> str:
        """Return the step title for ``role``."""
        _check_role(role)
        return self.titles[role]

    def blocks(self, role: str, under_18: bool | None) -> list[Block]:
        """Return the blocks for ``role``, filtered by age condition, in file order."""
        _check_role(role)
        return [
            Block(kind=raw.kind, text=raw.text[role], id=raw.id)
            for raw in self.raw_blocks
            if raw.applies(role, under_18)
        ]

    def checklist_ids(self) -> list[str]:
        """Return the stable ids of every checklist item in this step."""
        return [raw.id for raw in self.raw_blocks if raw.kind == "check" and raw.id]


@dataclass(frozen=True)
class Link:
    """A labelled web address."""

    label: str
    url: str
    source: Source


@dataclass(frozen=True)
class Service:
    """A helpline or support service, and who it is for."""

    id: str
    name: str
    for_: str
    what: str
    source: Source
    phone: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class AfterReportNote:
    """A plain sentence on what happens after a report, with its source."""

    text: str
    source: Source


@dataclass(frozen=True)
class Region:
    """Police and support details for one legal region."""

    id: str
    name: str
    paper: str
    report_language: str
    emergency_number: str
    emergency_source: Source
    non_emergency_number: str
    non_emergency_source: Source
    online_report: Link
    under_18_report: Link
    services: tuple[Service, ...]
    after_report: tuple[AfterReportNote, ...]
    source: Source

    def services_for(self, under_18: bool | None) -> list[Service]:
        """Return services for this age; ``None`` (age unknown) returns every service."""
        if under_18 is None:
            return list(self.services)
        wanted = "under18" if under_18 else "adult"
        return [s for s in self.services if s.for_ in ("all", wanted)]


@dataclass(frozen=True)
class Platform:
    """How to find, report and block someone on one app."""

    id: str
    name: str
    confidence: str
    username: str
    numeric_id: str | None
    profile_url: str | None
    report: tuple[str, ...]
    report_category: str | None
    block: tuple[str, ...]
    traps: tuple[str, ...]
    source: Source
    lower_confidence_note: str = ""

    @property
    def checked(self) -> date:
        """Date the platform entry was last checked."""
        return self.source.checked

    @property
    def note(self) -> str | None:
        """Warning shown for lower-confidence entries (menus may differ), else ``None``."""
        return self.lower_confidence_note if self.confidence == "lower" else None


@dataclass(frozen=True)
class Guidance:
    """All guidance content for one language."""

    lang: str
    steps: dict[str, Step]
    regions: dict[str, Region]
    platforms: dict[str, Platform]
    step_order: tuple[str, ...] = field(default=())

    def step(self, step_id: str) -> Step:
        """Return the step with ``step_id``; raise ``KeyError`` if there is none."""
        return self.steps[step_id]


@dataclass(frozen=True)
class LanguageMeta:
    """About one language's guidance text: its name, direction and review state."""

    language: str
    name: str
    direction: str = "ltr"
    reviewed_by_native_speaker: bool = True
    note: str = ""


ENGLISH_META = LanguageMeta(language="en", name="English", note="Original text.")


def guidance_dir() -> Path:
    """Return the folder holding guidance content (``resources/guidance``)."""
    return resource_path("guidance")


_current_language = FALLBACK_LANG


def set_language(lang: str) -> None:
    """Choose the language that ``load_guidance()`` gives when none is named (the app's)."""
    global _current_language
    _current_language = lang or FALLBACK_LANG


def current_language() -> str:
    return _current_language


def load_guidance(lang: str | None = None) -> Guidance:
    """Load guidance for ``lang`` (default: the app's language); any file missing in that
    language comes from English."""
    return _load_cached(lang or _current_language, guidance_dir())


def available_languages() -> list[str]:
    """Return the language codes that have their own guidance folder, English first."""
    base = guidance_dir()
    found = sorted(p.name for p in base.iterdir() if p.is_dir() and (p / "steps.json").is_file())
    return sorted(found, key=lambda code: code != FALLBACK_LANG)


def language_meta(lang: str) -> LanguageMeta:
    """Return ``meta.json`` for ``lang``; without one, the text shown is English."""
    path = guidance_dir() / lang / "meta.json"
    if not path.is_file():
        return ENGLISH_META
    data = _read_json(path)
    where = f"{lang}/meta.json"
    direction = _str(data, "direction", where)
    if direction not in ("ltr", "rtl"):
        raise GuidanceError(f"{where}: 'direction' must be 'ltr' or 'rtl'")
    reviewed = data.get("reviewed_by_native_speaker")
    if not isinstance(reviewed, bool):
        raise GuidanceError(f"{where}: 'reviewed_by_native_speaker' must be true or false")
    note = data.get("note", "")
    return LanguageMeta(
        language=_str(data, "language", where),
        name=_str(data, "name", where),
        direction=direction,
        reviewed_by_native_speaker=reviewed,
        note=note if isinstance(note, str) else "",
    )


@lru_cache(maxsize=8)
def _load_cached(lang: str, base: Path) -> Guidance:
    steps_data = _read_json(_pick(base, lang, "steps.json"))
    platforms_data = _read_json(_pick(base, lang, "platforms.json"))
    steps = _parse_steps(steps_data)
    regions: dict[str, Region] = {}
    for path in _region_files(base, lang):
        region = _parse_region(_read_json(path))
        regions[region.id] = region
    platforms = _parse_platforms(platforms_data)
    return Guidance(
        lang=lang,
        steps=steps,
        regions=regions,
        platforms=platforms,
        step_order=tuple(steps),
    )


def _pick(base: Path, lang: str, *parts: str) -> Path:
    wanted = base / lang / Path(*parts)
    if wanted.is_file():
        return wanted
    fallback = base / FALLBACK_LANG / Path(*parts)
    if fallback.is_file():
        return fallback
    raise GuidanceError(f"guidance file not found: {Path(*parts)}")


def _region_files(base: Path, lang: str) -> list[Path]:
    names = {p.name for p in (base / FALLBACK_LANG / "regions").glob("*.json")}
    lang_dir = base / lang / "regions"
    if lang_dir.is_dir():
        names |= {p.name for p in lang_dir.glob("*.json")}
    return [_pick(base, lang, "regions", name) for name in sorted(names)]


def _read_json(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    if not isinstance(data, dict):
        raise GuidanceError(f"{path.name}: top level must be an object")
    return data


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; expected one of {ROLES}")


def _str(data: dict[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise GuidanceError(f"{where}: {key!r} must be a non-empty string")
    return value


def _opt_str(data: dict[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise GuidanceError(f"{where}: {key!r} must be a non-empty string or absent")
    return value


def _str_list(data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise GuidanceError(f"{where}: {key!r} must be a list of strings")
    return tuple(value)


def _source(data: Any, where: str) -> Source:
    if not isinstance(data, dict):
        raise GuidanceError(f"{where}: source must be an object")
    try:
        checked = date.fromisoformat(_str(data, "checked", where))
    except ValueError as exc:
        raise GuidanceError(f"{where}: 'checked' must be an ISO date") from exc
    return Source(
        name=_str(data, "name", where),
        url=_str(data, "url", where),
        checked=checked,
        note=data.get("note", "") if isinstance(data.get("note", ""), str) else "",
    )


def _by_role(value: Any, where: str) -> dict[str, str]:
    if isinstance(value, str) and value.strip():
        return dict.fromkeys(ROLES, value)
    if (
        isinstance(value, dict)
        and set(value) == set(ROLES)
        and all(isinstance(v, str) and v.strip() for v in value.values())
    ):
        return {role: value[role] for role in ROLES}
    raise GuidanceError(f"{where}: text must be a string or an object with keys {ROLES}")


def _parse_steps(data: dict[str, Any]) -> dict[str, Step]:
    table_raw = data.get("sources")
    if not isinstance(table_raw, dict):
        raise GuidanceError("steps.json: 'sources' must be an object")
    table = {key: _source(value, f"source {key}") for key, value in table_raw.items()}
    steps_raw = data.get("steps")
    if not isinstance(steps_raw, list):
        raise GuidanceError("steps.json: 'steps' must be a list")
    steps: dict[str, Step] = {}
    for item in steps_raw:
        step_id = _str(item, "id", "step")
        where = f"step {step_id}"
        blocks = tuple(
            _parse_block(raw, table, f"{where} block {index}")
            for index, raw in enumerate(item.get("blocks", []))
        )
        step_sources = _source_refs(item.get("sources", []), table, where)
        steps[step_id] = Step(
            id=step_id,
            titles=_by_role(item.get("title"), where),
            raw_blocks=blocks,
            sources=step_sources,
        )
    return steps


def _source_refs(refs: Any, table: dict[str, Source], where: str) -> tuple[Source, ...]:
    if isinstance(refs, str):
        refs = [refs]
    if not isinstance(refs, list) or not refs:
        raise GuidanceError(f"{where}: needs at least one source")
    try:
        return tuple(table[ref] for ref in refs)
    except KeyError as exc:
        raise GuidanceError(f"{where}: unknown source {exc.args[0]!r}") from exc


def _parse_block(raw: Any, table: dict[str, Source], where: str) -> RawBlock:
    if not isinstance(raw, dict):
        raise GuidanceError(f"{where}: block must be an object")
    kind = _str(raw, "kind", where)
    if kind not in BLOCK_KINDS:
        raise GuidanceError(f"{where}: unknown kind {kind!r}")
    when = _opt_str(raw, "when", where)
    if when not in (None, "under18", "adult"):
        raise GuidanceError(f"{where}: 'when' must be 'under18' or 'adult'")
    roles = raw.get("roles", list(ROLES))
    if not isinstance(roles, list) or not roles or not set(roles) <= set(ROLES):
        raise GuidanceError(f"{where}: 'roles' must list roles from {ROLES}")
    block_id = _opt_str(raw, "id", where)
    if kind == "check" and block_id is None:
        raise GuidanceError(f"{where}: checklist items need a stable 'id'")
    return RawBlock(
        kind=kind,
        text=_by_role(raw.get("text"), where),
        id=block_id,
        when=when,
        roles=frozenset(roles),
        sources=_source_refs(raw.get("source"), table, where),
    )


def _link(data: Any, where: str) -> Link:
    if not isinstance(data, dict):
        raise GuidanceError(f"{where}: must be an object")
    return Link(
        label=_str(data, "label", where),
        url=_str(data, "url", where),
        source=_source(data.get("source"), where),
    )


def _number(data: Any, where: str) -> tuple[str, Source]:
    if not isinstance(data, dict):
        raise GuidanceError(f"{where}: must be an object")
    return _str(data, "number", where), _source(data.get("source"), where)


def _parse_region(data: dict[str, Any]) -> Region:
    region_id = _str(data, "id", "region")
    where = f"region {region_id}"
    services: list[Service] = []
    for raw in data.get("services", []):
        sid = _str(raw, "id", f"{where} service")
        swhere = f"{where} service {sid}"
        audience = _str(raw, "for", swhere)
        if audience not in AUDIENCES:
            raise GuidanceError(f"{swhere}: 'for' must be one of {sorted(AUDIENCES)}")
        services.append(
            Service(
                id=sid,
                name=_str(raw, "name", swhere),
                for_=audience,
                what=_str(raw, "what", swhere),
                source=_source(raw.get("source"), swhere),
                phone=_opt_str(raw, "phone", swhere),
                url=_opt_str(raw, "url", swhere),
            )
        )
    emergency, emergency_source = _number(data.get("emergency"), f"{where} emergency")
    non_emergency, non_emergency_source = _number(
        data.get("non_emergency"), f"{where} non_emergency"
    )
    after = tuple(
        AfterReportNote(
            text=_str(raw, "text", f"{where} after_report"),
            source=_source(raw.get("source"), f"{where} after_report"),
        )
        for raw in data.get("after_report", [])
    )
    return Region(
        id=region_id,
        name=_str(data, "name", where),
        paper=_str(data, "paper", where),
        report_language=_str(data, "report_language", where),
        emergency_number=emergency,
        emergency_source=emergency_source,
        non_emergency_number=non_emergency,
        non_emergency_source=non_emergency_source,
        online_report=_link(data.get("online_report"), f"{where} online_report"),
        under_18_report=_link(data.get("under18_report"), f"{where} under18_report"),
        services=tuple(services),
        after_report=after,
        source=_source(data.get("source"), where),
    )


def _parse_platforms(data: dict[str, Any]) -> dict[str, Platform]:
    note = data.get("lower_confidence_note", "")
    if not isinstance(note, str):
        raise GuidanceError("platforms.json: 'lower_confidence_note' must be a string")
    items = data.get("platforms")
    if not isinstance(items, list):
        raise GuidanceError("platforms.json: 'platforms' must be a list")
    platforms: dict[str, Platform] = {}
    for raw in items:
        pid = _str(raw, "id", "platform")
        where = f"platform {pid}"
        confidence = _str(raw, "confidence", where)
        if confidence not in CONFIDENCE_LEVELS:
            raise GuidanceError(f"{where}: confidence must be 'verified' or 'lower'")
        platforms[pid] = Platform(
            id=pid,
            name=_str(raw, "name", where),
            confidence=confidence,
            username=_str(raw, "username", where),
            numeric_id=_opt_str(raw, "numeric_id", where),
            profile_url=_opt_str(raw, "profile_url", where),
            report=_str_list(raw, "report", where),
            report_category=_opt_str(raw, "report_category", where),
            block=_str_list(raw, "block", where),
            traps=_str_list(raw, "traps", where),
            source=_source(raw.get("source"), where),
            lower_confidence_note=note,
        )
    return platforms
