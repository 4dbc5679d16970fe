"""``python -m bengali_outage.train``: train the shipped NER model."""

from __future__ import annotations

from bengali_outage.train.train import main

if __name__ == "__main__":
    main()
