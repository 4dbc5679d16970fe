"""Bengali language data, as typed tables of rows. No logic lives here."""
