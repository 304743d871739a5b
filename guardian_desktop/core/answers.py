"""The interview's answers as typed records: one owner for every field that the wizard
asks, the CLI sets and the report prints. No layer repeats a string key for them.

Each section is one record, stored whole in the case (table `answers`, one JSON row per
section). Unknown keys in a stored row are ignored and missing ones take their defaults,
so an older or newer app can read the row.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from typing import Any, ClassVar, TypeVar


class Answer(StrEnum):
    """A yes/no question's answer. NOT_ASKED is an empty string, so it is falsy."""

    NOT_ASKED = ""
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"  # "not sure"


def treat_as_under_18(under_18: bool | None) -> bool:
    """The one rule: an unknown age is treated as under 18 (the safer guidance)."""
    return under_18 is not False


@dataclass
class Section:
    """Base of every answers section: a stable name and a tolerant loader."""

    section: ClassVar[str] = ""

    @classmethod
    def from_dict(cls: type[S], data: dict[str, Any]) -> S:
        obj = cls()
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            default = getattr(obj, f.name)
            if isinstance(default, bool):
                setattr(obj, f.name, bool(value))
            elif isinstance(default, Answer):
                try:
                    setattr(obj, f.name, Answer(str(value)))
                except ValueError:
                    setattr(obj, f.name, Answer.NOT_ASKED)
            elif isinstance(default, list):
                setattr(obj, f.name, [str(v) for v in value] if isinstance(value, list) else [])
            else:
                setattr(obj, f.name, "" if value is None else str(value))
        return obj

    def to_json(self) -> str:
        data = asdict(self)
        return json.dumps({k: (str(v) if isinstance(v, Answer) else v) for k, v in data.items()})

    def field_names(self) -> list[str]:
        return [f.name for f in fields(self)]


S = TypeVar("S", bound=Section)


@dataclass
class Story(Section):
    """What happened, in the person's own words."""

    section: ClassVar[str] = "story"
    summary: str = ""
    first_contact: str = ""  # where and how they first made contact
    first_contact_at: str = ""  # a `when` value (core.when)
    demand: str = ""  # what they asked for, in words
    claimed_location: str = ""  # where the offender said they were, or their country
    report_title: str = ""  # an optional title printed on the report (never the case label)


@dataclass
class Images(Section):
    """About the images - never the images themselves."""

    section: ClassVar[str] = "images"
    sent_any: Answer = Answer.NOT_ASKED  # did the person send images
    identifiable: Answer = Answer.NOT_ASKED  # could the person be recognised in them
    shared: Answer = Answer.NOT_ASKED  # has the offender shared or posted them
    shared_where: str = ""  # where: web addresses, apps, people (one per line)
    maybe_fake: Answer = Answer.NOT_ASKED  # could they be fake or AI-made


@dataclass
class Risk(Section):
    """Risk and safeguarding flags for the officer's first page."""

    section: ClassVar[str] = "risk"
    plan_to_meet: Answer = Answer.NOT_ASKED
    more_images: Answer = Answer.NOT_ASKED  # demands for more images
    money_mule: Answer = Answer.NOT_ASKED  # asked to use or open a bank account for them
    self_harm: Answer = Answer.NOT_ASKED  # thoughts of self-harm, or threats to harm self
    harm_others: Answer = Answer.NOT_ASKED  # threats to harm the person or others
    knows_contacts: Answer = Answer.NOT_ASKED  # knows the school, employer, family, contacts
    knows_contacts_detail: str = ""

    def flags(self) -> list[str]:
        """The names of the fields answered yes."""
        return [
            n for n in self.field_names()
            if isinstance(getattr(self, n), Answer) and getattr(self, n) == Answer.YES
        ]  # fmt: skip


@dataclass
class Money(Section):
    """The branching questions about money; the payments themselves are Payment records."""

    section: ClassVar[str] = "money"
    demanded: Answer = Answer.NOT_ASKED  # did they ask for money
    paid: Answer = Answer.NOT_ASKED  # did the person pay anything


@dataclass
class Offender(Section):
    """The branching question about the offender; accounts are OffenderIdentifier records."""

    section: ClassVar[str] = "offender"
    knows_account: Answer = Answer.NOT_ASKED  # do you know their username or account


