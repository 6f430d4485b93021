"""The reranker's weights, written by benchmarks/fit_rerank.py: do not edit by hand."""

# Per unit of each feature (index/rerank.py, FEATURES); fitted on the ReQA questions
# of tests/data/squad2-dev-half-questions-8of16.json.
WEIGHTS: dict[str, float] = {
    "log_score": 0.496975,
    "relevance": 7.43328,
    "own": -7.96653,
    "own_cov": 5.62326,
    "para_cov": 4.39027,
    "wbigram": 2.95963,
    "length": -0.38734,
    "inv_rank": 1.06034,
    "first": 0.40638,
    "exact": 1.31589,
    "who": 1.37836,
    "number": 2.69299,
    "when": 3.08736,
    "prev_cov": 0.914878,
    "who_name": 0.909169,
    "subject": 4.93429,
}
