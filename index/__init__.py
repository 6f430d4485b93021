"""The engine: corpus, sentences, analysis, BM25 and answers; reads files, prints nothing."""
