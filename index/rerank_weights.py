"""The reranker's weights, written by benchmarks/fit_rerank.py: do not edit by hand."""

# Per unit of each feature (index/rerank.py, FEATURES); fitted on the ReQA questions
# of tests/data/squad2-dev-half-questions-8of16.json.
WEIGHTS: dict[str, float] = {
    "log_score": 0.454376,
    "relevance": 7.52194,
    "own": -7.92339,
    "own_cov": 5.76664,
    "para_cov": 4.35333,
    "wbigram": 2.96409,
    "length": -0.379827,
    "inv_rank": 1.05916,
    "first": 0.397087,
    "exact": 1.30082,
    "who": 1.33156,
    "number": 2.58225,
    "when": 3.10801,
    "prev_cov": 0.925063,
    "who_name": 0.966889,
    "subject": 5.05014,
    "prefix": 6.24987,
}
