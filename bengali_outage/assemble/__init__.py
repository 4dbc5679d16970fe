"""From tagged text to incident records."""
