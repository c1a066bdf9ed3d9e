"""The model: checked entries and the directory that holds them. Knows nothing of files or pages."""
