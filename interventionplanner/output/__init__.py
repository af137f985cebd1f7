"""What the plan becomes on paper and in other apps: invitations, calendar files, letters.

No Qt here: everything returns text or bytes, or writes files, so the window and the
command line share it. `templates.render` is the only way text is made from a template;
a user's own template folder overrides the built-ins file by file, and renders in a sandbox.
"""
