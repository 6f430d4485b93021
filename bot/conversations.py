"""Follow-ups measured: conversations asked turn by turn through the shell, as in a DM."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Sequence

from index.evaluation import DEPTH, Case, Evaluation, Ranker, evaluate_ranker

from .config import Settings
from .served import ServedIndex
from .shell import Shell

# A passage's source line, as render writes it under a quote or a context's passage.
_SOURCED = re.compile(r"^— ", re.MULTILINE)


def evaluate_conversations(
    settings: Settings, served: ServedIndex, conversations: Sequence[Sequence[Case]]
) -> Evaluation:
    """Ask each conversation's turns in order, in a shell of its own (a member's DM
    with the bot: "how many people died?" follows up the answer before, as the bot reads
    it, pages of ``settings``' size), and rank each turn's passages as ``evaluate`` ranks
    a question's: the first DEPTH of its answer, asked again as the turn was (what it
    followed, the articles quoted before), for DEPTH passages. A turn answered without a
    search ("why?": the sentences around the answer before) is ranked by its reply where
    that quotes a source; small talk ("thanks": "You're welcome!") quotes nothing, as a
    turn expecting no answer should."""
    outcomes = []
    for turns in conversations:
        shell = Shell(settings, served)
        try:
            outcomes.extend(evaluate_ranker(_asked_in(shell), turns).outcomes)
        finally:
            shell.close()
    return Evaluation(tuple(outcomes))


def _asked_in(shell: Shell) -> Ranker:
    def ranked(question: str) -> list[str]:
        before = shell.shown
        reply = shell.reply(question)
        shown = shell.shown
        if shown is None or shown is before:  # no search: "why?", small talk
            return [reply] if _SOURCED.search(reply) else []
        # what a member was shown decides what the next turn follows; ranked ten deep
        service = shell.service
        asked = service.store.question(shown.answer_id)
        if asked is None or not shown.answer.found:
            return [hit.passage.text for hit in shown.answer.hits]
        deeper = service.find(
            asked.question, 0, asked.earlier, asked.within, recent=asked.recent, count=DEPTH
        )
        return [hit.passage.text for hit in asyncio.run(deeper).hits]

    return ranked
