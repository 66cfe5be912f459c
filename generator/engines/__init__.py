"""The two ways to build the site (MkDocs with its plugin, Zensical from the exported files) and
their shared configuration.
"""
