"""About the images - never the images themselves."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from guardian_desktop.core.answers import Answer, Images, treat_as_under_18
from guardian_desktop.core.guidance import Block

from ...widgets.blocks import BlockView
from .question import Question, answer_text


class ImagesQuestion(Question):
    qid = "images"

    def heading(self) -> str:
        return self.tr("About the images")

    def build(self) -> None:
        self.lead(self.tr(
            "These questions are about the images, so the police know what to look for. "
            "Do not add the images themselves."
        ))  # fmt: skip
        if treat_as_under_18(self.ctx.under_18):
            # The under-18 rule from the evidence step, said again here: never the image.
            role, under_18 = self.ctx.role, self.ctx.under_18
            self.guidance([
                Block(raw.kind, raw.text[role], raw.id)
                for raw in self.ctx.guidance.step("evidence").raw_blocks
                if raw.when == "under18" and raw.applies(role, under_18)
            ])  # fmt: skip
        if self.helping:
            sent = self.tr("Did the person you are helping send them any images?")
            known = self.tr("Could someone recognise the person in the images?")
        else:
            sent = self.tr("Did you send them any images?")
            known = self.tr("Could someone recognise you in the images?")
        self.sent = self.choice(Images, "sent_any", sent)
        self.identifiable = self.choice(Images, "identifiable", known)

    def first_field(self) -> QWidget:
        return self.sent

    def rows(self) -> list[tuple[str, str]]:
        i = self.answers.section(Images)
        return [
            (self.tr("Images were sent"), answer_text(i.sent_any)),
            (self.tr("Could be recognised"), answer_text(i.identifiable)),
        ]


class SharedQuestion(Question):
    qid = "images_shared"

    def heading(self) -> str:
        return self.tr("Have they shared or posted the images?")

    def build(self) -> None:
        self.shared = self.choice(Images, "shared", self.heading())
        self.where = self.text(
            Images, "shared_where", self.tr("&Where: web addresses, apps or people"), lines=4,
            hint=self.tr("One on each line. Copy web addresses if you can. Do not open them "
                         "again just for this."),
        )  # fmt: skip

    def refresh(self) -> None:
        i = self.answers.section(Images)
        visible = i.shared == Answer.YES or bool(i.shared_where.strip())
        self.show_field(self.where, visible)

    def first_field(self) -> QWidget:
        return self.shared

    def rows(self) -> list[tuple[str, str]]:
        i = self.answers.section(Images)
        rows = [(self.tr("Shared or posted"), answer_text(i.shared))]
        if i.shared == Answer.YES:
            rows.append((self.tr("Where"), i.shared_where.strip()))
        return rows


class FakeQuestion(Question):
    qid = "images_fake"

    def heading(self) -> str:
        return self.tr("Could the images be fake or made with AI?")

    def build(self) -> None:
        self.fake = self.choice(Images, "maybe_fake", self.heading())
        blocks = [b for b in self.ctx.guidance.step("details").blocks(self.ctx.role,
                  self.ctx.under_18) if b.id and b.id.startswith("maybe_fake")]  # fmt: skip
        self.fake_guidance = BlockView(blocks)
        self.body.addWidget(self.fake_guidance)

    def refresh(self) -> None:
        value = self.answers.section(Images).maybe_fake
        self.fake_guidance.setVisible(value in (Answer.YES, Answer.UNKNOWN))

    def first_field(self) -> QWidget:
        return self.fake

    def rows(self) -> list[tuple[str, str]]:
        value = self.answers.section(Images).maybe_fake
        return [(self.tr("Could be fake or AI-made"), answer_text(value))]
