"""Questions about what happened: the story, first contact, the demand, where they said
they were."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from guardian_desktop.core.answers import Story

from .question import Question, when_text


class StoryQuestion(Question):
    qid = "story"
    enter_is_next = False

    def heading(self) -> str:
        if self.helping:
            return self.tr("What happened, in their own words?")
        return self.tr("What happened, in your own words?")

    def build(self) -> None:
        blocks = [b for b in self.ctx.guidance.step("details").blocks(self.ctx.role,
                  self.ctx.under_18) if not b.id]  # fmt: skip
        self.guidance(blocks)
        self.summary = self.text(
            Story, "summary", self.tr("&What happened"), lines=8,
            hint=self.tr("A few sentences are enough. You can add to it later."),
        )  # fmt: skip

    def first_field(self) -> QWidget:
        return self.summary

    def rows(self) -> list[tuple[str, str]]:
        return [(self.tr("What happened"), self.answers.section(Story).summary.strip())]


class FirstContactQuestion(Question):
    qid = "first_contact"

    def heading(self) -> str:
        if self.helping:
            return self.tr("How did they first make contact?")
        return self.tr("How did they first contact you?")

    def build(self) -> None:
        self.where = self.line(
            Story, "first_contact", self.tr("&Where and how"),
            hint=self.tr("For example: a message on Instagram, or a friend request on Snapchat."),
        )  # fmt: skip
        self.at = self.when(
            Story, "first_contact_at", self.tr("First contact"), self.tr("W&hen was that?")
        )

    def first_field(self) -> QWidget:
        return self.where

    def rows(self) -> list[tuple[str, str]]:
        s = self.answers.section(Story)
        return [
            (self.tr("How they first made contact"), s.first_contact.strip()),
            (self.tr("When that was"), when_text(s.first_contact_at)),
        ]


class DemandQuestion(Question):
    qid = "demand"
    enter_is_next = False

    def heading(self) -> str:
        return self.tr("What did they ask for?")

    def build(self) -> None:
        self.demand = self.text(
            Story, "demand", self.tr("W&hat they asked for"), lines=5,
            hint=self.tr("For example: money, gift cards, more pictures, or to keep talking."),
        )  # fmt: skip

    def first_field(self) -> QWidget:
        return self.demand

    def rows(self) -> list[tuple[str, str]]:
        return [(self.tr("What they asked for"), self.answers.section(Story).demand.strip())]


class ClaimedLocationQuestion(Question):
    qid = "claimed_location"

    def heading(self) -> str:
        return self.tr("Where did they say they were?")

    def build(self) -> None:
        self.location = self.line(
            Story, "claimed_location", self.tr("&Town or country they said they were in"),
            hint=self.tr("Leave it empty if you do not know. It may not be true: that is fine."),
        )  # fmt: skip

    def first_field(self) -> QWidget:
        return self.location

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Where they said they were"),
             self.answers.section(Story).claimed_location.strip())
        ]  # fmt: skip
