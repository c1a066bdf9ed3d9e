"""The web form for editors (Decap CMS at /admin/): its configuration, generated from the entry schemas.

The form's collections, fields, required marks, choices and help texts are read from the JSON Schemas
in schemas/, the same files that validate the entries, so that the form and the check cannot drift apart.
"""
