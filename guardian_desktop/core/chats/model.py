"""What a chat export becomes once read: participants and messages in conversation order."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class MessageKind(StrEnum):
    TEXT = "text"
    MEDIA = "media"  # a photo, video, voice note or file was sent (maybe with a caption)
    SYSTEM = "system"  # the app's own line: "Messages are end-to-end encrypted", a call
    DELETED = "deleted"  # "This message was deleted"


@dataclass
class Participant:
    name: str
    numeric_id: str = ""  # the platform's own number for the account, where the export has one


@dataclass
class Message:
    """One message. `at` is ISO 8601: with an offset when the export records the zone
    ("2025-10-25T21:47:00+00:00"), without one when it is the phone's local time."""

    at: str
    sender: str  # as the export names them; "" for the app's own lines
    text: str
    kind: MessageKind = MessageKind.TEXT
    media: tuple[str, ...] = ()  # names of attached files as the export gives them
    source_ref: str = ""  # where in the export: "line 12", "messages[3]"
    sender_id: str = ""  # the sender's numeric id where the export carries it

    @property
    def zone_recorded(self) -> bool:
        return len(self.at) > 19 and (self.at.endswith("Z") or self.at[19] in "+-")


@dataclass
class Chat:
    """One conversation read from an export."""

    platform: str  # a core.platforms id, or "" when the export does not say which app
    fmt: str  # which parser: "whatsapp-android", "telegram-json", ...
    title: str
    participants: list[Participant]
    messages: list[Message]
    chat_files: list[str]  # the file(s) inside the export the chat was read from
    notes: list[str] = field(default_factory=list)  # plain words about how it was read
    chat_id: str = ""  # the platform's id of the conversation, where given

    @property
    def first_at(self) -> str:
        return next((m.at for m in self.messages if m.at), "")

    @property
    def last_at(self) -> str:
        return next((m.at for m in reversed(self.messages) if m.at), "")

    @property
    def media_count(self) -> int:
        return sum(len(m.media) for m in self.messages)


class NotThisFormat(ValueError):
    """Raised by a parser when the content is not its format (the next one is tried)."""


FORMAT_NAMES = {
    "whatsapp-android": "WhatsApp chat export (Android)",
    "whatsapp-ios": "WhatsApp chat export (iPhone)",
    "meta-json": "Instagram or Facebook Messenger download (JSON)",
    "meta-e2ee-json": "Facebook Messenger end-to-end encrypted chat download (JSON)",
    "telegram-json": "Telegram Desktop chat export (JSON)",
    "snapchat-json": "Snapchat My Data chat history (JSON)",
    "snapchat-html": "Snapchat My Data chat history (HTML)",
}
