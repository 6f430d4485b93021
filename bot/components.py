"""The buttons (More, Context, 👍/👎, paging, saying why 👎), whose state lives in their
custom ids, and the form that asks why."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord

from index.answers import Answer

from . import embeds, render
from .messages import error_reply
from .replies import NO_MENTIONS, guarded, in_time, send_private
from .service import MAX_WHY_CHARS, Vote

if TYPE_CHECKING:
    from .client import QABot
    from .service import Asked


def _bot(interaction: discord.Interaction) -> QABot:
    return interaction.client  # type: ignore[return-value]


class PageButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"qabot:(?:page|more):(?P<answer>\d+):(?P<offset>\d+)",
):
    """Previous or More: turns an answer to the page starting at ``offset``.

    The asker turns the public answer; anyone else gets a private copy, which they turn
    on their own (a private message's buttons are theirs alone). ``qabot:more:`` is the
    custom id of answers sent before Previous existed: they keep working.
    """

    def __init__(self, answer_id: int, offset: int, label: str = "More") -> None:
        style = discord.ButtonStyle.primary if label == "More" else discord.ButtonStyle.secondary
        super().__init__(
            discord.ui.Button(
                label=label,
                style=style,
                custom_id=f"qabot:page:{answer_id}:{offset}",
            )
        )
        self.answer_id, self.offset = answer_id, offset

    @classmethod
    async def from_custom_id(cls, interaction: Any, item: Any, match: Any) -> PageButton:
        return cls(int(match["answer"]), int(match["offset"]))

    @guarded
    async def callback(self, interaction: discord.Interaction) -> None:
        paged = await _bot(interaction).service.page(self.answer_id, self.offset)
        if paged is None:
            await send_private(interaction, "Sorry: I no longer have that question; ask it again.")
            return
        if not paged.answer.found:
            await send_private(interaction, "There are no more passages for that question.")
            return
        embed, view = answer_parts(paged)
        mine = _owns(interaction, paged.asker)
        await _turn(interaction, mine, embed, view)


def _is_private(interaction: discord.Interaction) -> bool:
    """Whether the button pressed is on a private message (only its reader sees it)."""
    message = interaction.message
    return message is not None and message.flags.ephemeral


def _owns(interaction: discord.Interaction, owner: int | None) -> bool:
    """Whether a press may change the message its button is on: the member who asked
    for it pressed, or the message is private."""
    return _is_private(interaction) or (owner is not None and interaction.user.id == owner)


async def _turn(
    interaction: discord.Interaction,
    mine: bool,
    embed: discord.Embed,
    view: discord.ui.View | None,
) -> None:
    """Show a turned page: in place when the presser owns the message, else as their
    own private copy (as a follow-up when the press was deferred: replies.in_time)."""
    deferred = interaction.response.is_done()
    if mine:
        # content=None: an answer posted as text (replies.post) becomes this embed alone.
        edit = interaction.edit_original_response if deferred else None
        edit = edit or interaction.response.edit_message
        await edit(content=None, embed=embed, view=view, allowed_mentions=NO_MENTIONS)
        return
    send = interaction.followup.send if deferred else interaction.response.send_message
    await send(
        embed=embed,
        view=view or discord.utils.MISSING,
        ephemeral=True,
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
        question, quoted, gone = _bot(interaction).service.context(self.answer_id, self.offset)
        await interaction.response.send_message(
            embed=embeds.context_embed(question, quoted, gone),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )


class ClosestButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"qabot:near:(?P<answer>\d+)",
):
    """Under "no answer": shows the presser, privately, the passages that came closest,
    all under the bar for an answer, said so (for a question the bar wrongly turned
    away, or a member who wants to look anyway)."""

    def __init__(self, answer_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Closest passages",
                style=discord.ButtonStyle.secondary,
                custom_id=f"qabot:near:{answer_id}",
            )
        )
        self.answer_id = answer_id

    @classmethod
    async def from_custom_id(cls, interaction: Any, item: Any, match: Any) -> ClosestButton:
        return cls(int(match["answer"]))

    @guarded
    async def callback(self, interaction: discord.Interaction) -> None:
        closest = await _bot(interaction).service.page(self.answer_id, 0, strict=False)
        if closest is None or not closest.answer.found:
            await send_private(interaction, "Sorry: no passage comes close to that question now.")
            return
        embed = embeds.answer_embed(closest.answer, closest.shown_title, **_shown_with(closest))
        await interaction.response.send_message(
            embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
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
        up = self.vote == "up"
        outcome = _bot(interaction).service.vote(
            self.answer_id, self.offset, interaction.user.id, up=up
        )
        if up:
            await send_private(interaction, _VOTED[outcome, up])
            return
        # A 👎 says something was wrong: the voter may say what, for the moderators (or
        # say it later, pressing 👎 again).
        view = discord.ui.View()
        view.add_item(WhyButton(self.answer_id, self.offset))
        await interaction.response.send_message(
            _VOTED[outcome, up], view=view, ephemeral=True, allowed_mentions=NO_MENTIONS
        )


class WhyButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"qabot:why:(?P<answer>\d+):(?P<offset>\d+)",
):
    """Under the thanks for a 👎: opens a form for what was wrong with the answer."""

    def __init__(self, answer_id: int, offset: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Say what was wrong",
                style=discord.ButtonStyle.secondary,
                custom_id=f"qabot:why:{answer_id}:{offset}",
            )
        )
        self.answer_id, self.offset = answer_id, offset

    @classmethod
    async def from_custom_id(cls, interaction: Any, item: Any, match: Any) -> WhyButton:
        return cls(int(match["answer"]), int(match["offset"]))

    @guarded
    async def callback(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(WhyForm(self.answer_id, self.offset))


class WhyForm(discord.ui.Modal, title="What was wrong with the answer?"):
    """What a member who marked an answer 👎 says was wrong; /insights shows it."""

    why: discord.ui.TextInput = discord.ui.TextInput(
        label="What was wrong, or what did you expect?",
        style=discord.TextStyle.paragraph,
        placeholder="e.g. it quotes last year's visit; I asked about this year's",
        max_length=MAX_WHY_CHARS,
    )

    def __init__(self, answer_id: int, offset: int) -> None:
        super().__init__(custom_id=f"qabot:whyform:{answer_id}:{offset}", timeout=15 * 60)
        self.answer_id, self.offset = answer_id, offset

    async def on_submit(self, interaction: discord.Interaction) -> None:
        why, voter = self.why.value, interaction.user.id
        kept = _bot(interaction).service.explain_vote(self.answer_id, self.offset, voter, why)
        await send_private(interaction, WHY_KEPT if kept else WHY_NO_VOTE)

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        await send_private(interaction, error_reply(error, "the form on a 👎"))


WHY_KEPT = "Thanks: the moderators will read it with the answer."
WHY_NO_VOTE = "Your vote on that answer is no 👎 now, so there is nothing to add it to."


_VOTED = {
    (Vote.NEW, True): "Thanks, glad it helped.",
    (Vote.NEW, False): "Thanks, noted: the moderators will look at this answer.",
    (Vote.SAME, True): "You already marked this answer 👍.",
    (Vote.SAME, False): "You already marked this answer 👎.",
    (Vote.CHANGED, True): "Changed your vote to 👍: glad it helped after all.",
    (Vote.CHANGED, False): "Changed your vote to 👎: the moderators will look at this answer.",
}


class SourcesPageButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"qabot:src:(?P<direction>prev|next):(?P<page>\d+)(?::(?P<owner>\d+))?"
    r"(?::q=(?P<search>.*))?",
):
    """Turns the /sources list (of the titles holding ``search``, if searched) to another
    page: the list of whoever ran /sources; anyone else gets a private copy to turn."""

    def __init__(
        self, direction: str, page: int, owner: int | None = None, search: str = ""
    ) -> None:
        custom_id = f"qabot:src:{direction}:{page}" + (f":{owner}" if owner is not None else "")
        super().__init__(
            discord.ui.Button(
                label="Previous" if direction == "prev" else "Next",
                style=discord.ButtonStyle.secondary,
                custom_id=custom_id + (f":q={search}" if search else ""),
            )
        )
        self.page, self.owner, self.search = page, owner, search

    @classmethod
    async def from_custom_id(cls, interaction: Any, item: Any, match: Any) -> SourcesPageButton:
        owner = int(match["owner"]) if match["owner"] else None
        return cls(match["direction"], int(match["page"]), owner, match["search"] or "")

    @guarded
    async def callback(self, interaction: discord.Interaction) -> None:
        mine = _owns(interaction, self.owner)
        files = mine and _is_private(interaction) and _is_moderator(interaction)
        listing = await in_time(
            interaction,
            _bot(interaction).source_list(files, self.search),
            ephemeral=not mine,
            thinking=not mine,
        )
        page = min(self.page, len(listing.pages) - 1)
        owner = self.owner if mine else interaction.user.id  # a copy is its presser's
        view = sources_view(listing, page, owner)
        await _turn(interaction, mine, embeds.sources_embed(listing, page), view)


def _is_moderator(interaction: discord.Interaction) -> bool:
    from .moderation import is_moderator  # moderation imports this module

    return is_moderator(interaction, _bot(interaction).settings.moderator_role_ids)


DYNAMIC_ITEMS = (
    PageButton,
    ContextButton,
    ClosestButton,
    VoteButton,
    WhyButton,
    SourcesPageButton,
)


def answer_parts(asked: Asked) -> tuple[discord.Embed, discord.ui.View | None]:
    """The embed and the buttons that answer a question."""
    embed = embeds.answer_embed(asked.answer, asked.shown_title, **_shown_with(asked))
    return embed, answer_view(asked.answer_id, asked.answer, asked.page_size)


def answer_text_parts(
    asked: Asked, limit: int = embeds.CONTENT_LIMIT
) -> tuple[str, discord.ui.View | None]:
    """``answer_parts`` with the answer as a message's text (at most ``limit``
    characters), where the bot may not embed."""
    text = embeds.answer_text(asked.answer, asked.shown_title, limit=limit, **_shown_with(asked))
    return text, answer_view(asked.answer_id, asked.answer, asked.page_size)


def _shown_with(asked: Asked) -> dict[str, Any]:
    """What an answer shows beside its passages."""
    return {
        "earlier": asked.earlier,
        "removed": asked.removed,
        "origin": asked.origin,
        "within": asked.within,
        "no_answer": render.why_no_answer(asked.answer, asked.foreign, asked.within),
    }


def answer_view(answer_id: int, result: Answer, per_page: int) -> discord.ui.View | None:
    """The buttons under an answer: Previous and More where there is a page to turn to,
    Context and the votes; under "no answer", Closest passages where some came close
    (none under the closest passages themselves)."""
    if result.closest:
        return None
    if not result.found:
        if not result.near:
            return None
        view = discord.ui.View(timeout=None)
        view.add_item(ClosestButton(answer_id))
        return view
    view = discord.ui.View(timeout=None)
    if result.offset > 0:
        previous = max(result.offset - per_page, 0)
        view.add_item(PageButton(answer_id, previous, label="Previous"))
    if result.more:
        view.add_item(PageButton(answer_id, result.offset + len(result.hits)))
    view.add_item(ContextButton(answer_id, result.offset))
    view.add_item(VoteButton(answer_id, result.offset, "up"))
    view.add_item(VoteButton(answer_id, result.offset, "down"))
    return view


def sources_view(
    listing: embeds.SourceList, page: int, owner: int | None
) -> discord.ui.View | None:
    """Previous and Next under a long article list, where there is a page to turn to."""
    pages = len(listing.pages)
    if pages <= 1:
        return None
    view = discord.ui.View(timeout=None)
    if page > 0:
        view.add_item(SourcesPageButton("prev", page - 1, owner, listing.search))
    if page < pages - 1:
        view.add_item(SourcesPageButton("next", page + 1, owner, listing.search))
    return view
