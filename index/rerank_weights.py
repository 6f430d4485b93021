"""The reranker's weights, written by benchmarks/fit_rerank.py: do not edit by hand."""

# Per unit of each feature (index/rerank.py, FEATURES); fitted on the ReQA questions
# of tests/data/squad2-dev-half-questions-8of16.json.
WEIGHTS: dict[str, float] = {
    "log_score": 0.453395,
    "relevance": 7.63033,
    "own": -8.14068,
    "own_cov": 5.97553,
    "para_cov": 4.3363,
    "wbigram": 2.95288,
    "length": -0.425448,
    "inv_rank": 1.07105,
    "first": 0.413791,
    "exact": 1.25454,
    "who": 1.26923,
    "number": 2.59279,
    "when": 3.12186,
    "prev_cov": 0.919281,
    "who_name": 0.929553,
    "subject": 5.01043,
    "prefix": 4.71228,
}
