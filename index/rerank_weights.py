"""The reranker's weights, written by benchmarks/fit_rerank.py: do not edit by hand."""

# Per unit of each feature (index/rerank.py, FEATURES); fitted on the ReQA questions
# of tests/data/squad2-dev-half-questions-8of16.json.
WEIGHTS: dict[str, float] = {
    "log_score": 0.467508,
    "relevance": 7.37296,
    "own": -7.89337,
    "own_cov": 5.54207,
    "para_cov": 4.25821,
    "wbigram": 2.93347,
    "length": -0.383426,
    "inv_rank": 1.07564,
    "first": 0.393217,
    "exact": 1.43656,
    "who": 1.29541,
    "number": 2.66083,
    "when": 3.07888,
    "prev_cov": 0.91642,
    "who_name": 1.07832,
    "subject": 4.93986,
}
