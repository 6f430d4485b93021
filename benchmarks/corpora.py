"""Corpora of a chosen size for the scale benchmarks, built offline.

Real English where the machine has it (the standard library's docstrings, about 10k
sentences); past that, a synthetic generator: words drawn from wordfreq's English list
with their real Zipf frequencies, sentence lengths from a log-normal fitted to news
(median about 20 words), articles of 5-40 sentences in paragraphs of 1-5.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from benchmarks.distractors import stdlib_documents

ARTICLES_PER_FILE = 1000


def synthetic_articles(sentences: int, seed: int = 7):
    """Articles as {"id", "title", "text"} until ``sentences`` sentences are written."""
    from wordfreq import top_n_list, word_frequency

    rng = np.random.default_rng(seed)
    words = [w for w in top_n_list("en", 60000) if w.isalpha()]
    weights = np.array([word_frequency(w, "en") for w in words])
    weights /= weights.sum()
    written = number = 0
    while written < sentences:
        count = min(int(rng.integers(5, 41)), sentences - written)
        lengths = np.clip(rng.lognormal(np.log(20), 0.45, count).astype(int), 4, 80)
        drawn = rng.choice(len(words), size=int(lengths.sum()), p=weights)
        paragraphs, current, position = [], [], 0
        for length in lengths:
            sentence = " ".join(words[i] for i in drawn[position : position + length])
            position += length
            current.append(sentence[0].upper() + sentence[1:] + ".")
            if len(current) >= rng.integers(1, 6):
                paragraphs.append(" ".join(current))
                current = []
        if current:
            paragraphs.append(" ".join(current))
        title = " ".join(words[i] for i in drawn[:6]).capitalize()
        yield {"id": f"synthetic-{number}", "title": title, "text": "\n\n".join(paragraphs)}
        written += count
        number += 1


DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SQUAD = DATA / "squad2-dev-half-questions-8of16.json"


def asked_articles() -> list[dict[str, str]]:
    """The articles real questions are asked about: the seed article, its distractors and
    the 16 Wikipedia articles of the SQuAD questions (tests/data, with their sources)."""
    from index.corpus import read_corpus

    found = [
        {"id": a.id, "title": a.title, "text": a.text}
        for folder in (DATA / "seed", DATA / "distractors")
        for a in read_corpus(folder).articles
    ]
    for article in json.loads(SQUAD.read_text(encoding="utf-8"))["data"]:
        text = "\n\n".join(p["context"] for p in article["paragraphs"])
        found.append({"id": f"squad-{article['title']}", "title": article["title"], "text": text})
    return found


def real_questions(count: int, seed: int = 13) -> list[str]:
    """``count`` questions people wrote: the seed's development questions, then SQuAD
    questions (answerable or not) drawn at random."""
    lines = (DATA / "dev_questions.jsonl").read_text(encoding="utf-8").splitlines()
    own = [json.loads(line)["question"] for line in lines if line.strip()]
    squad = [
        qa["question"]
        for article in json.loads(SQUAD.read_text(encoding="utf-8"))["data"]
        for paragraph in article["paragraphs"]
        for qa in paragraph["qas"]
    ]
    rng = np.random.default_rng(seed)
    drawn = rng.choice(len(squad), size=max(0, count - len(own)), replace=False)
    return (own + [squad[int(i)] for i in drawn])[:count]


def work_corpus(work: Path, sentences: int) -> tuple[Path, Path]:
    """The corpus folder of ``sentences`` sentences under ``work`` (written the first
    time) and the index folder beside it, as the one-size benchmarks share them."""
    folder = work / str(sentences)
    corpus = folder / "corpus"
    if not corpus.is_dir():
        print(f"writing a corpus of {sentences:,} sentences into {corpus}", flush=True)
        write_corpus(corpus, sentences)
    return corpus, folder / "index"


def write_corpus(directory: Path, sentences: int) -> Path:
    """A corpus of about ``sentences`` sentences in ``directory``, as JSONL files: the
    articles real questions are about, the standard library's docstrings, then synthetic
    articles."""
    directory.mkdir(parents=True, exist_ok=True)
    real = asked_articles() + list(stdlib_documents(100_000))
    real_sentences = sum(doc["text"].count(". ") + 1 for doc in real)
    articles = (
        real
        if sentences <= real_sentences
        else real + list(synthetic_articles(sentences - real_sentences))
    )
    if sentences <= real_sentences:
        articles = real[: max(1, int(len(real) * sentences / real_sentences))]
    for start in range(0, len(articles), ARTICLES_PER_FILE):
        lines = (json.dumps(a) for a in articles[start : start + ARTICLES_PER_FILE])
        path = directory / f"part-{start // ARTICLES_PER_FILE:05}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return directory
