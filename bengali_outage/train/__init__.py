"""Reproducible training of the shipped Bengali NER model (``python -m bengali_outage.train``).

Modules: ``corpus`` (the repo's annotated sentences), ``split`` (the
name-disjoint split), ``data`` (reading the CC0 corpus in place and making
Docs), ``train`` (the training run itself), ``evaluate`` (span scoring).
"""
