"""The reranker's weights, written by benchmarks/fit_rerank.py: do not edit by hand."""

# Per unit of each feature (index/rerank.py, FEATURES); fitted on the ReQA questions
# of tests/data/squad2-dev-half-questions-8of16.json.
WEIGHTS: dict[str, float] = {
    "log_score": 0.466813,
    "relevance": 7.37431,
    "own": -7.89532,
    "own_cov": 5.54459,
    "para_cov": 4.26002,
    "wbigram": 2.93486,
    "length": -0.383626,
    "inv_rank": 1.07587,
    "first": 0.393102,
    "exact": 1.43656,
    "who": 1.29578,
    "number": 2.66106,
    "when": 3.07917,
    "prev_cov": 0.916107,
    "who_name": 1.07828,
    "subject": 4.94045,
}
