"""Small, made-up chat exports in each app's format (from the formats' public
descriptions; no real person's chat), for the chat-import tests and the bench."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

LRM = "\u200e"

WHATSAPP_ANDROID_UK = (
    "25/10/2025, 22:40 - Messages and calls are end-to-end encrypted. No one outside of "
    "this chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n"
    "25/10/2025, 22:41 - Alex Smith: hey you there?\n"
    "25/10/2025, 22:43 - Sam: yes\n"
    "25/10/2025, 22:47 - Alex Smith: I have your pictures.\n"
    "Pay £500 or I send them to everyone.\n"
    "Send it to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq\n"
    "25/10/2025, 22:48 - Alex Smith: <Media omitted>\n"
    "25/10/2025, 22:49 - Alex Smith: IMG-20251025-WA0001.jpg (file attached)\n"
    "look at this\n"
    "26/10/2025, 09:05 - Alex Smith: This message was deleted\n"
    "26/10/2025, 09:06 - Sam: please stop\n"
    "26/10/2025, 09:07 - Alex Smith: call me on +44 7700 900123 or email pay.me@example.com\n"
)

WHATSAPP_IOS_US = (
    f"[10/25/25, 10:40:00 PM] Alex Smith: {LRM}Messages and calls are end-to-end "
    "encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n"
    "[10/25/25, 10:41:05 PM] Alex Smith: hey\u202fyou there?\n"
    "[10/25/25, 10:43:10\u202fPM] Sam: yes\n"
    f"{LRM}[10/25/25, 10:47:00 PM] Alex Smith: {LRM}<attached: 00000012-PHOTO-2025-10-25-"
    "22-47-00.jpg>\n"
    "[10/25/25, 10:48:00 PM] Alex Smith: you have 24 hours\n"
    "or everyone sees it\n"
    f"[10/25/25, 10:49:00 PM] Alex Smith: {LRM}image omitted\n"
    "[10/26/25, 12:05:00 AM] Sam: ok\n"
)

MOJIBAKE = "Caf\u00c3\u00a9 \u00f0\u009f\u0098\u00a1 pay now"  # "Café 😡 pay now", Latin-1 escaped


def instagram_thread() -> dict[str, Any]:
    """Newest message first, as Instagram writes it."""
    return {
        "participants": [{"name": "alex.smith_99"}, {"name": "Sam Example"}],
        "messages": [
            {"sender_name": "alex.smith_99", "timestamp_ms": 1761432600000,
             "content": MOJIBAKE, "is_geoblocked_for_viewer": False},
            {"sender_name": "alex.smith_99", "timestamp_ms": 1761432000000,
             "photos": [{"uri": "your_instagram_activity/messages/inbox/alexsmith_123/"
                                "photos/111.jpg", "creation_timestamp": 1761432000}]},
            {"sender_name": "Sam Example", "timestamp_ms": 1761431400000,
             "content": "who is this"},
            {"sender_name": "alex.smith_99", "timestamp_ms": 1761430800000,
             "content": "hi \u00f0\u009f\u0098\u008a"},
        ],
        "title": "alex.smith_99",
        "is_still_participant": True,
        "thread_path": "inbox/alexsmith_123",
        "magic_words": [],
    }  # fmt: skip


def telegram_chat() -> dict[str, Any]:
    return {
        "name": "Alex",
        "type": "personal_chat",
        "id": 5550001,
        "messages": [
            {"id": 1, "type": "service", "date": "2025-10-25T22:40:00",
             "date_unixtime": "1761428400", "actor": "Alex", "actor_id": "user123",
             "action": "phone_call", "duration_seconds": 12, "text": "",
             "text_entities": []},
            {"id": 2, "type": "message", "date": "2025-10-25T22:41:00",
             "date_unixtime": "1761428460", "from": "Alex", "from_id": "user123",
             "text": ["Pay ", {"type": "bold", "text": "£500"}, " to ",
                      {"type": "mention", "text": "@cashking"}, " now"],
             "text_entities": []},
            {"id": 3, "type": "message", "date": "2025-10-25T22:42:00",
             "date_unixtime": "1761428520", "from": "Sam", "from_id": "user456",
             "text": "no"},
            {"id": 4, "type": "message", "date": "2025-10-25T22:43:00",
             "date_unixtime": "1761428580", "from": "Alex", "from_id": "user123",
             "photo": "photos/photo_1@25-10-2025_22-43-00.jpg", "width": 10,
             "height": 10, "text": ""},
        ],
    }  # fmt: skip


def snapchat_json_new() -> dict[str, Any]:
    return {
        "alexsnap22": [
            {"From": "alexsnap22", "Media Type": "TEXT", "Created": "2025-10-25 21:47:00 UTC",
             "Content": "send money or else", "Conversation Title": None, "IsSender": False,
             "Created(microseconds)": 1761428820000000},
            {"From": "samexample", "Media Type": "TEXT", "Created": "2025-10-25 21:48:00 UTC",
             "Content": "no", "Conversation Title": None, "IsSender": True,
             "Created(microseconds)": 1761428880000000},
            {"From": "alexsnap22", "Media Type": "MEDIA", "Created": "2025-10-25 21:49:00 UTC",
             "Content": "", "Conversation Title": None, "IsSender": False,
             "Created(microseconds)": 1761428940000000},
        ]
    }  # fmt: skip


def snapchat_json_old() -> dict[str, Any]:
    return {
        "Received Saved Chat History": [
            {"From": "alexsnap22", "Media Type": "TEXT", "Created": "2021-03-14 18:11:27 UTC",
             "Text": "pay me"},
        ],
        "Sent Saved Chat History": [
            {"To": "alexsnap22", "Media Type": "TEXT", "Created": "2021-03-14 18:12:00 UTC",
             "Text": "stop"},
        ],
    }  # fmt: skip


SNAPCHAT_HTML = """<!DOCTYPE html><html><head><title>Chat History</title></head><body>
<h1>Snapchat</h1><h2>Chat History</h2><h3>Received Saved Chat History</h3>
<table><tr><th>From</th><th>Media Type</th><th>Created</th><th>Text</th></tr>
<tr><td>alexsnap22</td><td>TEXT</td><td>2021-03-14 18:11:27 UTC</td><td>pay me</td></tr>
</table><h3>Sent Saved Chat History</h3>
<table><tr><th>To</th><th>Media Type</th><th>Created</th></tr>
<tr><td>alexsnap22</td><td>MEDIA</td><td>2021-03-14 18:15:00 UTC</td></tr>
</table></body></html>"""

# The newer page per friend: blocks rather than a table.
SNAPCHAT_HTML_SUBPAGE = """<html><head><title>alexsnap22</title></head><body>
<div class="sidebar"><a href="../account.html">Account Information</a></div>
<div class="message"><h4>alexsnap22</h4><span>TEXT</span><p>send it now</p>
<h6>2025-10-25 21:47:00 UTC</h6></div>
<div class="message"><h4>samexample</h4><span>TEXT</span><p>no</p>
<h6>2025-10-25 21:48:00 UTC</h6></div>
<p>Snapchat</p></body></html>"""


def tiny_jpeg(shade: int = 120) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 60), (shade, 90, 200)).save(out, "JPEG")
    return out.getvalue()


def make_zip(files: dict[str, bytes | str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return out.getvalue()


def whatsapp_zip() -> bytes:
    return make_zip(
        {
            "WhatsApp Chat with Alex Smith.txt": WHATSAPP_ANDROID_UK,
            "IMG-20251025-WA0001.jpg": tiny_jpeg(),
        }
    )


def instagram_download_zip() -> bytes:
    """A whole 'Download your information' .zip: a chat in two parts, a photo, other files."""
    thread = instagram_thread()
    older = {**thread, "messages": thread["messages"][2:]}
    newer = {**thread, "messages": thread["messages"][:2]}
    base = "your_instagram_activity/messages/inbox/alexsmith_123/"
    return make_zip(
        {
            base + "message_1.json": json.dumps(newer),  # message_1 holds the newest
            base + "message_2.json": json.dumps(older),
            base + "photos/111.jpg": tiny_jpeg(200),
            "personal_information/personal_information.json": json.dumps({"profile_user": []}),
            "index.html": "<html><body>Your information</body></html>",
        }
    )


def zip_bomb() -> bytes:
    """A member declaring 50 MB of zeros packed into a few KB."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("_chat.txt", b"\0" * (50 * 1024 * 1024))
    return out.getvalue()


def traversal_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("_chat.txt", WHATSAPP_ANDROID_UK)
        zf.writestr("../../evil.txt", "x")
    return out.getvalue()


def whatsapp_lines(count: int, *, media_every: int = 0) -> str:
    """A long Android export: `count` messages, day-first, 24-hour."""
    lines = []
    for i in range(count):
        day, minute = 1 + (i // 1440) % 28, i % 1440
        who = "Alex Smith" if i % 2 else "Sam"
        body = f"message number {i} with some words in it to be realistic"
        if media_every and i % media_every == 0:
            body = "<Media omitted>"
        lines.append(f"{day:02d}/10/2025, {minute // 60:02d}:{minute % 60:02d} - {who}: {body}")
    return "\n".join(lines) + "\n"
