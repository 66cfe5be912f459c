"""Open Data Zelfscan: turns the YAML catalogue into a Dutch MkDocs site and self-scan rules."""
