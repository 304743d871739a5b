"""A practice case with made-up, harmless content, for learning the app and for pictures.

Every name, account and message is fictional. Phone numbers are from Ofcom's range kept
for drama (07700 900xxx); email addresses use the reserved example.com/example.org.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from .answers import Answer, CaseAnswers
from .evidence import add_prepared, prepare_bytes, redact
from .models import (
    OffenderIdentifier,
    Payment,
    ReferenceKind,
    ReferenceNumber,
    Role,
    TimelineEvent,
)
from .resources import resource_path
from .vault import CaseVault

PRACTICE_LABEL = "Practice case"
WIDTH = 1170  # an iPhone screenshot is 1170 x 2532 pixels
HEIGHT = 2532
SCALE = 3

_INK = (17, 17, 17)
_GREY = (110, 110, 110)
_THEIRS = (232, 232, 236)
_MINE = (0, 92, 200)
_WHITE = (255, 255, 255)


@dataclass
class Message:
    who: str  # "them", "me" or "system"
    text: str
    time: str = ""
    private: bool = False  # to be covered in the redacted copy


@dataclass
class Screen:
    app: str
    contact: str
    day: str
    clock: str
    messages: list[Message]
    description: str
    platform: str
    happened_at: str
    tall: bool = False
    boxes: list[list[int]] = field(default_factory=list)


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(resource_path("fonts", name)), size)


def _wrap(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int
) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            trial = f"{line} {word}".strip()
            if draw.textlength(trial, font=font) <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def render_screen(screen: Screen) -> bytes:
    """Draw a fake chat screenshot as PNG; fills screen.boxes with the private areas."""
    body = _font(14 * SCALE)
    small = _font(10 * SCALE)
    bold = _font(16 * SCALE, bold=True)
    # Lay out first, so a tall (scrolling) capture can be as long as its messages.
    scratch = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    max_text = 250 * SCALE
    pad = 12 * SCALE
    blocks: list[tuple[Message, list[str], int, int]] = []
    for msg in screen.messages:
        font = small if msg.who == "system" else body
        lines = _wrap(scratch, msg.text, font, max_text)
        line_h = int(font.size * 1.3)
        text_w = max(int(scratch.textlength(line, font=font)) for line in lines)
        blocks.append((msg, lines, text_w, line_h))
    top = 190 * SCALE // 2 + 80 * SCALE
    needed = top + 60 * SCALE
    for msg, lines, _w, line_h in blocks:
        needed += len(lines) * line_h + 2 * pad + (22 * SCALE if msg.time else 8 * SCALE)
    height = max(HEIGHT, needed + 90 * SCALE) if screen.tall else HEIGHT

    im = Image.new("RGB", (WIDTH, height), _WHITE)
    d = ImageDraw.Draw(im)
    # Status bar and practice banner.
    d.text((28 * SCALE, 14 * SCALE), screen.clock, font=_font(15 * SCALE, bold=True), fill=_INK)
    d.rectangle([WIDTH - 60 * SCALE, 17 * SCALE, WIDTH - 28 * SCALE, 31 * SCALE], outline=_INK,
                width=SCALE)  # fmt: skip
    d.rectangle([WIDTH - 57 * SCALE, 20 * SCALE, WIDTH - 40 * SCALE, 28 * SCALE], fill=_INK)
    d.rectangle([0, 46 * SCALE, WIDTH, 72 * SCALE], fill=_INK)
    banner = "PRACTICE EXAMPLE - MADE UP, NOT A REAL CHAT"
    bw = d.textlength(banner, font=small)
    d.text(((WIDTH - bw) / 2, 52 * SCALE), banner, font=small, fill=_WHITE)
    # App header: back arrow, avatar, name, app.
    y0 = 80 * SCALE
    d.text((16 * SCALE, y0 + 8 * SCALE), "<", font=bold, fill=_MINE)
    d.ellipse([44 * SCALE, y0, 84 * SCALE, y0 + 40 * SCALE], fill=(200, 200, 210))
    d.text((57 * SCALE, y0 + 9 * SCALE), screen.contact[:1].upper(), font=bold, fill=_INK)
    d.text((96 * SCALE, y0 + 1 * SCALE), screen.contact, font=bold, fill=_INK)
    d.text((96 * SCALE, y0 + 23 * SCALE), screen.app, font=small, fill=_GREY)
    d.line([0, y0 + 52 * SCALE, WIDTH, y0 + 52 * SCALE], fill=(210, 210, 210), width=SCALE)
    y = y0 + 66 * SCALE
    dw = d.textlength(screen.day, font=small)
    d.text(((WIDTH - dw) / 2, y), screen.day, font=small, fill=_GREY)
    y += 34 * SCALE
    screen.boxes = []
    for msg, lines, text_w, line_h in blocks:
        box_w = text_w + 2 * pad
        box_h = len(lines) * line_h + 2 * pad
        if msg.who == "system":
            for line in lines:
                lw = d.textlength(line, font=small)
                d.text(((WIDTH - lw) / 2, y), line, font=small, fill=_GREY)
                y += line_h
            y += 14 * SCALE
            continue
        mine = msg.who == "me"
        x = WIDTH - 16 * SCALE - box_w if mine else 16 * SCALE
        d.rounded_rectangle([x, y, x + box_w, y + box_h], radius=16 * SCALE,
                            fill=_MINE if mine else _THEIRS)  # fmt: skip
        ty = y + pad
        for line in lines:
            d.text((x + pad, ty), line, font=body, fill=_WHITE if mine else _INK)
            ty += line_h
        if msg.private:
            screen.boxes.append([x, y, box_w, box_h])
        y += box_h + 4 * SCALE
        if msg.time:
            tw = d.textlength(msg.time, font=small)
            d.text((x + box_w - tw if mine else x + 4, y), msg.time, font=small, fill=_GREY)
            y += 18 * SCALE
        y += 6 * SCALE
    # Message box at the bottom.
    by = height - 70 * SCALE
    d.rounded_rectangle([16 * SCALE, by, WIDTH - 16 * SCALE, by + 44 * SCALE], radius=22 * SCALE,
                        outline=(190, 190, 190), width=SCALE)  # fmt: skip
    d.text((32 * SCALE, by + 12 * SCALE), "Message...", font=body, fill=(160, 160, 160))
    out = io.BytesIO()
    im.save(out, "PNG", optimize=False)
    return out.getvalue()


def practice_screens() -> list[Screen]:
    ig, sc = "Instagram", "Snapchat"
    return [
        Screen(ig, "jess_x_practice", "Sunday 1 March", "20:16", [
            Message("them", "hey! saw your photos from the match, you look like fun", "20:14"),
            Message("me", "haha thanks. do I know you?", "20:15"),
            Message("them", "I'm Jess, just moved here. you seem really nice :)", "20:15"),
            Message("me", "oh cool, welcome to the town", "20:16"),
        ], "First message from jess_x_practice on Instagram", "instagram",
            "2026-03-01T20:14:00+00:00"),
        Screen(ig, "jess_x_practice", "Monday 2 March", "21:05", [
            Message("them", "this app is so glitchy for me", "21:02"),
            Message("them", "can we talk on Snapchat instead? add me: jess.x.practice", "21:03"),
            Message("me", "ok sure, adding you now", "21:05"),
        ], "Jess asks to move the chat to Snapchat", "instagram", "2026-03-02T21:03:00+00:00"),
        Screen(sc, "jess.x.practice", "Tuesday 3 March", "22:42", [
            Message("them", "I have your pictures now.", "22:40"),
            Message("them", "Send me £500 in Steam gift cards or I send them to all your "
                    "friends and family.", "22:41"),
            Message("me", "please don't, I'm scared", "22:41"),
            Message("them", "You have 2 hours. Buy the cards and send me the codes here.",
                    "22:42"),
        ], "The threat and the demand for £500 in gift cards", "snapchat",
            "2026-03-03T22:40:00+00:00"),
        Screen(sc, "jess.x.practice", "Tuesday 3 March", "22:47", [
            Message("them", "Look, I have your follower list:", "22:45"),
            Message("them", "Alex Morgan (Mum)", private=True),
            Message("them", "Chris Morgan (Dad)", private=True),
            Message("them", "Taylor Reed", private=True),
            Message("them", "Jordan Lee", private=True),
            Message("them", "Riley Patel", private=True),
            Message("them", "Casey Brown", private=True),
            Message("them", "Morgan Ellis", private=True),
            Message("them", "Jamie Clarke", private=True),
            Message("them", "Sam's tutor group chat", private=True),
            Message("them", "Sam's football team", private=True),
            Message("them", "Everyone on this list gets them if you don't pay.", "22:46"),
            Message("me", "I don't have that much money", "22:46"),
            Message("them", "Not my problem. Steam cards, any shop sells them.", "22:47"),
            Message("system", "Screenshot of a long chat (scrolling capture)"),
        ], "Long capture: the list of followers the offender threatened to send the "
           "pictures to (names covered in the redacted copy)", "snapchat",
            "2026-03-03T22:45:00+00:00", tall=True),
        Screen(sc, "jess.x.practice", "Tuesday 3 March", "23:31", [
            Message("them", "time is running out", "23:28"),
            Message("them", "first name on the list gets them at midnight", "23:29"),
            Message("me", "please give me more time", "23:31"),
        ], "More pressure and a deadline of midnight", "snapchat",
            "2026-03-03T23:28:00+00:00"),
        Screen(sc, "jess.x.practice", "Wednesday 4 March", "00:06", [
            Message("them", "ok £200 then. last chance.", "00:05"),
            Message("system", "You blocked jess.x.practice"),
        ], "The demand lowered to £200; the account was then blocked", "snapchat",
            "2026-03-04T00:05:00+00:00"),
    ]  # fmt: skip


PRACTICE_ROUTES: tuple[str, ...] = ("adult", "parent", "counsellor")


def practice_screens_for(route: str) -> list[Screen]:
    """The made-up chat screenshots of one route. The under-18 routes hold only chats
    (threats and demands), never a picture of any kind from the young person."""
    if route == "parent":
        return parent_screens()
    if route == "counsellor":
        return counsellor_screens()
    return practice_screens()


def create_practice_case(
    path: str | Path, passphrase: str, route: str = "adult"
) -> tuple[CaseVault, str]:
    """Make a practice case (practice=True) filled with made-up evidence and details.

    Routes: "adult" (the person threatened), "parent" (a parent helping their child
    under 18), "counsellor" (a school counsellor helping a student under 18)."""
    if route not in PRACTICE_ROUTES:
        raise ValueError(f"unknown practice route {route!r}; expected one of {PRACTICE_ROUTES}")
    role, under_18, label = {
        "adult": (Role.VICTIM, False, PRACTICE_LABEL),
        "parent": (Role.HELPER, True, "Practice case: a parent helping"),
        "counsellor": (Role.COUNSELLOR, True, "Practice case: a student (AB)"),
    }[route]
    vault, recovery = CaseVault.create(path, passphrase, label, role=role,
                                       under_18=under_18, practice=True)  # fmt: skip
    try:
        for n, screen in enumerate(practice_screens_for(route), start=1):
            png = render_screen(screen)
            prepared = prepare_bytes(png, f"practice-screenshot-{n}.png", source="file")
            item, _added = add_prepared(
                vault,
                prepared,
                description=screen.description,
                platform=screen.platform,
                happened_at=screen.happened_at,
            )
            if screen.boxes:
                red, red_rendition, red_thumb = redact(png, screen.boxes)
                vault.set_redaction(
                    item.id,
                    boxes=screen.boxes,
                    redacted=red,
                    redacted_rendition=red_rendition,
                    thumbnail=red_thumb,
                )
        if route == "parent":
            _fill_parent(vault)
        elif route == "counsellor":
            _fill_counsellor(vault)
        else:
            _fill_records(vault)
    except BaseException:
        vault.close()
        raise
    return vault, recovery


def _fill_records(vault: CaseVault) -> None:
    for ident in (
        OffenderIdentifier(
            platform="instagram", username="jess_x_practice", display_name="Jess x",
            profile_url="https://www.instagram.com/jess_x_practice/", numeric_id="12345678901",
            email="jess.x.practice@example.com", seen_at="2026-03-01T20:14:00+00:00",
            notes="Practice example: a made-up account.",
        ),
        OffenderIdentifier(
            platform="snapchat", username="jess.x.practice", display_name="Jess",
            profile_url="https://www.snapchat.com/add/jess.x.practice", phone="+44 7700 900123",
            seen_at="2026-03-02T21:05:00+00:00", notes="Practice example: a made-up account.",
        ),
    ):  # fmt: skip
        vault.save_record(ident)
    for pay in (
        Payment(kind="demanded", amount="500", currency="GBP", method="gift_card",
                gift_card_brand="Steam",
                details="Codes to be sent as a Snapchat message to jess.x.practice",
                when="2026-03-03T22:41:00+00:00"),
        Payment(kind="demanded", amount="200", currency="GBP", method="gift_card",
                gift_card_brand="Steam", details="Lowered demand, same account",
                when="2026-03-04T00:05:00+00:00"),
    ):  # fmt: skip
        vault.save_record(pay)
    for when, text, platform in (
        ("2026-03-01T20:14:00+00:00", "First message from jess_x_practice", "instagram"),
        ("2026-03-02T21:03:00+00:00", "Asked to move the chat to Snapchat", "instagram"),
        ("2026-03-03T22:40:00+00:00", "Threat: says she has pictures of me", "snapchat"),
        ("2026-03-03T22:41:00+00:00", "Demand: £500 in Steam gift cards within 2 hours",
         "snapchat"),
        ("2026-03-03T22:45:00+00:00", "Sent a list of my followers as a threat", "snapchat"),
        ("2026-03-04T00:05:00+00:00", "Lowered the demand to £200; I blocked the account",
         "snapchat"),
        ("2026-03-04T09:30:00+00:00", "Told a teacher; saved the evidence in this app", ""),
    ):  # fmt: skip
        vault.save_record(TimelineEvent(when=when, description=text, platform=platform))
    answers = vault.answers()
    answers.story.summary = (
        "Someone calling herself Jess (Instagram: jess_x_practice) started chatting to me "
        "on 1 March. She seemed friendly and asked to move to Snapchat. On 3 March she "
        "said she had pictures of me and demanded £500 in Steam gift cards, or she would "
        "send them to my friends and family. She sent a list of my followers. I did not "
        "pay. I blocked her on 4 March after saving these screenshots. (This is a "
        "practice case: every name, account and message in it is made up.)"
    )
    answers.story.first_contact = "An Instagram direct message"
    answers.story.first_contact_at = "2026-03-01T20:14:00+00:00"
    answers.story.demand = "£500 in Steam gift cards within 2 hours, later lowered to £200"
    answers.story.claimed_location = "Said she lived in Manchester"
    answers.images.sent_any = Answer.YES
    answers.images.identifiable = Answer.UNKNOWN
    answers.images.shared = Answer.UNKNOWN
    answers.images.maybe_fake = Answer.NO
    answers.risk.more_images = Answer.NO
    answers.risk.knows_contacts = Answer.YES
    answers.risk.knows_contacts_detail = "Sent a list of my Instagram followers"
    answers.money.demanded = Answer.YES
    answers.money.paid = Answer.NO
    answers.offender.knows_account = Answer.YES
    answers.contact.share_contact = True
    answers.contact.name = "Sam Example"
    answers.contact.phone = "+44 7700 900456"
    answers.contact.email = "sam@example.org"
    for section in (answers.story, answers.images, answers.risk, answers.money,
                    answers.offender, answers.contact):  # fmt: skip
        vault.save_answers(section)
    vault.save_record(
        ReferenceNumber(kind=ReferenceKind.PLATFORM.value, number="IG-PRACTICE-0001",
                        organisation="instagram", when="2026-03-04T09:10:00+00:00",
                        notes="Practice example: a made-up report number.")
    )  # fmt: skip


# --- the under-18 routes: chats only, never a picture from the young person --------------


def parent_screens() -> list[Screen]:
    ig, sc = "Instagram", "Snapchat"
    return [
        Screen(ig, "mia.practice.x", "Friday 6 March", "19:02", [
            Message("them", "hiii, you were so good in the school play!", "19:00"),
            Message("me", "thanks, who is this?", "19:01"),
            Message("them", "Mia, I go to the other school. add me on snap?", "19:02"),
        ], "First message from mia.practice.x on Instagram", "instagram",
            "2026-03-06T19:00:00+00:00"),
        Screen(sc, "mia.prac", "Saturday 7 March", "23:14", [
            Message("them", "I saved what you sent. Pay me or your whole school sees it.",
                    "23:11"),
            Message("them", "£150 in gift cards. You have one hour.", "23:12"),
            Message("me", "I can't, I'm 15, please stop", "23:13"),
            Message("them", "Then ask your mum. One hour.", "23:14"),
        ], "The threat and the demand for £150 in gift cards", "snapchat",
            "2026-03-07T23:11:00+00:00"),
        Screen(sc, "mia.prac", "Saturday 7 March", "23:40", [
            Message("them", "I know your school and your friends' names.", "23:38"),
            Message("them", "Last chance before I post it.", "23:40"),
            Message("system", "Alex told a parent. Nobody replied after this."),
        ], "More threats naming the school; the chat stopped here", "snapchat",
            "2026-03-07T23:38:00+00:00"),
    ]  # fmt: skip


def counsellor_screens() -> list[Screen]:
    sc = "Snapchat"
    return [
        Screen(sc, "jay.practice", "Monday 9 March", "21:20", [
            Message("them", "send me £80 on a gift card or everyone at your school "
                    "gets the pics", "21:18"),
            Message("me", "I don't have money", "21:19"),
            Message("them", "find it. 30 minutes.", "21:20"),
        ], "The threat and the demand for £80 on a gift card", "snapchat",
            "2026-03-09T21:18:00+00:00"),
        Screen(sc, "jay.practice", "Tuesday 10 March", "07:45", [
            Message("them", "times up. I'm starting with your year group chat", "07:44"),
            Message("them", "pay now and it stops", "07:45"),
        ], "A second demand the next morning", "snapchat", "2026-03-10T07:44:00+00:00"),
    ]  # fmt: skip


def _save_sections(vault: CaseVault, answers: CaseAnswers) -> None:
    for section in (answers.story, answers.images, answers.risk, answers.money,
                    answers.offender, answers.contact):  # fmt: skip
        vault.save_answers(section)


def _fill_parent(vault: CaseVault) -> None:
    vault.save_record(
        OffenderIdentifier(
            platform="snapchat", username="mia.prac", display_name="Mia",
            profile_url="https://www.snapchat.com/add/mia.prac",
            seen_at="2026-03-07T23:11:00+00:00", notes="Practice example: a made-up account.",
        )
    )  # fmt: skip
    vault.save_record(
        Payment(kind="demanded", amount="150", currency="GBP", method="gift_card",
                details="Asked for gift card codes within one hour",
                when="2026-03-07T23:12:00+00:00")
    )  # fmt: skip
    for when, text, platform in (
        ("2026-03-06T19:00:00+00:00", "First message to my son from mia.practice.x",
         "instagram"),
        ("2026-03-07T23:11:00+00:00", "Threat and demand for £150 in gift cards", "snapchat"),
        ("2026-03-07T23:45:00+00:00", "My son told me; we stopped replying", ""),
        ("2026-03-08T09:00:00+00:00", "Reported to CEOP; told the school's safeguarding lead",
         ""),
    ):  # fmt: skip
        vault.save_record(TimelineEvent(when=when, description=text, platform=platform))
    answers = vault.answers()
    answers.story.summary = (
        "My son Alex (15) was contacted on Instagram by someone calling herself Mia. She "
        "moved the chat to Snapchat, then threatened to share a picture with his school "
        "unless he paid £150 in gift cards. He told me the same night. We did not pay and "
        "stopped replying. (This is a practice case: every name, account and message in "
        "it is made up.)"
    )
    answers.story.first_contact = "An Instagram direct message"
    answers.story.first_contact_at = "2026-03-06T19:00:00+00:00"
    answers.story.demand = "£150 in gift cards within one hour"
    answers.risk.knows_contacts = Answer.YES
    answers.risk.knows_contacts_detail = "Named his school and his friends"
    answers.money.demanded = Answer.YES
    answers.money.paid = Answer.NO
    answers.offender.knows_account = Answer.YES
    answers.contact.helper_name = "Robin Example"
    answers.contact.helper_role = "Parent"
    answers.contact.helper_contact = "+44 7700 900789"
    _save_sections(vault, answers)
    vault.save_record(
        ReferenceNumber(kind=ReferenceKind.CEOP.value, number="CEOP-PRACTICE-0002",
                        organisation="CEOP", when="2026-03-08T09:00:00+00:00",
                        notes="Practice example: a made-up report number.")
    )  # fmt: skip


def _fill_counsellor(vault: CaseVault) -> None:
    vault.save_record(
        OffenderIdentifier(
            platform="snapchat", username="jay.practice", display_name="Jay",
            profile_url="https://www.snapchat.com/add/jay.practice",
            seen_at="2026-03-09T21:18:00+00:00", notes="Practice example: a made-up account.",
        )
    )  # fmt: skip
    vault.save_record(
        Payment(kind="demanded", amount="80", currency="GBP", method="gift_card",
                details="Asked for a gift card within 30 minutes",
                when="2026-03-09T21:18:00+00:00")
    )  # fmt: skip
    for when, text, platform in (
        ("2026-03-09T21:18:00+00:00", "Threat and demand for £80 to the student", "snapchat"),
        ("2026-03-10T07:44:00+00:00", "Second demand; threat to the year group chat",
         "snapchat"),
        ("2026-03-10T08:30:00+00:00", "Student told their form tutor", ""),
        ("2026-03-10T08:40:00+00:00", "Designated Safeguarding Lead told; parents called", ""),
    ):  # fmt: skip
        vault.save_record(TimelineEvent(when=when, description=text, platform=platform))
    answers = vault.answers()
    answers.story.summary = (
        "Student AB (Year 10) was threatened on Snapchat by an account called jay.practice, "
        "who demanded £80 on a gift card and threatened to share a picture with the year "
        "group. The student told their form tutor the next morning. No images were viewed "
        "or saved; this record holds the chat only. (This is a practice case: every name, "
        "account and message in it is made up.)"
    )
    answers.story.first_contact = "Snapchat"
    answers.story.first_contact_at = "2026-03-09T21:18:00+00:00"
    answers.story.demand = "£80 on a gift card within 30 minutes"
    answers.risk.knows_contacts = Answer.YES
    answers.risk.knows_contacts_detail = "Threatened to post in the year group chat"
    answers.money.demanded = Answer.YES
    answers.money.paid = Answer.NO
    answers.offender.knows_account = Answer.YES
    answers.contact.helper_name = "Sam Example"
    answers.contact.helper_role = "School counsellor"
    answers.contact.helper_contact = "counsellor@example.org"
    answers.contact.exhibit_initials = "SE"
    _save_sections(vault, answers)
