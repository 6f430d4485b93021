"""The reranker's weights, written by benchmarks/fit_rerank.py: do not edit by hand."""

# Per unit of each feature (index/rerank.py, FEATURES); fitted on the ReQA questions
# of tests/data/squad2-dev-half-questions-8of16.json.
WEIGHTS: dict[str, float] = {
    "log_score": 0.535558,
    "relevance": 7.66854,
    "own": -7.99464,
    "own_cov": 5.07846,
    "para_cov": 4.4267,
    "wbigram": 2.89603,
    "length": -0.322251,
    "inv_rank": 1.06456,
    "first": 0.375602,
    "exact": 1.27663,
    "who": 1.17243,
    "number": 2.42258,
    "when": 3.01596,
    "prev_cov": 0.867169,
    "who_name": 1.07782,
}
