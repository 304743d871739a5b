"""Reading chat exports: each app's format, locales, mojibake, whole downloads, bad input."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from guardian_desktop.core.chats import MessageKind, containers, looks_like_export, parse_one, scan
from guardian_desktop.core.chats.meta import fix_mojibake
from guardian_desktop.core.errors import EvidenceRejected

from . import chat_exports as ce


def _one(name: str, data: bytes | str):  # type: ignore[no-untyped-def]
    raw = data.encode("utf-8") if isinstance(data, str) else data
    chats = parse_one(name, raw)
    assert len(chats) == 1
    return chats[0]


def test_whatsapp_android_day_first_24_hour() -> None:
    chat = _one("WhatsApp Chat with Alex Smith.txt", ce.WHATSAPP_ANDROID_UK)
    assert chat.fmt == "whatsapp-android" and chat.platform == "whatsapp"
    assert chat.title == "Alex Smith"
    assert [p.name for p in chat.participants] == ["Alex Smith", "Sam"]
    first, threat = chat.messages[0], chat.messages[3]
    assert first.kind is MessageKind.SYSTEM and first.sender == ""
    assert threat.at == "2025-10-25T22:47:00" and not threat.zone_recorded
    assert threat.text.splitlines() == [
        "I have your pictures.",
        "Pay £500 or I send them to everyone.",
        "Send it to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    ]
    assert threat.source_ref == "line 4"
    omitted, attached = chat.messages[4], chat.messages[5]
    assert omitted.kind is MessageKind.MEDIA and omitted.media == ()
    assert attached.media == ("IMG-20251025-WA0001.jpg",) and attached.text == "look at this"
    assert chat.messages[6].kind is MessageKind.DELETED
    assert chat.messages[-1].at == "2025-10-26T09:07:00"  # 26/10: day first


def test_whatsapp_ios_month_first_12_hour_with_marks() -> None:
    chat = _one("_chat.txt", ce.WHATSAPP_IOS_US)
    assert chat.fmt == "whatsapp-ios"
    assert chat.messages[0].kind is MessageKind.SYSTEM  # the iPhone marks its own lines
    assert chat.messages[1].at == "2025-10-25T22:41:05"  # 10:41 PM
    assert chat.messages[2].at == "2025-10-25T22:43:10"  # narrow no-break space before PM
    photo = chat.messages[3]
    assert photo.media == ("00000012-PHOTO-2025-10-25-22-47-00.jpg",)
    assert "\u200e" not in photo.sender + photo.text + photo.media[0]
    assert chat.messages[4].text == "you have 24 hours\nor everyone sees it"
    assert chat.messages[5].kind is MessageKind.MEDIA  # "image omitted"
    assert chat.messages[-1].at == "2025-10-26T00:05:00"  # 12:05 AM


def test_whatsapp_order_read_from_the_dates_and_ambiguity_noted() -> None:
    us = "10/25/2025, 9:00 PM - Alex: a\n10/26/2025, 9:01 AM - Alex: b\n"
    assert _one("a.txt", us).messages[0].at == "2025-10-25T21:00:00"
    german = "25.10.25, 21:00 - Alex: a\n"
    assert _one("a.txt", german).messages[0].at == "2025-10-25T21:00:00"
    ambiguous = "03/04/2025, 10:00 - Alex: a\n"
    chat = _one("a.txt", ambiguous)
    assert chat.messages[0].at == "2025-04-03T10:00:00"
    assert any("day-first" in n for n in chat.notes)


def test_mojibake_is_decoded_and_real_text_left_alone() -> None:
    assert fix_mojibake("Caf\u00c3\u00a9") == "Café"
    assert fix_mojibake("\u00f0\u009f\u0098\u00a1") == "😡"
    assert fix_mojibake("Café 😡") == "Café 😡"
    assert fix_mojibake("plain") == "plain"


def test_instagram_json_newest_first_is_put_in_order_and_decoded() -> None:
    chat = _one("message_1.json", json.dumps(ce.instagram_thread()))
    assert chat.fmt == "meta-json"
    texts = [m.text for m in chat.messages]
    assert texts[0] == "hi 😊" and texts[-1] == "Café 😡 pay now"
    assert [m.at for m in chat.messages] == sorted(m.at for m in chat.messages)
    assert chat.messages[0].at == "2025-10-25T22:20:00+00:00" and chat.messages[0].zone_recorded
    assert chat.messages[2].media[0].endswith("photos/111.jpg")


def test_telegram_pieces_service_lines_and_numeric_ids() -> None:
    chat = _one("result.json", json.dumps(ce.telegram_chat()))
    assert chat.fmt == "telegram-json" and chat.chat_id == "5550001"
    assert {p.name: p.numeric_id for p in chat.participants} == {"Alex": "123", "Sam": "456"}
    call, demand = chat.messages[0], chat.messages[1]
    assert call.kind is MessageKind.SYSTEM and "phone call" in call.text
    assert demand.text == "Pay £500 to @cashking now" and demand.sender_id == "123"
    assert demand.at == "2025-10-25T21:41:00+00:00"  # from date_unixtime, in UTC
    assert chat.messages[3].media == ("photos/photo_1@25-10-2025_22-43-00.jpg",)


def test_telegram_whole_account_export_gives_each_chat() -> None:
    second = {**ce.telegram_chat(), "name": "B"}
    data = {"about": "x", "chats": {"about": "y", "list": [ce.telegram_chat(), second]}}
    chats = parse_one("result.json", json.dumps(data).encode())
    assert [c.title for c in chats] == ["Alex", "B"]


@pytest.mark.parametrize(
    ("name", "content", "first_text"),
    [
        ("chat_history.json", json.dumps(ce.snapchat_json_new()), "send money or else"),
        ("chat_history.json", json.dumps(ce.snapchat_json_old()), "pay me"),
        ("chat_history.html", ce.SNAPCHAT_HTML, "pay me"),
        ("subpage_alexsnap22.html", ce.SNAPCHAT_HTML_SUBPAGE, "send it now"),
    ],
)
def test_snapchat_layouts(name: str, content: str, first_text: str) -> None:
    chats = parse_one(name, content.encode())
    chat = chats[0]
    assert chat.platform == "snapchat" and chat.title == "alexsnap22"
    assert chat.messages[0].text == first_text and chat.messages[0].sender == "alexsnap22"
    assert chat.messages[0].zone_recorded


def test_detection_is_by_content_not_name() -> None:
    chat = _one("renamed.dat", ce.WHATSAPP_IOS_US)
    assert chat.fmt == "whatsapp-ios"
    chat = _one("export", json.dumps(ce.telegram_chat()))
    assert chat.fmt == "telegram-json"


def test_whatsapp_zip_hashes_every_file_and_finds_its_media(tmp_path: Path) -> None:
    path = tmp_path / "WhatsApp Chat with Alex Smith.zip"
    path.write_bytes(ce.whatsapp_zip())
    result = scan([path])
    assert not result.failed
    (found,) = result.chats
    (export,) = found.exports
    assert export.kind == "zip" and export.data == path.read_bytes()
    assert {m.path for m in export.members} == {
        "WhatsApp Chat with Alex Smith.txt",
        "IMG-20251025-WA0001.jpg",
    }
    photo = found.read_media("IMG-20251025-WA0001.jpg")
    assert photo is not None and photo[1] == ce.tiny_jpeg()


def test_data_download_zip_merges_parts_and_skips_other_files(tmp_path: Path) -> None:
    path = tmp_path / "instagram-sam-2025-11-01.zip"
    path.write_bytes(ce.instagram_download_zip())
    result = scan([path])
    assert not result.failed
    (found,) = result.chats
    assert found.chat.platform == "instagram"
    assert len(found.chat.messages) == 4
    assert [m.text for m in found.chat.messages][-1] == "Café 😡 pay now"
    assert len(found.exports[0].members) == 5
    assert found.read_media(found.chat.messages[2].media[0]) is not None


def test_unzipped_folder_keeps_each_chat_file(tmp_path: Path) -> None:
    root = tmp_path / "Telegram export"
    (root / "photos").mkdir(parents=True)
    (root / "result.json").write_text(json.dumps(ce.telegram_chat()), encoding="utf-8")
    (root / "photos" / "photo_1@25-10-2025_22-43-00.jpg").write_bytes(ce.tiny_jpeg())
    assert looks_like_export(root)
    (found,) = scan([root]).chats
    assert found.exports[0].name == "Telegram export/result.json"
    assert found.read_media(found.chat.messages[3].media[0]) is not None
    pictures = tmp_path / "shots"
    pictures.mkdir()
    (pictures / "a.jpg").write_bytes(ce.tiny_jpeg())
    assert not looks_like_export(pictures)
    assert not looks_like_export(pictures / "a.jpg")


def test_media_names_cannot_reach_outside_the_export(tmp_path: Path) -> None:
    root = tmp_path / "export"
    root.mkdir()
    (tmp_path / "secret.jpg").write_bytes(b"x")
    (root / "_chat.txt").write_text(
        "[25/10/2025, 22:47:00] Alex: <attached: ../secret.jpg>\n", encoding="utf-8"
    )
    (found,) = scan([root]).chats
    assert found.read_media("../secret.jpg") is None


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("message_1.json", '{"participants": [{"name": "a"}], "messages": [{"sender_n',
         "truncated_json"),
        ("notes.txt", "shopping list\nmilk\n", "unknown_format"),
        ("bomb.zip", ce.zip_bomb(), "zip_bomb"),
        ("evil.zip", ce.traversal_zip(), "unsafe_names"),
        ("cut.zip", ce.whatsapp_zip()[:300], "damaged_zip"),
        ("empty.txt", "", "empty"),
        ("broken.json", '{"messages": [1 2]}', "damaged_json"),
    ],
)  # fmt: skip
def test_bad_input_is_named_and_the_rest_still_read(
    tmp_path: Path, name: str, content: str | bytes, reason: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content.encode() if isinstance(content, str) else content)
    good = tmp_path / "good.txt"
    good.write_text(ce.WHATSAPP_ANDROID_UK, encoding="utf-8")
    result = scan([bad, good])
    assert [f.reason for f in result.failed] == [reason]
    assert result.failed[0].name == name and name in result.failed[0].detail
    assert len(result.chats) == 1  # the good export beside it is still read


def test_bomb_that_lies_about_its_size_is_stopped_while_streaming() -> None:
    data = bytearray(ce.make_zip({"_chat.txt": b"\0" * (3 * 1024 * 1024)}))
    # Rewrite the declared size in both headers to 100 bytes: the stream must stop anyway.
    box = zipfile.ZipFile(__import__("io").BytesIO(bytes(data)))
    info = box.infolist()[0]
    real = info.file_size.to_bytes(4, "little")
    data = bytearray(bytes(data).replace(real, (100).to_bytes(4, "little")))
    with pytest.raises(EvidenceRejected) as err:
        containers.ZipContainer(bytes(data), "liar.zip").hash_members()
    assert err.value.reason in ("zip_bomb", "damaged_zip")


def test_a_2_gb_file_is_refused_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "huge.zip"
    with open(big, "wb") as fh:  # sparse: 2 GB on paper, nothing on disk
        fh.truncate(2 * 1024**3)
    opened: list[str] = []
    real_open = open

    def spy(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spy)
    result = scan([big])
    assert [f.reason for f in result.failed] == ["too_large"]
    assert "2,048 MB" in result.failed[0].detail
    assert str(big) not in opened


def test_a_whole_telegram_export_in_a_folder_is_found_past_a_long_contact_list(
    tmp_path: Path,
) -> None:
    root = tmp_path / "DataExport_2025"
    root.mkdir()
    contacts = [{"first_name": f"Person {i}", "phone_number": "+440000"} for i in range(3000)]
    data = {"about": "x", "contacts": {"list": contacts},
            "chats": {"list": [ce.telegram_chat()]}}  # fmt: skip
    (root / "result.json").write_text(json.dumps(data), encoding="utf-8")
    assert len(json.dumps(data)) > 65536  # the chats start after the first look
    (found,) = scan([root]).chats
    assert found.chat.platform == "telegram" and len(found.chat.messages) == 4
