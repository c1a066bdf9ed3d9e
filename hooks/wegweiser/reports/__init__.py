"""Reports: problems for editors and CI, what editors still have to fill in, how complete each language is."""
