"""Value normalisers, one module per dimension: numbers, dates, times, durations."""
