"""Everything the site is generated into from the catalogue: pages, the browser's rules, schemas,
open data and the file formats.
"""
