"""The translation catalogues' tooling (`make catalogues`); not part of the installed app."""