@dataclass
class Contact(Section):
    """How the police can reach the person or their helper, and what goes in the report."""

    section: ClassVar[str] = "contact"
    share_contact: bool = False  # the person's own contact details go in the report
    name: str = ""
    phone: str = ""
    email: str = ""
    helper_name: str = ""  # always in the report when given
    helper_role: str = ""  # e.g. "mother", "school counsellor"
    helper_contact: str = ""  # phone or email
    exhibit_initials: str = ""  # the producer's initials for exhibit references (SE/1)


SECTIONS: tuple[type[Section], ...] = (Story, Images, Risk, Money, Offender, Contact)
SECTION_BY_NAME: dict[str, type[Section]] = {s.section: s for s in SECTIONS}


@dataclass
class CaseAnswers:
    """Every section, as read from a case in one go."""

    story: Story = field(default_factory=Story)
    images: Images = field(default_factory=Images)
    risk: Risk = field(default_factory=Risk)
    money: Money = field(default_factory=Money)
    offender: Offender = field(default_factory=Offender)
    contact: Contact = field(default_factory=Contact)

    def get(self, kind: type[S]) -> S:
        value = getattr(self, kind.section)
        assert isinstance(value, kind)
        return value


class Branch(StrEnum):
    """Records a yes/no question opens. A "No" closes the branch: the records typed
    there stay in the case (nothing is deleted) but the report leaves them out, and Check
    your answers says so. "Not sure" or no answer closes nothing, so cases made by the CLI
    or by an older version keep printing everything."""

    DEMANDS = "demands"  # Payment records that are not of kind "paid" (Money.demanded)
    PAID = "paid"  # Payment records of kind "paid" (Money.paid)
    ACCOUNTS = "accounts"  # OffenderIdentifier records (Offender.knows_account)


def closed_branches(answers: CaseAnswers) -> frozenset[Branch]:
    """The one rule for both the report and Check your answers: which records a typed
    "No" leaves out."""
    closed: set[Branch] = set()
    if answers.money.demanded == Answer.NO:
        closed.add(Branch.DEMANDS)
    if answers.money.paid == Answer.NO:
        closed.add(Branch.PAID)
    if answers.offender.knows_account == Answer.NO:
        closed.add(Branch.ACCOUNTS)
    return frozenset(closed)


def payment_branch(kind: str) -> Branch:
    """The branch a Payment record of this kind belongs to (as the report sorts them)."""
    return Branch.PAID if kind == "paid" else Branch.DEMANDS


def producer_name(answers: CaseAnswers, helping: bool) -> str:
    """Who produced the exhibits: the helper who saved them, or the person - but the
    person's own name only when they chose to share their contact details in the report
    (their initials on every exhibit would otherwise give it away)."""
    c = answers.contact
    if helping and c.helper_name.strip():
        return c.helper_name.strip()
    return c.name.strip() if c.share_contact else ""


def initials(name: str) -> str:
    """'Sam Example' -> 'SE'; letters of any script; at most three."""
    parts = [p for p in name.replace("-", " ").split() if p[:1].isalpha()]
    return "".join(p[0].upper() for p in parts[:3])


def exhibit_initials(answers: CaseAnswers, helping: bool) -> str:
    """The initials for exhibit references: chosen ones first, else from the producer."""
    chosen = "".join(ch for ch in answers.contact.exhibit_initials if ch.isalnum()).upper()
    return chosen[:4] or initials(producer_name(answers, helping))


def exhibit_reference(initials_text: str, number: int) -> str:
    """UK style exhibit reference, 'SE/1'; empty without initials."""
    return f"{initials_text}/{number}" if initials_text else ""


# Old cases kept the narrative as wizard progress keys; these say where each one goes.
LEGACY_PROGRESS_KEYS: dict[str, tuple[type[Section], str]] = {
    "details.summary": (Story, "summary"),
    "details.first_contact": (Story, "first_contact"),
    "details.demand": (Story, "demand"),
    "details.images_shared": (Images, "shared"),
    "details.images_shared_where": (Images, "shared_where"),
    "details.contact_name": (Contact, "name"),
    "details.contact_phone": (Contact, "phone"),
    "details.contact_email": (Contact, "email"),
    "details.helper_name": (Contact, "helper_name"),
    "details.helper_contact": (Contact, "helper_contact"),
    "details.share_contact": (Contact, "share_contact"),
}
