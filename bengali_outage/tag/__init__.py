"""Entity tagging: registry rules, the shipped statistical model, and their merge."""
