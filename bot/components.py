"""The buttons (More, Context, 👍/👎, paging), whose state lives in their custom ids."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord

from index.answers import Answer

from . import embeds, render
from .replies import NO_MENTIONS, guarded, send_private

if TYPE_CHECKING:
    from .client import QABot
    from .service import Asked


def _bot(interaction: discord.Interaction) -> QABot:
    return interaction.client  # type: ignore[return-value]


class MoreButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"qabot:more:(?P<answer>\d+):(?P<offset>\d+)",
):
    """Replaces the answer's passages with the next ones."""

    def __init__(self, answer_id: int, offset: int, disabled: bool = False) -> None:
        super().__init__(
            discord.ui.Button(
                label="More",
                style=discord.ButtonStyle.primary,
                disabled=disabled,
                custom_id=f"qabot:more:{answer_id}:{offset}",
            )
        )
        self.answer_id, self.offset = answer_id, offset

    @classmethod
    async def from_custom_id(cls, interaction: Any, item: Any, match: Any) -> MoreButton:
        return cls(int(match["answer"]), int(match["offset"]))

    @guarded
    async def callback(self, interaction: discord.Interaction) -> None:
        result = await _bot(interaction).service.more(self.answer_id, self.offset)
        if result is None:
            await send_private(interaction, "Sorry: I no longer have that question; ask it again.")
            return
        if not result.found:
            await send_private(interaction, "There are no more passages for that question.")
            return
        await interaction.response.edit_message(
            embed=embeds.answer_embed(result),
            view=answer_view(self.answer_id, result),
            allowed_mentions=NO_MENTIONS,
        )


class ContextButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"qabot:ctx:(?P<answer>\d+):(?P<offset>\d+)",
):
    """Shows the clicker, privately, each quoted passage with the sentences around it."""

    def __init__(self, answer_id: int, offset: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Context",
                style=discord.ButtonStyle.secondary,
                custom_id=f"qabot:ctx:{answer_id}:{offset}",
            )
        )
        self.answer_id, self.offset = answer_id, offset

    @classmethod
    async def from_custom_id(cls, interaction: Any, item: Any, match: Any) -> ContextButton:
        return cls(int(match["answer"]), int(match["offset"]))

    @guarded
    async def callback(self, interaction: discord.Interaction) -> None:
        question, quoted = _bot(interaction).service.context(self.answer_id, self.offset)
        await interaction.response.send_message(
            embed=embeds.context_embed(question, quoted),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )


class VoteButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"qabot:vote:(?P<answer>\d+):(?P<offset>\d+):(?P<vote>up|down)",
):
    """Records 👍 or 👎 with the question and the ids of the passages shown."""

    def __init__(self, answer_id: int, offset: int, vote: str) -> None:
        super().__init__(
            discord.ui.Button(
                emoji="👍" if vote == "up" else "👎",
                style=discord.ButtonStyle.secondary,
                custom_id=f"qabot:vote:{answer_id}:{offset}:{vote}",
            )
        )
        self.answer_id, self.offset, self.vote = answer_id, offset, vote

    @classmethod
    async def from_custom_id(cls, interaction: Any, item: Any, match: Any) -> VoteButton:
        return cls(int(match["answer"]), int(match["offset"]), match["vote"])

    @guarded
    async def callback(self, interaction: discord.Interaction) -> None:
        _bot(interaction).service.vote(
            self.answer_id, self.offset, interaction.user.id, up=self.vote == "up"
        )
        thanks = (
            "Thanks, glad it helped."
            if self.vote == "up"
            else ("Thanks, noted: the moderators will look at this answer.")
        )
        await send_private(interaction, thanks)


class SourcesPageButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"qabot:src:(?P<direction>prev|next):(?P<page>\d+)",
):
    """Turns the /sources list to another page."""

    def __init__(self, direction: str, page: int, disabled: bool = False) -> None:
        super().__init__(
            discord.ui.Button(
                label="Previous" if direction == "prev" else "Next",
                style=discord.ButtonStyle.secondary,
                disabled=disabled,
                custom_id=f"qabot:src:{direction}:{page}",
            )
        )
        self.page = page

    @classmethod
    async def from_custom_id(cls, interaction: Any, item: Any, match: Any) -> SourcesPageButton:
        return cls(match["direction"], int(match["page"]))

    @guarded
    async def callback(self, interaction: discord.Interaction) -> None:
        lines = render.sources_lines(_bot(interaction).service.served.index)
        page = min(self.page, len(embeds.sources_pages(lines)) - 1)
        await interaction.response.edit_message(
            embed=embeds.sources_embed(lines, page),
            view=sources_view(lines, page) or None,
            allowed_mentions=NO_MENTIONS,
        )


DYNAMIC_ITEMS = (MoreButton, ContextButton, VoteButton, SourcesPageButton)


def answer_parts(asked: Asked) -> tuple[discord.Embed, discord.ui.View | None]:
    """The embed and the buttons that answer a question."""
    return embeds.answer_embed(asked.answer), answer_view(asked.answer_id, asked.answer)


def answer_view(answer_id: int, result: Answer) -> discord.ui.View | None:
    """The buttons under an answer; none under "no answer"."""
    if not result.found:
        return None
    view = discord.ui.View(timeout=None)
    next_offset = result.offset + len(result.hits)
    view.add_item(MoreButton(answer_id, next_offset, disabled=not result.more))
    view.add_item(ContextButton(answer_id, result.offset))
    view.add_item(VoteButton(answer_id, result.offset, "up"))
    view.add_item(VoteButton(answer_id, result.offset, "down"))
    return view


def sources_view(lines: list[str], page: int) -> discord.ui.View | None:
    """Previous/Next under a long article list."""
    pages = len(embeds.sources_pages(lines))
    if pages <= 1:
        return None
    view = discord.ui.View(timeout=None)
    view.add_item(SourcesPageButton("prev", max(page - 1, 0), disabled=page == 0))
    view.add_item(SourcesPageButton("next", min(page + 1, pages - 1), disabled=page >= pages - 1))
    return view
