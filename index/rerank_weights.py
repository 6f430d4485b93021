"""The reranker's weights, written by benchmarks/fit_rerank.py: do not edit by hand."""

# Per unit of each feature (index/rerank.py, FEATURES); fitted on the ReQA questions
# of tests/data/squad2-dev-half-questions-8of16.json.
WEIGHTS: dict[str, float] = {
    "log_score": 0.508632,
    "relevance": 7.33408,
    "own": -7.89103,
    "own_cov": 5.11337,
    "para_cov": 4.66632,
    "wbigram": 2.96922,
    "length": -0.331002,
    "inv_rank": 0.978983,
    "first": 0.386734,
    "exact": 1.44106,
    "who": 1.52364,
    "number": 2.44228,
    "when": 3.00919,
    "prev_cov": 0.741514,
}
