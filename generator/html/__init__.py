"""Steps over a built site folder, whichever engine built it: the CSP per page, theme repairs, the
offline ZIP.
"""
